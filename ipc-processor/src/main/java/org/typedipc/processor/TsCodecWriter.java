package org.typedipc.processor;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Writes the codecs of one bindings file as pairs of function declarations, {@code encodeX(w,
 * value)} and {@code decodeX(r)}, which write exactly the bytes the Java companion's {@code Wire}
 * codecs write: the same presence bytes, counts, nesting levels, variant tags and ordinals.
 * Function declarations are hoisted, so records that refer to each other need no ordering. Only
 * the codecs the contract uses are written; primitives are read and written inline.
 */
final class TsCodecWriter {
  /** The names of a codec's two functions. */
  record Functions(String encode, String decode) {}

  /** Small functions several codecs share, written once if used. */
  enum Helper {
    PRESENCE("""
        function readPresence(r: WireReader): boolean {
          const b = r.readByte();
          if (b !== 0 && b !== 1) {
            throw r.malformed('a presence byte of ' + b + ' (expected 0 or 1)');
          }
          return b === 1;
        }
        """),
    BIG_INTEGER("""
        function writeBigInteger(w: WireWriter, value: bigint): void {
          let bytes = 1;
          while (BigInt.asIntN(bytes * 8, value) !== value) {
            bytes++;
          }
          const out = new Uint8Array(bytes);
          let rest = BigInt.asUintN(bytes * 8, value);
          for (let i = bytes - 1; i >= 0; i--) {
            out[i] = Number(rest & 0xffn);
            rest >>= 8n;
          }
          w.writeBytes(out);
        }

        function readBigInteger(r: WireReader): bigint {
          const bytes = r.readBytes();
          if (bytes.length === 0) {
            throw r.malformed('a BigInteger of 0 bytes');
          }
          let value = 0n;
          for (const b of bytes) {
            value = (value << 8n) | BigInt(b);
          }
          return BigInt.asIntN(bytes.length * 8, value);
        }
        """),
    NANOS("""
        function readNanos(r: WireReader, type: string, seconds: bigint): number {
          const nano = r.readInt();
          if (nano < 0 || nano > 999999999) {
            throw r.malformed('a ' + type + ' out of range: ' + seconds + ' s, ' + nano + ' ns');
          }
          return nano;
        }
        """),
    DATE_TIME("""
        function writeDate(w: WireWriter, what: string, value: { readonly year: number; readonly month: number; readonly day: number }): void {
          if (!isDate(value.year, value.month, value.day)) {
            throw new IpcValueError('The date of ' + what + ' is not a calendar date: year ' + value.year + ', month ' + value.month
              + ', day ' + value.day + '; months and days count from 1.');
          }
          w.writeInt(value.year);
          w.writeByte(value.month);
          w.writeByte(value.day);
        }

        function readDate(r: WireReader, what: string): { year: number; month: number; day: number } {
          const year = r.readInt();
          const month = r.readByte();
          const day = r.readByte();
          if (!isDate(year, month, day)) {
            throw r.malformed(what + ' out of range: year ' + year + ', month ' + month + ', day ' + day);
          }
          return { year, month, day };
        }

        function isDate(year: number, month: number, day: number): boolean {
          if (!Number.isInteger(year) || Math.abs(year) > 999999999 || !within(month, 12) || month < 1 || !within(day, 31) || day < 1) {
            return false;
          }
          const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
          return day <= (month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31);
        }

        function writeTime(w: WireWriter, what: string,
            value: { readonly hour: number; readonly minute: number; readonly second: number; readonly nano: number }): void {
          if (!isTime(value.hour, value.minute, value.second, value.nano)) {
            throw new IpcValueError('The time of ' + what + ' is not a time of day: ' + value.hour + ':' + value.minute + ':'
              + value.second + ' and ' + value.nano + ' ns; hours run to 23, minutes and seconds to 59, nanos to 999999999.');
          }
          w.writeByte(value.hour);
          w.writeByte(value.minute);
          w.writeByte(value.second);
          w.writeInt(value.nano);
        }

        function readTime(r: WireReader, what: string): { hour: number; minute: number; second: number; nano: number } {
          const hour = r.readByte();
          const minute = r.readByte();
          const second = r.readByte();
          const nano = r.readInt();
          if (!isTime(hour, minute, second, nano)) {
            throw r.malformed(what + ' out of range: ' + hour + ':' + minute + ':' + second + ' and ' + nano + ' ns');
          }
          return { hour, minute, second, nano };
        }

        function isTime(hour: number, minute: number, second: number, nano: number): boolean {
          return within(hour, 23) && within(minute, 59) && within(second, 59) && within(nano, 999999999);
        }

        function within(value: number, max: number): boolean {
          return Number.isInteger(value) && value >= 0 && value <= max;
        }
        """),
    OFFSET("""
        function writeOffset(w: WireWriter, what: string, seconds: number): void {
          if (!Number.isInteger(seconds) || Math.abs(seconds) > 64800) {
            throw new IpcValueError('The offset of ' + what + ' is ' + seconds + ' s; an offset is whole seconds from -64800 to 64800.');
          }
          w.writeInt(seconds);
        }

        function readOffset(r: WireReader, what: string): number {
          const seconds = r.readInt();
          if (seconds < -64800 || seconds > 64800) {
            throw r.malformed(what + ' out of range: offset of ' + seconds + ' s');
          }
          return seconds;
        }
        """);

