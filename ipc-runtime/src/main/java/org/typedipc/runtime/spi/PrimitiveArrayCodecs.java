package org.typedipc.runtime.spi;

/**
 * Arrays of primitives: the length, then each element in its fixed width. A decoded length is
 * checked against the bytes left before the array is allocated.
 */
final class PrimitiveArrayCodecs {
  static final Codec<byte[]> BYTES = new BytesCodec();
  static final Codec<boolean[]> BOOLEAN_ARRAY = new BooleanArrayCodec();
  static final Codec<short[]> SHORT_ARRAY = new ShortArrayCodec();
  static final Codec<char[]> CHAR_ARRAY = new CharArrayCodec();
  static final Codec<int[]> INT_ARRAY = new IntArrayCodec();
  static final Codec<long[]> LONG_ARRAY = new LongArrayCodec();
  static final Codec<float[]> FLOAT_ARRAY = new FloatArrayCodec();
  static final Codec<double[]> DOUBLE_ARRAY = new DoubleArrayCodec();

  private PrimitiveArrayCodecs() {}

  private static final class BytesCodec extends BuiltinCodec<byte[]> {
    BytesCodec() {
      super("byte[]", 1);
    }

    @Override
    public void encode(WireWriter out, byte[] value) {
      if (value == null) {
        throw nullValue();
      }
      out.writeBytes(value);
    }

    @Override
    public byte[] decode(WireReader in) {
      return in.readBytes();
    }
  }

  private static final class BooleanArrayCodec extends BuiltinCodec<boolean[]> {
    BooleanArrayCodec() {
      super("boolean[]", 1);
    }

    @Override
    public void encode(WireWriter out, boolean[] value) {
      if (value == null) {
        throw nullValue();
      }
      out.writeLength(value.length);
      for (boolean v : value) {
        out.writeBoolean(v);
      }
    }

    @Override
    public boolean[] decode(WireReader in) {
      boolean[] array = new boolean[in.readCount(1)];
      for (int i = 0; i < array.length; i++) {
        array[i] = in.readBoolean();
      }
      return array;
    }
  }

  private static final class ShortArrayCodec extends BuiltinCodec<short[]> {
    ShortArrayCodec() {
      super("short[]", 1);
    }

    @Override
    public void encode(WireWriter out, short[] value) {
      if (value == null) {
        throw nullValue();
      }
      out.writeLength(value.length);
      for (short v : value) {
        out.writeShort(v);
      }
    }

    @Override
    public short[] decode(WireReader in) {
      short[] array = new short[in.readCount(2)];
      for (int i = 0; i < array.length; i++) {
        array[i] = in.readShort();
      }
      return array;
    }
  }

  private static final class CharArrayCodec extends BuiltinCodec<char[]> {
    CharArrayCodec() {
      super("char[]", 1);
    }

    @Override
    public void encode(WireWriter out, char[] value) {
      if (value == null) {
        throw nullValue();
      }
      out.writeLength(value.length);
      for (char v : value) {
        out.writeChar(v);
      }
    }

    @Override
    public char[] decode(WireReader in) {
      char[] array = new char[in.readCount(2)];
      for (int i = 0; i < array.length; i++) {
        array[i] = in.readChar();
      }
      return array;
    }
  }

  private static final class IntArrayCodec extends BuiltinCodec<int[]> {
    IntArrayCodec() {
      super("int[]", 1);
    }

    @Override
    public void encode(WireWriter out, int[] value) {
      if (value == null) {
        throw nullValue();
      }
      out.writeLength(value.length);
      for (int v : value) {
        out.writeInt(v);
      }
    }

    @Override
    public int[] decode(WireReader in) {
      int[] array = new int[in.readCount(4)];
      for (int i = 0; i < array.length; i++) {
        array[i] = in.readInt();
      }
      return array;
    }
  }

  private static final class LongArrayCodec extends BuiltinCodec<long[]> {
    LongArrayCodec() {
      super("long[]", 1);
    }

    @Override
    public void encode(WireWriter out, long[] value) {
      if (value == null) {
        throw nullValue();
      }
      out.writeLength(value.length);
      for (long v : value) {
        out.writeLong(v);
      }
    }

    @Override
    public long[] decode(WireReader in) {
      long[] array = new long[in.readCount(8)];
      for (int i = 0; i < array.length; i++) {
        array[i] = in.readLong();
      }
      return array;
    }
  }

  private static final class FloatArrayCodec extends BuiltinCodec<float[]> {
    FloatArrayCodec() {
      super("float[]", 1);
    }

    @Override
    public void encode(WireWriter out, float[] value) {
      if (value == null) {
        throw nullValue();
      }
      out.writeLength(value.length);
      for (float v : value) {
        out.writeFloat(v);
      }
    }

    @Override
    public float[] decode(WireReader in) {
      float[] array = new float[in.readCount(4)];
      for (int i = 0; i < array.length; i++) {
        array[i] = in.readFloat();
      }
      return array;
    }
  }

  private static final class DoubleArrayCodec extends BuiltinCodec<double[]> {
    DoubleArrayCodec() {
      super("double[]", 1);
    }

    @Override
    public void encode(WireWriter out, double[] value) {
      if (value == null) {
        throw nullValue();
      }
      out.writeLength(value.length);
      for (double v : value) {
        out.writeDouble(v);
      }
    }

    @Override
    public double[] decode(WireReader in) {
      double[] array = new double[in.readCount(8)];
      for (int i = 0; i < array.length; i++) {
        array[i] = in.readDouble();
      }
      return array;
    }
  }
}
