package org.typedipc.runtime.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.HexFormat;
import org.typedipc.runtime.IpcProtocolException;
import org.typedipc.runtime.spi.Codec;
import org.typedipc.runtime.spi.WireReader;
import org.typedipc.runtime.spi.WireWriter;

/**
 * What every decoder promises for any input, checked by the fuzz targets: it returns a value or
 * throws an {@link IpcProtocolException}, never another exception; a value's encoding decodes to a
 * value that encodes the same; and it allocates at most {@link #MAX_AMPLIFICATION} bytes per input
 * byte plus {@link #FIXED_ALLOWANCE}, measured with the thread's allocation counter.
 */
public final class DecoderPromises {
  /** Allocated bytes per input byte; a list of empty sets comes closest (about 84). */
  public static final int MAX_AMPLIFICATION = 96;

  /** Allocation that does not grow with the input: the reader, a few small objects. */
  public static final long FIXED_ALLOWANCE = 64 * 1024;

  /** The decoded-size limit the targets decode under. */
  public static final long DECODED_LIMIT = 4L * 1024 * 1024;

  private DecoderPromises() {}

  /** Decodes {@code message} with {@code codec} and checks the promises; an assertion error is a finding. */
  public static <T> void check(Codec<T> codec, byte[] message) {
    long allowance = FIXED_ALLOWANCE + (long) MAX_AMPLIFICATION * message.length;
    if (allocatedDecoding(codec, message) > allowance) {
      long allocated = allocatedDecoding(codec, message); // the first may have initialised classes
      assertTrue(allocated <= allowance,
          () -> allocated + " bytes allocated decoding " + message.length + " bytes: " + HexFormat.of().formatHex(message));
    }
    T value;
    try {
      value = decode(codec, message);
    } catch (IpcProtocolException rejected) {
      return;
    }
    byte[] encoded = encode(codec, value);
    assertArrayEquals(encoded, encode(codec, decode(codec, encoded)),
        () -> "round trip of " + HexFormat.of().formatHex(message) + " changed");
  }

  /** The bytes this thread allocates decoding {@code message}, accepted or rejected. */
  public static long allocatedDecoding(Codec<?> codec, byte[] message) {
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long before = threads.getCurrentThreadAllocatedBytes();
    try {
      decode(codec, message);
    } catch (IpcProtocolException rejected) {
      // measured all the same: a count that lies allocates before the lie shows
    }
    return threads.getCurrentThreadAllocatedBytes() - before;
  }

  private static <T> T decode(Codec<T> codec, byte[] message) {
    WireReader in = new WireReader(message).limitDecodedBytes(DECODED_LIMIT, "under fuzzing");
    T value = codec.decode(in);
    in.requireFullyRead();
    return value;
  }

  private static <T> byte[] encode(Codec<T> codec, T value) {
    WireWriter out = new WireWriter();
    codec.encode(out, value);
    return out.toByteArray();
  }
}