    private final String source;

    Helper(String source) {
      this.source = source;
    }

    String source() {
      return source;
    }
  }

  private final ContractModel model;
  private final TsNames names;
  private final TsTypes types;
  private final Map<String, Functions> functionsByKey = new HashMap<>();
  private final Map<String, TsCode> bodies = new LinkedHashMap<>();
  private final Set<String> taken = new HashSet<>();
  private final Set<Helper> helpers = EnumSet.noneOf(Helper.class);

  TsCodecWriter(ContractModel model, TsNames names, TsTypes types) {
    this.model = model;
    this.names = names;
    this.types = types;
    // The user types' codecs first, in the model's order, so their names do not depend on use.
    for (UserTypeDef def : model.userTypes().values()) {
      bodies.put(userKey(def.type()), null);
      functionsByKey.put(userKey(def.type()), allocate(names.of(def.type())));
    }
  }

  /** A statement that writes {@code value}, held at a parameter, component or result position. */
  String encode(WireType type, String value) {
    if (type instanceof WireType.Primitive p) {
      return "w.write" + p.kind().wireSuffix() + "(" + value + ");";
    }
    if (type instanceof WireType.VoidType) {
      return "";
    }
    return functions(type, true).encode() + "(w, " + value + ");";
  }

  /** An expression that reads a value at a parameter, component or result position. */
  String decode(WireType type) {
    if (type instanceof WireType.Primitive p) {
      return "r.read" + p.kind().wireSuffix() + "()";
    }
    if (type instanceof WireType.VoidType) {
      return "undefined";
    }
    return functions(type, true).decode() + "(r)";
  }

  /**
   * The codec of a record-like list of fields, as Java writes an args record ({@code nested}
   * false) or a declared exception's data ({@code nested} true, one nesting level named {@code
   * javaName}): each field in order.
   */
  Functions fields(String baseName, String tsType, String javaName, List<UserTypeDef.Component> fields, boolean nested,
      List<String> valueAccess, Function<List<String>, String> construct) {
    if (fields.isEmpty() && !nested) {
      return noArgs();
    }
    Functions fns = allocate(baseName);
    TsCode code = new TsCode();
    code.open("function " + fns.encode() + "(w: WireWriter, value: " + tsType + "): void");
    if (nested) {
      code.line("w.enter('" + javaName + "');");
    }
    for (int i = 0; i < fields.size(); i++) {
      code.line(encode(fields.get(i).type(), valueAccess.get(i)));
    }
    if (nested) {
      code.line("w.exit();");
    }
    code.close().blank();
    code.open("function " + fns.decode() + "(r: WireReader): " + tsType);
    if (nested) {
      code.line("r.enter();");
    }
    List<String> reads = new ArrayList<>();
    for (UserTypeDef.Component field : fields) {
      reads.add(decode(field.type()));
    }
    if (nested) {
      code.line("const value: " + tsType + " = " + construct.apply(reads) + ";");
      code.line("r.exit();");
      code.line("return value;");
    } else {
      code.line("return " + construct.apply(reads) + ";");
    }
    code.close();
    bodies.put("fields:" + baseName + ":" + fns.encode(), code);
    return fns;
  }

