package org.typedipc.runtime.spi;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.HexFormat;
import java.util.function.Consumer;
import org.typedipc.runtime.IpcProtocolException;

/** Encodes and decodes through the wire classes, as a message would. */
final class CodecTesting {
  private CodecTesting() {}

  /** The bytes {@code codec} writes for {@code value}. */
  static <T> byte[] encode(Codec<T> codec, T value) {
    WireWriter out = new WireWriter();
    codec.encode(out, value);
    if (out.depth() != 0) {
      fail("the codec left the writer at depth " + out.depth());
    }
    return out.toByteArray();
  }

  /** The value {@code codec} reads from all of {@code bytes}. */
  static <T> T decode(Codec<T> codec, byte[] bytes) {
    WireReader in = new WireReader(bytes);
    T value = codec.decode(in);
    in.requireFullyRead();
    return value;
  }

  /** Decodes what {@code codec} encoded for {@code value}. */
  static <T> T roundTrip(Codec<T> codec, T value) {
    return decode(codec, encode(codec, value));
  }

  /**
   * Decodes {@code bytes}, which may be malformed: returns normally whether it got a value or an
   * {@link IpcProtocolException}, and fails the test on any other throwable.
   *
   * @return whether a value was decoded
   */
  static boolean decodesOrRejects(Codec<?> codec, byte[] bytes, String what) {
    try {
      decode(codec, bytes);
      return true;
    } catch (IpcProtocolException expected) {
      return false;
    } catch (Throwable t) {
      throw new AssertionError(what + ": decoding " + hex(bytes) + " threw " + t, t);
    }
  }

  /** Decodes {@code input}, which must be rejected as malformed; returns the exception. */
  static IpcProtocolException assertRejected(Codec<?> codec, byte[] input, String what) {
    Object value;
    try {
      value = decode(codec, input);
    } catch (IpcProtocolException expected) {
      return expected;
    } catch (Throwable t) {
      throw new AssertionError(what + ": " + hex(input) + " threw " + t, t);
    }
    throw new AssertionError(what + ": " + hex(input) + " decoded to " + value);
  }

  /** The bytes {@code writes} puts on a fresh writer. */
  static byte[] bytes(Consumer<WireWriter> writes) {
    WireWriter out = new WireWriter();
    writes.accept(out);
    return out.toByteArray();
  }

  static String hex(byte[] bytes) {
    return HexFormat.ofDelimiter(" ").formatHex(bytes);
  }
}
