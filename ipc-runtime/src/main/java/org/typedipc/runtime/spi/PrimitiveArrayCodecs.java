package org.typedipc.runtime.spi;

/**
 * Arrays of primitives: the length, then each element in its fixed width. A decoded length is
 * checked against the bytes left, and charged to the decoded-size limit, before the array is
 * allocated.
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

  /**
   * An array's length, checked against the bytes left at {@code width} bytes per element and
   * charged: an element takes as many bytes on the heap as on the wire, so the array is never larger
   * than the input.
   */
  private static int readLength(WireReader in, int width) {
    int count = in.readCount(width);
    in.charge(WireReader.OBJECT_BYTES + (long) width * count);
    return count;
  }

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
      boolean[] array = new boolean[readLength(in, 1)];
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
      short[] array = new short[readLength(in, 2)];
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
      char[] array = new char[readLength(in, 2)];
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
      int[] array = new int[readLength(in, 4)];
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
      long[] array = new long[readLength(in, 8)];
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
      float[] array = new float[readLength(in, 4)];
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
      double[] array = new double[readLength(in, 8)];
      for (int i = 0; i < array.length; i++) {
        array[i] = in.readDouble();
      }
      return array;
    }
  }
}