  /** The codec of an empty argument list, which writes nothing, as Java's {@code Codec.none()}. */
  private Functions noArgs() {
    Functions fns = functionsByKey.get("noArgs");
    if (fns == null) {
      fns = allocate("NoArgs");
      functionsByKey.put("noArgs", fns);
      bodies.put("noArgs", new TsCode()
          .line("function " + fns.encode() + "(): void {}")
          .blank()
          .open("function " + fns.decode() + "(): readonly []")
          .line("return [];")
          .close());
    }
    return fns;
  }

  /** The codec of a declared exception's data, written once per exception type. */
  Functions exception(TypeRef type, String tsType, List<UserTypeDef.Component> fields, List<String> valueAccess) {
    String key = "exception:" + type.qualifiedName();
    Functions existing = functionsByKey.get(key);
    if (existing != null) {
      return existing;
    }
    Functions fns = fields(tsType, tsType, type.simpleNames().get(type.simpleNames().size() - 1), fields, true, valueAccess,
        reads -> {
          StringBuilder object = new StringBuilder("{ ");
          for (int i = 0; i < fields.size(); i++) {
            object.append(i == 0 ? "" : ", ").append(fields.get(i).name()).append(": ").append(reads.get(i));
          }
          return fields.isEmpty() ? "{}" : object.append(" }").toString();
        });
    functionsByKey.put(key, fns);
    return fns;
  }

  /** A codec object for a channel description: {@code { encode: …, decode: … }}, or {@code noneCodec}. */
  String codecObject(WireType type) {
    if (type instanceof WireType.VoidType) {
      return "noneCodec";
    }
    Functions fns = functions(type, !type.isPrimitive());
    return "{ encode: " + fns.encode() + ", decode: " + fns.decode() + " }";
  }

  /** Every function, user types first, then the composed codecs in the order they were first used. */
  TsCode functions() {
    for (UserTypeDef def : model.userTypes().values()) {
      if (def instanceof UserTypeDef.RecordDef record) {
        bodies.put(userKey(def.type()), recordCodec(record));
      } else if (def instanceof UserTypeDef.SealedDef sealed) {
        bodies.put(userKey(def.type()), sealedCodec(sealed));
      } else if (def instanceof UserTypeDef.EnumDef enumDef) {
        bodies.put(userKey(def.type()), enumCodec(enumDef));
      } else if (def instanceof UserTypeDef.CodecDef) {
        bodies.put(userKey(def.type()), pageCodec(def.type()));
      }
    }
    TsCode all = new TsCode();
    for (TsCode body : bodies.values()) {
      if (body != null) {
        all.blank().append(body);
      }
    }
    for (Helper helper : helpers) {
      all.blank().line(helper.source().stripTrailing());
    }
    return all;
  }

  private static String userKey(TypeRef type) {
    return "user:" + type.qualifiedName();
  }

  private Functions allocate(String baseName) {
    String name = baseName;
    for (int i = 2; !taken.add(name); i++) {
      name = baseName + i;
    }
    return new Functions("encode" + name, "decode" + name);
  }

  /** The functions of a type, nullable or not, written on first use. */
  private Functions functions(WireType type, boolean nullable) {
    if (!nullable && type instanceof WireType.UserRef ref) {
      return functionsByKey.get(userKey(ref.type()));
    }
    String key = type.canonical() + (nullable ? "?" : "");
    Functions existing = functionsByKey.get(key);
    if (existing != null) {
      return existing;
    }
    Functions fns = allocate((nullable ? "Nullable" : "") + baseName(type));
    functionsByKey.put(key, fns);
    bodies.put(key, null);
    bodies.put(key, nullable ? nullableCodec(fns, type) : composedCodec(fns, type));
    return fns;
  }

