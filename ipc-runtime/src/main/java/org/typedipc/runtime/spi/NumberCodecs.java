package org.typedipc.runtime.spi;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.BitSet;
import org.typedipc.runtime.internal.messages.ErrorMessages;

/**
 * Arbitrary-precision numbers (two's-complement bytes, and for decimals the scale too) and bit
 * sets (little-endian bytes).
 */
final class NumberCodecs {
  static final Codec<BigInteger> BIG_INTEGER = new BigIntegerCodec();
  static final Codec<BigDecimal> BIG_DECIMAL = new BigDecimalCodec();
  static final Codec<BitSet> BIT_SET = new BitSetCodec();

  private NumberCodecs() {}

  private static BigInteger readBigInteger(WireReader in) {
    byte[] bytes = in.readBytes();
    if (bytes.length > 0) {
      try {
        return new BigInteger(bytes);
      } catch (ArithmeticException tooLarge) {
        // Falls through: beyond BigInteger's range is as malformed as empty.
      }
    }
    throw in.malformed(ErrorMessages.badBigInteger(bytes.length));
  }

  /** Writes {@link BigInteger#toByteArray()} with its length. */
  private static final class BigIntegerCodec extends BuiltinCodec<BigInteger> {
    BigIntegerCodec() {
      super("BigInteger", 2);
    }

    @Override
    public void encode(WireWriter out, BigInteger value) {
      if (value == null) {
        throw nullValue();
      }
      out.writeBytes(value.toByteArray());
    }

    @Override
    public BigInteger decode(WireReader in) {
      return readBigInteger(in);
    }
  }

  /** Writes the unscaled value as a BigInteger, then the scale: {@code 1.10} stays {@code 1.10}. */
  private static final class BigDecimalCodec extends BuiltinCodec<BigDecimal> {
    BigDecimalCodec() {
      super("BigDecimal", 6);
    }

    @Override
    public void encode(WireWriter out, BigDecimal value) {
      if (value == null) {
        throw nullValue();
      }
      out.writeBytes(value.unscaledValue().toByteArray()).writeInt(value.scale());
    }

    @Override
    public BigDecimal decode(WireReader in) {
      BigInteger unscaled = readBigInteger(in);
      return new BigDecimal(unscaled, in.readInt());
    }
  }

  /** Writes {@link BitSet#toByteArray()} with its length; any bytes make a bit set. */
  private static final class BitSetCodec extends BuiltinCodec<BitSet> {
    BitSetCodec() {
      super("BitSet", 1);
    }

    @Override
    public void encode(WireWriter out, BitSet value) {
      if (value == null) {
        throw nullValue();
      }
      out.writeBytes(value.toByteArray());
    }

    @Override
    public BitSet decode(WireReader in) {
      return BitSet.valueOf(in.readBytes());
    }
  }
}
