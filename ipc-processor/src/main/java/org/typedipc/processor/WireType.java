package org.typedipc.processor;

import java.util.List;

/**
 * The shape of a value that crosses the wire, free of {@code javax.lang.model} so that writers and
 * tests work on plain data. User types (records, enums, sealed interfaces) appear as {@link
 * UserRef}s into the contract's {@link UserTypeDef} table, which lets them refer to themselves.
 */
sealed interface WireType {
  /** The Java source spelling with qualified names, e.g. {@code java.util.List<java.lang.String>}. */
  String canonical();

  /** Whether the Java type is a primitive, which can never be null. */
  default boolean isPrimitive() {
    return false;
  }

  record Primitive(PrimitiveKind kind) implements WireType {
    @Override
    public String canonical() {
      return kind.keyword();
    }

    @Override
    public boolean isPrimitive() {
      return true;
    }
  }

  record Boxed(PrimitiveKind kind) implements WireType {
    @Override
    public String canonical() {
      return kind.boxName();
    }
  }

  /** A JDK type with a library codec: String, Instant, UUID, … */
  record Library(LibraryType type) implements WireType {
    @Override
    public String canonical() {
      return type.qualifiedName();
    }
  }

  /** {@code byte[]}, {@code int[]}, …: a library codec per primitive array. */
  record PrimitiveArray(PrimitiveKind kind) implements WireType {
    @Override
    public String canonical() {
      return kind.keyword() + "[]";
    }
  }

  /** Only as the result of an invoke: {@code CompletableFuture<Void>}. */
  record VoidType() implements WireType {
    @Override
    public String canonical() {
      return "java.lang.Void";
    }
  }

  record ArrayOf(WireType element) implements WireType {
    @Override
    public String canonical() {
      return element.canonical() + "[]";
    }
  }

  record ListOf(WireType element) implements WireType {
    @Override
    public String canonical() {
      return "java.util.List<" + element.canonical() + ">";
    }
  }

  record SetOf(WireType element) implements WireType {
    @Override
    public String canonical() {
      return "java.util.Set<" + element.canonical() + ">";
    }
  }

  record OptionalOf(WireType element) implements WireType {
    @Override
    public String canonical() {
      return "java.util.Optional<" + element.canonical() + ">";
    }
  }

  record MapOf(WireType key, WireType value) implements WireType {
    @Override
    public String canonical() {
      return "java.util.Map<" + key.canonical() + "," + value.canonical() + ">";
    }
  }

  /** A record, enum or sealed interface, defined in the contract's table. */
  record UserRef(TypeRef type) implements WireType {
    @Override
    public String canonical() {
      return type.qualifiedName();
    }
  }

  /** Primitive types with their wire methods and library codec names. */
  enum PrimitiveKind {
    BOOLEAN("boolean", "java.lang.Boolean", "Boolean", "BOOLEAN"),
    BYTE("byte", "java.lang.Byte", "Byte", "BYTE"),
    SHORT("short", "java.lang.Short", "Short", "SHORT"),
    CHAR("char", "java.lang.Character", "Char", "CHAR"),
    INT("int", "java.lang.Integer", "Int", "INT"),
    LONG("long", "java.lang.Long", "Long", "LONG"),
    FLOAT("float", "java.lang.Float", "Float", "FLOAT"),
    DOUBLE("double", "java.lang.Double", "Double", "DOUBLE");

    private final String keyword;
    private final String boxName;
    private final String wireSuffix;
    private final String codecConstant;

    PrimitiveKind(String keyword, String boxName, String wireSuffix, String codecConstant) {
      this.keyword = keyword;
      this.boxName = boxName;
      this.wireSuffix = wireSuffix;
      this.codecConstant = codecConstant;
    }

    String keyword() {
      return keyword;
    }

    String boxName() {
      return boxName;
    }

    /** {@code write<suffix>} on WireWriter and {@code read<suffix>} on WireReader. */
    String wireSuffix() {
      return wireSuffix;
    }

    /** The {@code Codecs} constant of the boxed type. */
    String codecConstant() {
      return codecConstant;
    }

    /** The {@code Codecs} constant of the array type; {@code byte[]} is {@code BYTES}. */
    String arrayCodecConstant() {
      return this == BYTE ? "BYTES" : codecConstant + "_ARRAY";
    }
  }

  /** JDK value types that {@code Codecs} encodes. */
  enum LibraryType {
    STRING("java.lang.String", "STRING"),
    INSTANT("java.time.Instant", "INSTANT"),
    DURATION("java.time.Duration", "DURATION"),
    UUID("java.util.UUID", "UUID"),
    BIG_INTEGER("java.math.BigInteger", "BIG_INTEGER"),
    BIG_DECIMAL("java.math.BigDecimal", "BIG_DECIMAL"),
    LOCAL_DATE("java.time.LocalDate", "LOCAL_DATE"),
    LOCAL_DATE_TIME("java.time.LocalDateTime", "LOCAL_DATE_TIME"),
    LOCAL_TIME("java.time.LocalTime", "LOCAL_TIME"),
    PERIOD("java.time.Period", "PERIOD"),
    ZONE_OFFSET("java.time.ZoneOffset", "ZONE_OFFSET"),
    ZONE_ID("java.time.ZoneId", "ZONE_ID"),
    OFFSET_DATE_TIME("java.time.OffsetDateTime", "OFFSET_DATE_TIME"),
    ZONED_DATE_TIME("java.time.ZonedDateTime", "ZONED_DATE_TIME"),
    URI("java.net.URI", "URI"),
    PATH("java.nio.file.Path", "PATH"),
    CURRENCY("java.util.Currency", "CURRENCY"),
    BIT_SET("java.util.BitSet", "BIT_SET");

    private final String qualifiedName;
    private final String codecConstant;

    LibraryType(String qualifiedName, String codecConstant) {
      this.qualifiedName = qualifiedName;
      this.codecConstant = codecConstant;
    }

    String qualifiedName() {
      return qualifiedName;
    }

    String codecConstant() {
      return codecConstant;
    }

    static LibraryType forName(String qualifiedName) {
      for (LibraryType type : values()) {
        if (type.qualifiedName.equals(qualifiedName)) {
          return type;
        }
      }
      return null;
    }
  }

  /** Lists the supported types, for messages. */
  static String supportedSummary() {
    return "primitives and their boxes, String, byte[] and other primitive arrays, enums, records,"
        + " sealed interfaces whose permitted subtypes are records or enums, List, Set, Map,"
        + " Optional, arrays, Instant, Duration, UUID, BigInteger, BigDecimal, LocalDate,"
        + " LocalDateTime, LocalTime, Period, ZoneOffset, ZoneId, OffsetDateTime, ZonedDateTime, URI,"
        + " Path, Currency, BitSet, and types with a codec declared in @IpcCodecs";
  }

  /** Element types of a type, to walk a tree. */
  static List<WireType> children(WireType type) {
    if (type instanceof ArrayOf a) {
      return List.of(a.element());
    } else if (type instanceof ListOf l) {
      return List.of(l.element());
    } else if (type instanceof SetOf s) {
      return List.of(s.element());
    } else if (type instanceof OptionalOf o) {
      return List.of(o.element());
    } else if (type instanceof MapOf m) {
      return List.of(m.key(), m.value());
    }
    return List.of();
  }
}