  private String baseName(WireType type) {
    if (type instanceof WireType.Boxed b) {
      return b.kind().wireSuffix();
    } else if (type instanceof WireType.Library l) {
      return Names.capitalized(l.type().name().toLowerCase(java.util.Locale.ROOT).replace("_", ""));
    } else if (type instanceof WireType.PrimitiveArray a) {
      return a.kind() == WireType.PrimitiveKind.BYTE ? "Bytes" : a.kind().wireSuffix() + "Array";
    } else if (type instanceof WireType.ArrayOf a) {
      return "ArrayOf" + baseName(a.element());
    } else if (type instanceof WireType.ListOf l) {
      return "ListOf" + baseName(l.element());
    } else if (type instanceof WireType.SetOf s) {
      return "SetOf" + baseName(s.element());
    } else if (type instanceof WireType.OptionalOf o) {
      return "OptionalOf" + baseName(o.element());
    } else if (type instanceof WireType.MapOf m) {
      return "MapOf" + baseName(m.key()) + "To" + baseName(m.value());
    }
    return names.of(((WireType.UserRef) type).type());
  }

  private TsCode nullableCodec(Functions fns, WireType type) {
    Functions inner = functions(type, false);
    String ts = types.position(type);
    this.helpers.add(Helper.PRESENCE);
    if (type instanceof WireType.OptionalOf) {
      // Java reads a null Optional as a bug: an absent value goes as a present, empty Optional.
      return new TsCode()
          .open("function " + fns.encode() + "(w: WireWriter, value: " + ts + "): void")
          .line("w.writeByte(1);")
          .line(inner.encode() + "(w, value);")
          .close()
          .blank()
          .open("function " + fns.decode() + "(r: WireReader): " + ts)
          .line("return readPresence(r) ? " + inner.decode() + "(r) : null;")
          .close();
    }
    return new TsCode()
        .open("function " + fns.encode() + "(w: WireWriter, value: " + ts + "): void")
        .open("if (value === null || value === undefined)")
        .line("w.writeByte(0);")
        .reopen("else")
        .line("w.writeByte(1);")
        .line(inner.encode() + "(w, value);")
        .close()
        .close()
        .blank()
        .open("function " + fns.decode() + "(r: WireReader): " + ts)
        .line("return readPresence(r) ? " + inner.decode() + "(r) : null;")
        .close();
  }

  private TsCode composedCodec(Functions fns, WireType type) {
    String ts = types.nonNull(type);
    TsCode code = new TsCode();
    String encode = "function " + fns.encode() + "(w: WireWriter, value: " + ts + "): void";
    String decode = "function " + fns.decode() + "(r: WireReader): " + ts;
    if (type instanceof WireType.Boxed b) {
      code.open(encode).line("w.write" + b.kind().wireSuffix() + "(value);").close().blank()
          .open(decode).line("return r.read" + b.kind().wireSuffix() + "();").close();
    } else if (type instanceof WireType.Library l) {
      libraryCodec(code, encode, decode, l.type());
    } else if (type instanceof WireType.PrimitiveArray a) {
      primitiveArrayCodec(code, encode, decode, a.kind());
    } else if (type instanceof WireType.ArrayOf a) {
      sequenceCodec(code, encode, decode, a.element(), "an array");
    } else if (type instanceof WireType.ListOf l) {
      sequenceCodec(code, encode, decode, l.element(), "a List");
    } else if (type instanceof WireType.SetOf s) {
      String element = types.position(s.element());
      code.open(encode).line("w.enter('a Set');").line("w.writeLength(value.size);")
          .open("for (const element of value)").line(encode(s.element(), "element")).close()
          .line("w.exit();").close().blank()
          .open(decode).line("r.enter();").line("const count = r.readCount(1);")
          .line("const set = new Set<" + element + ">();")
          .open("for (let i = 0; i < count; i++)").line("const element = " + decode(s.element()) + ";")
          .open("if (set.has(element))").line("throw r.malformed('a Set with a duplicate element');").close()
          .line("set.add(element);").close()
          .line("r.exit();").line("return set;").close();
    } else if (type instanceof WireType.MapOf m) {
      String key = types.position(m.key());
      String value = types.position(m.value());
      code.open(encode).line("w.enter('a Map');").line("w.writeLength(value.size);")
          .open("for (const [key, entry] of value)").line(encode(m.key(), "key")).line(encode(m.value(), "entry")).close()
          .line("w.exit();").close().blank()
          .open(decode).line("r.enter();").line("const count = r.readCount(2);")
          .line("const map = new Map<" + key + ", " + value + ">();")
          .open("for (let i = 0; i < count; i++)").line("const key = " + decode(m.key()) + ";")
          .open("if (map.has(key))").line("throw r.malformed('a Map with a duplicate key');").close()
          .line("map.set(key, " + decode(m.value()) + ");").close()
          .line("r.exit();").line("return map;").close();
    } else if (type instanceof WireType.OptionalOf o) {
      // Java writes an Optional's own presence byte, then the value, which is never null inside it.
      Functions inner = functions(o.element(), false);
      helpers.add(Helper.PRESENCE);
      code.open(encode).open("if (value === null || value === undefined)").line("w.writeByte(0);").reopen("else")
          .line("w.writeByte(1);").line(inner.encode() + "(w, value);").close().close().blank()
          .open(decode).line("return readPresence(r) ? " + inner.decode() + "(r) : null;").close();
    } else {
      throw new IllegalArgumentException("no composed codec for " + type.canonical());
    }
    return code;
  }

