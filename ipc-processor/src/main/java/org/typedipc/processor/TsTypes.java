package org.typedipc.processor;

/**
 * The TypeScript type of each wire type. Reference positions are {@code T | null} because Java may
 * send null in any of them, as its codecs allow; {@code Optional<T>} is {@code T | null} too, so
 * an empty Optional and a null read alike. Primitives are never null. {@code long} is {@code
 * bigint}, exact over the whole range; the other integers and the floating types are {@code
 * number}. The local dates and times are plain objects of their fields, as the wire carries them
 * and Java's getters name them; a date-time with an offset adds {@code offset} (total seconds, as
 * a {@code ZoneOffset}), a zoned one also {@code zone} (the zone's id). They are not {@code Date}s,
 * which hold an instant in the page's own zone, to millisecond precision.
 */
final class TsTypes {
  /** The fields of a local date, as Java's getters name them; month and day count from 1. */
  private static final String DATE = "readonly year: number; readonly month: number; readonly day: number";

  private static final String TIME = "readonly hour: number; readonly minute: number; readonly second: number;"
      + " readonly nano: number";

  private final TsNames names;

  TsTypes(TsNames names) {
    this.names = names;
  }

  /** The type of a value at a parameter, component, element or result position. */
  String position(WireType type) {
    if (type.isPrimitive() || type instanceof WireType.VoidType) {
      return nonNull(type);
    }
    return nullable(nonNull(type));
  }

  /** The type of a value that cannot be null: a primitive, or the value inside an Optional. */
  String nonNull(WireType type) {
    if (type instanceof WireType.Primitive p) {
      return primitive(p.kind());
    } else if (type instanceof WireType.Boxed b) {
      return primitive(b.kind());
    } else if (type instanceof WireType.VoidType) {
      return "void";
    } else if (type instanceof WireType.Library l) {
      return library(l.type());
    } else if (type instanceof WireType.PrimitiveArray a) {
      return primitiveArray(a.kind());
    } else if (type instanceof WireType.ArrayOf a) {
      return "readonly " + element(a.element()) + "[]";
    } else if (type instanceof WireType.ListOf l) {
      return "readonly " + element(l.element()) + "[]";
    } else if (type instanceof WireType.SetOf s) {
      return "ReadonlySet<" + position(s.element()) + ">";
    } else if (type instanceof WireType.MapOf m) {
      return "ReadonlyMap<" + position(m.key()) + ", " + position(m.value()) + ">";
    } else if (type instanceof WireType.OptionalOf o) {
      return nullable(nonNull(o.element()));
    }
    return names.of(((WireType.UserRef) type).type());
  }

  /** An element of an array type, parenthesised when it is a union. */
  String element(WireType type) {
    String element = position(type);
    return element.contains(" ") ? "(" + element + ")" : element;
  }

  private static String nullable(String type) {
    return type.endsWith(" | null") ? type : type + " | null";
  }

  static String primitive(WireType.PrimitiveKind kind) {
    return switch (kind) {
      case BOOLEAN -> "boolean";
      case CHAR -> "string";
      case LONG -> "bigint";
      case BYTE, SHORT, INT, FLOAT, DOUBLE -> "number";
    };
  }

  static String primitiveArray(WireType.PrimitiveKind kind) {
    return switch (kind) {
      case BOOLEAN -> "readonly boolean[]";
      case BYTE -> "Uint8Array";
      case SHORT -> "Int16Array";
      case CHAR -> "string";
      case INT -> "Int32Array";
      case LONG -> "BigInt64Array";
      case FLOAT -> "Float32Array";
      case DOUBLE -> "Float64Array";
    };
  }

  /** The TypeScript type of a library type. */
  static String library(WireType.LibraryType type) {
    return switch (type) {
      case STRING, UUID, URI, PATH, CURRENCY, ZONE_ID -> "string";
      case INSTANT -> "Date";
      case BIG_INTEGER -> "bigint";
      case ZONE_OFFSET -> "number";
      case DURATION -> "{ readonly seconds: bigint; readonly nano: number }";
      case BIG_DECIMAL -> "{ readonly unscaled: bigint; readonly scale: number }";
      case PERIOD -> "{ readonly years: number; readonly months: number; readonly days: number }";
      case BIT_SET -> "Uint8Array";
      case LOCAL_DATE -> "{ " + DATE + " }";
      case LOCAL_TIME -> "{ " + TIME + " }";
      case LOCAL_DATE_TIME -> "{ " + DATE + "; " + TIME + " }";
      case OFFSET_DATE_TIME -> "{ " + DATE + "; " + TIME + "; readonly offset: number }";
      case ZONED_DATE_TIME -> "{ " + DATE + "; " + TIME + "; readonly offset: number; readonly zone: string }";
    };
  }
}
