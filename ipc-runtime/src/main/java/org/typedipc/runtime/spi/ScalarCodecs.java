package org.typedipc.runtime.spi;

import java.util.UUID;

/** Booleans, numbers, chars, strings and UUIDs, each in its fixed big-endian width. */
final class ScalarCodecs {
  static final Codec<Boolean> BOOLEAN = new BooleanCodec();
  static final Codec<Byte> BYTE = new ByteCodec();
  static final Codec<Short> SHORT = new ShortCodec();
  static final Codec<Character> CHAR = new CharCodec();
  static final Codec<Integer> INT = new IntCodec();
  static final Codec<Long> LONG = new LongCodec();
  static final Codec<Float> FLOAT = new FloatCodec();
  static final Codec<Double> DOUBLE = new DoubleCodec();
  static final Codec<String> STRING = new StringCodec();
  static final Codec<UUID> UUID = new UuidCodec();

  private ScalarCodecs() {}

  private static final class BooleanCodec extends BuiltinCodec<Boolean> {
    BooleanCodec() {
      super("Boolean", 1);
    }

    @Override
    public void encode(WireWriter out, Boolean value) {
      if (value == null) {
        throw nullValue();
      }
      out.writeBoolean(value);
    }

    @Override
    public Boolean decode(WireReader in) {
      return in.readBoolean();
    }
  }

  private static final class ByteCodec extends BuiltinCodec<Byte> {
    ByteCodec() {
      super("Byte", 1);
    }

    @Override
    public void encode(WireWriter out, Byte value) {
      if (value == null) {
        throw nullValue();
      }
      out.writeByte(value);
    }

    @Override
    public Byte decode(WireReader in) {
      return in.readByte();
    }
  }

  private static final class ShortCodec extends BuiltinCodec<Short> {
    ShortCodec() {
      super("Short", 2);
    }

    @Override
    public void encode(WireWriter out, Short value) {
      if (value == null) {
        throw nullValue();
      }
      out.writeShort(value);
    }

    @Override
    public Short decode(WireReader in) {
      return in.readShort();
    }
  }

  private static final class CharCodec extends BuiltinCodec<Character> {
    CharCodec() {
      super("Character", 2);
    }

    @Override
    public void encode(WireWriter out, Character value) {
      if (value == null) {
        throw nullValue();
      }
      out.writeChar(value);
    }

    @Override
    public Character decode(WireReader in) {
      return in.readChar();
    }
  }

  private static final class IntCodec extends BuiltinCodec<Integer> {
    IntCodec() {
      super("Integer", 4);
    }

    @Override
    public void encode(WireWriter out, Integer value) {
      if (value == null) {
        throw nullValue();
      }
      out.writeInt(value);
    }

    @Override
    public Integer decode(WireReader in) {
      return in.readInt();
    }
  }

  private static final class LongCodec extends BuiltinCodec<Long> {
    LongCodec() {
      super("Long", 8);
    }

    @Override
    public void encode(WireWriter out, Long value) {
      if (value == null) {
        throw nullValue();
      }
      out.writeLong(value);
    }

    @Override
    public Long decode(WireReader in) {
      return in.readLong();
    }
  }

  private static final class FloatCodec extends BuiltinCodec<Float> {
    FloatCodec() {
      super("Float", 4);
    }

    @Override
    public void encode(WireWriter out, Float value) {
      if (value == null) {
        throw nullValue();
      }
      out.writeFloat(value);
    }

    @Override
    public Float decode(WireReader in) {
      return in.readFloat();
    }
  }

  private static final class DoubleCodec extends BuiltinCodec<Double> {
    DoubleCodec() {
      super("Double", 8);
    }

    @Override
    public void encode(WireWriter out, Double value) {
      if (value == null) {
        throw nullValue();
      }
      out.writeDouble(value);
    }

    @Override
    public Double decode(WireReader in) {
      return in.readDouble();
    }
  }

  private static final class StringCodec extends BuiltinCodec<String> {
    StringCodec() {
      super("String", 1);
    }

    @Override
    public void encode(WireWriter out, String value) {
      if (value == null) {
        throw nullValue();
      }
      out.writeString(value);
    }

    @Override
    public String decode(WireReader in) {
      return in.readString();
    }
  }

  private static final class UuidCodec extends BuiltinCodec<UUID> {
    UuidCodec() {
      super("UUID", 16);
    }

    @Override
    public void encode(WireWriter out, UUID value) {
      if (value == null) {
        throw nullValue();
      }
      out.writeLong(value.getMostSignificantBits()).writeLong(value.getLeastSignificantBits());
    }

    @Override
    public UUID decode(WireReader in) {
      return new UUID(in.readLong(), in.readLong());
    }
  }
}