  private void sequenceCodec(TsCode code, String encode, String decode, WireType element, String where) {
    code.open(encode).line("w.enter('" + where + "');").line("w.writeLength(value.length);")
        .open("for (const element of value)").line(encode(element, "element")).close()
        .line("w.exit();").close().blank()
        .open(decode).line("r.enter();").line("const count = r.readCount(1);")
        .line("const array: " + types.element(element) + "[] = [];")
        .open("for (let i = 0; i < count; i++)").line("array.push(" + decode(element) + ");").close()
        .line("r.exit();").line("return array;").close();
  }

  private void primitiveArrayCodec(TsCode code, String encode, String decode, WireType.PrimitiveKind kind) {
    String suffix = kind.wireSuffix();
    switch (kind) {
      case BYTE -> code.open(encode).line("w.writeBytes(value);").close().blank()
          .open(decode).line("return r.readBytes();").close();
      case CHAR -> code.open(encode).line("w.writeLength(value.length);")
          .open("for (let i = 0; i < value.length; i++)").line("w.writeShort(value.charCodeAt(i));").close().close().blank()
          .open(decode).line("const count = r.readCount(2);").line("const units: number[] = [];")
          .open("for (let i = 0; i < count; i++)").line("units.push(r.readShort() & 0xffff);").close()
          .line("return String.fromCharCode(...units);").close();
      case BOOLEAN -> code.open(encode).line("w.writeLength(value.length);")
          .open("for (const element of value)").line("w.writeBoolean(element);").close().close().blank()
          .open(decode).line("const count = r.readCount(1);").line("const array: boolean[] = [];")
          .open("for (let i = 0; i < count; i++)").line("array.push(r.readBoolean());").close()
          .line("return array;").close();
      default -> {
        String ts = TsTypes.primitiveArray(kind);
        code.open(encode).line("w.writeLength(value.length);")
            .open("for (const element of value)").line("w.write" + suffix + "(element);").close().close().blank()
            .open(decode).line("const array = new " + ts + "(r.readCount(" + width(kind) + "));")
            .open("for (let i = 0; i < array.length; i++)").line("array[i] = r.read" + suffix + "();").close()
            .line("return array;").close();
      }
    }
  }

  private static int width(WireType.PrimitiveKind kind) {
    return switch (kind) {
      case BOOLEAN, BYTE -> 1;
      case SHORT, CHAR -> 2;
      case INT, FLOAT -> 4;
      case LONG, DOUBLE -> 8;
    };
  }

  private void libraryCodec(TsCode code, String encode, String decode, WireType.LibraryType type) {
    switch (type) {
      case STRING, URI, PATH, CURRENCY, ZONE_ID -> code.open(encode).line("w.writeString(value);").close().blank()
          .open(decode).line("return r.readString();").close();
      case INSTANT -> {
        helpers.add(Helper.NANOS);
        code.open(encode).line("const millis = value.getTime();")
            .open("if (Number.isNaN(millis))").line("throw new IpcValueError('An Instant cannot be an invalid Date.');").close()
            .line("const seconds = Math.floor(millis / 1000);")
            .line("w.writeLong(BigInt(seconds));")
            .line("w.writeInt((millis - seconds * 1000) * 1000000);").close().blank()
            .open(decode).line("const seconds = r.readLong();").line("const nano = readNanos(r, 'Instant', seconds);")
            .line("const millis = Number(seconds) * 1000 + Math.floor(nano / 1000000);")
            .open("if (!(Math.abs(millis) <= 8.64e15))")
            .line("throw r.malformed('an Instant beyond the range of a Date: ' + seconds + ' s');").close()
            .line("return new Date(millis);").close();
      }
      case DURATION -> {
        helpers.add(Helper.NANOS);
        code.open(encode).line("w.writeLong(value.seconds);").line("w.writeInt(value.nano);").close().blank()
            .open(decode).line("const seconds = r.readLong();")
            .line("return { seconds, nano: readNanos(r, 'Duration', seconds) };").close();
      }
      case UUID -> code.open(encode)
          .open("if (!/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/.test(value))")
          .line("throw new IpcValueError('A UUID must be 32 hex digits in groups of 8-4-4-4-12, but was ' + String(value) + '.');")
          .close()
          .line("const hex = value.replace(/-/g, '');")
          .line("w.writeLong(BigInt.asIntN(64, BigInt('0x' + hex.slice(0, 16))));")
          .line("w.writeLong(BigInt.asIntN(64, BigInt('0x' + hex.slice(16))));").close().blank()
          .open(decode)
          .line("const hex = BigInt.asUintN(64, r.readLong()).toString(16).padStart(16, '0')")
          .line("    + BigInt.asUintN(64, r.readLong()).toString(16).padStart(16, '0');")
          .line("return hex.slice(0, 8) + '-' + hex.slice(8, 12) + '-' + hex.slice(12, 16) + '-' + hex.slice(16, 20) + '-'")
          .line("    + hex.slice(20);").close();
      case BIG_INTEGER -> {
        helpers.add(Helper.BIG_INTEGER);
        code.open(encode).line("writeBigInteger(w, value);").close().blank()
            .open(decode).line("return readBigInteger(r);").close();
      }
      case BIG_DECIMAL -> {
        helpers.add(Helper.BIG_INTEGER);
        code.open(encode).line("writeBigInteger(w, value.unscaled);").line("w.writeInt(value.scale);").close().blank()
            .open(decode).line("const unscaled = readBigInteger(r);").line("return { unscaled, scale: r.readInt() };").close();
      }
      case PERIOD -> code.open(encode).line("w.writeInt(value.years);").line("w.writeInt(value.months);")
          .line("w.writeInt(value.days);").close().blank()
          .open(decode).line("return { years: r.readInt(), months: r.readInt(), days: r.readInt() };").close();
      case BIT_SET -> code.open(encode).line("w.writeBytes(value);").close().blank()
          .open(decode).line("return r.readBytes();").close();
      case ZONE_OFFSET -> {
        helpers.add(Helper.OFFSET);
        code.open(encode).line("writeOffset(w, 'a ZoneOffset', value);").close().blank()
            .open(decode).line("return readOffset(r, 'a ZoneOffset');").close();
      }
      case LOCAL_DATE, LOCAL_TIME, LOCAL_DATE_TIME, OFFSET_DATE_TIME, ZONED_DATE_TIME -> dateTimeCodec(code, encode, decode, type);
      default -> throw new IllegalArgumentException("no TypeScript codec for " + type.qualifiedName());
    }
  }

  /** The date, then the time, then the offset, then the zone's id: the parts the type has, as Java writes them. */
  private void dateTimeCodec(TsCode code, String encode, String decode, WireType.LibraryType type) {
    String simpleName = type.qualifiedName().substring(type.qualifiedName().lastIndexOf('.') + 1);
    String what = "'" + (simpleName.startsWith("O") ? "an " : "a ") + simpleName + "'";
    boolean date = type != WireType.LibraryType.LOCAL_TIME;
    boolean time = type != WireType.LibraryType.LOCAL_DATE;
    boolean offset = type == WireType.LibraryType.OFFSET_DATE_TIME || type == WireType.LibraryType.ZONED_DATE_TIME;
    boolean zone = type == WireType.LibraryType.ZONED_DATE_TIME;
    helpers.add(Helper.DATE_TIME);
    if (offset) {
      helpers.add(Helper.OFFSET);
    }
    code.open(encode);
    List<String> parts = new ArrayList<>();
    if (date) {
      code.line("writeDate(w, " + what + ", value);");
      parts.add("...readDate(r, " + what + ")");
    }
    if (time) {
      code.line("writeTime(w, " + what + ", value);");
      parts.add("...readTime(r, " + what + ")");
    }
    if (offset) {
      code.line("writeOffset(w, " + what + ", value.offset);");
      parts.add("offset: readOffset(r, " + what + ")");
    }
    if (zone) {
      code.line("w.writeString(value.zone);");
      parts.add("zone: r.readString()");
    }
    code.close().blank().open(decode);
    if (parts.size() == 1) {
      code.line("return " + parts.get(0).substring(3) + ";");
    } else {
      code.line("return { " + String.join(", ", parts) + " };");
    }
    code.close();
  }

  /** A type main writes with a codec of its own: the page's codec of it writes the same bytes, with nothing around them. */
  private TsCode pageCodec(TypeRef type) {
    Functions fns = functionsByKey.get(userKey(type));
    String ts = names.of(type);
    String codec = TsNames.BOUND_CODECS + ".get()." + TsNames.codecKey(ts);
    return new TsCode()
        .open("function " + fns.encode() + "(w: WireWriter, value: " + ts + "): void")
        .line(codec + ".encode(w, value);")
        .close().blank()
        .open("function " + fns.decode() + "(r: WireReader): " + ts)
        .line("return " + codec + ".decode(r);")
        .close();
  }

  private TsCode recordCodec(UserTypeDef.RecordDef record) {
    Functions fns = functionsByKey.get(userKey(record.type()));
    String ts = names.of(record.type());
    String tag = variantTag(record.type());
    TsCode code = new TsCode()
        .open("function " + fns.encode() + "(w: WireWriter, value: " + ts + "): void")
        .line("w.enter('" + record.type().simpleNames().get(record.type().simpleNames().size() - 1) + "');");
    for (UserTypeDef.Component component : record.components()) {
      code.line(encode(component.type(), "value." + component.name()));
    }
    code.line("w.exit();").close().blank()
        .open("function " + fns.decode() + "(r: WireReader): " + ts)
        .line("r.enter();");
    if (record.components().isEmpty() && tag == null) {
      code.line("const value: " + ts + " = {};");
    } else {
      code.open("const value: " + ts + " =");
      if (tag != null) {
        code.line("kind: '" + tag + "',");
      }
      for (UserTypeDef.Component component : record.components()) {
        code.line(component.name() + ": " + decode(component.type()) + ",");
      }
      code.close("};");
    }
    return code.line("r.exit();").line("return value;").close();
  }

  /** The tag of a record that is a variant of a sealed interface (its TypeScript name), or null. */
  String variantTag(TypeRef record) {
    for (UserTypeDef def : model.userTypes().values()) {
      if (def instanceof UserTypeDef.SealedDef sealed
          && sealed.variants().stream().anyMatch(v -> v.type().equals(record))) {
        return names.of(record);
      }
    }
    return null;
  }

  private TsCode enumCodec(UserTypeDef.EnumDef enumDef) {
    Functions fns = functionsByKey.get(userKey(enumDef.type()));
    String ts = names.of(enumDef.type());
    return new TsCode()
        .open("function " + fns.encode() + "(w: WireWriter, value: " + ts + "): void")
        .line("const ordinal = " + ts + ".indexOf(value);")
        .open("if (ordinal < 0)")
        .line("throw new IpcValueError('A " + ts + " is one of ' + " + ts + ".join(', ') + ', but was ' + String(value) + '.');")
        .close()
        .line("w.writeLength(ordinal);")
        .close().blank()
        .open("function " + fns.decode() + "(r: WireReader): " + ts)
        .line("const ordinal = r.readLength();")
        .line("const value = " + ts + "[ordinal];")
        .open("if (value === undefined)")
        .line("throw r.malformed('an ordinal of ' + ordinal + ' for " + ts + ", which has " + enumDef.constants().size()
            + " constants');")
        .close()
        .line("return value;")
        .close();
  }

  private TsCode sealedCodec(UserTypeDef.SealedDef sealed) {
    Functions fns = functionsByKey.get(userKey(sealed.type()));
    String ts = names.of(sealed.type());
    TsCode code = new TsCode().open("function " + fns.encode() + "(w: WireWriter, value: " + ts + "): void");
    List<WireType.UserRef> variants = sealed.variants();
    // Enum constants are strings, told apart by the enums that list them; records by their kind.
    boolean anyEnum = variants.stream().anyMatch(v -> !leafEnums(v).isEmpty());
    boolean anyRecord = variants.stream().anyMatch(v -> !leafTags(v).isEmpty());
    if (anyEnum) {
      code.open("if (typeof value === 'string')");
      for (int tag = 0; tag < variants.size(); tag++) {
        for (String enumName : leafEnums(variants.get(tag))) {
          code.open("if ((" + enumName + " as readonly string[]).includes(value))")
              .line("w.writeLength(" + tag + ");")
              .line(functions(variants.get(tag), false).encode() + "(w, value as " + names.of(variants.get(tag).type()) + ");")
              .line("return;")
              .close();
        }
      }
      if (anyRecord) {
        code.reopen("else");
      }
    }
    if (anyRecord) {
      code.open("switch (value.kind)");
      for (int tag = 0; tag < variants.size(); tag++) {
        List<String> leaves = leafTags(variants.get(tag));
        if (leaves.isEmpty()) {
          continue;
        }
        for (int i = 0; i < leaves.size() - 1; i++) {
          code.line("case '" + leaves.get(i) + "':");
        }
        code.open("case '" + leaves.get(leaves.size() - 1) + "':")
            .line("w.writeLength(" + tag + ");")
            .line(functions(variants.get(tag), false).encode() + "(w, value);")
            .line("return;")
            .close();
      }
      code.close();
    }
    if (anyEnum) {
      code.close();
    }
    code.line("throw new IpcValueError('A " + ts + " is one of its variants, but this value has the kind ' + String((value as { kind?: unknown }).kind) + '.');");
    code.close().blank()
        .open("function " + fns.decode() + "(r: WireReader): " + ts)
        .line("const tag = r.readLength();")
        .open("switch (tag)");
    for (int tag = 0; tag < variants.size(); tag++) {
      code.line("case " + tag + ":").line("  return " + functions(variants.get(tag), false).decode() + "(r);");
    }
    code.line("default:")
        .line("  throw r.malformed('a " + ts + " variant tag of ' + tag + ' (expected 0 to " + (variants.size() - 1) + ")');")
        .close().close();
    return code;
  }

  /** The kinds of the records a variant stands for: its own, or those of a sealed variant's leaves. */
  private List<String> leafTags(WireType.UserRef variant) {
    List<String> tags = new ArrayList<>();
    UserTypeDef def = model.userTypes().get(variant.type().qualifiedName());
    if (def instanceof UserTypeDef.RecordDef record) {
      tags.add(names.of(record.type()));
    } else if (def instanceof UserTypeDef.SealedDef sealed) {
      sealed.variants().forEach(v -> tags.addAll(leafTags(v)));
    }
    return tags;
  }

  /** The enums a variant stands for: itself, or a sealed variant's leaf enums. */
  private List<String> leafEnums(WireType.UserRef variant) {
    List<String> enums = new ArrayList<>();
    UserTypeDef def = model.userTypes().get(variant.type().qualifiedName());
    if (def instanceof UserTypeDef.EnumDef) {
      enums.add(names.of(def.type()));
    } else if (def instanceof UserTypeDef.SealedDef sealed) {
      sealed.variants().forEach(v -> enums.addAll(leafEnums(v)));
    }
    return enums;
  }
}
