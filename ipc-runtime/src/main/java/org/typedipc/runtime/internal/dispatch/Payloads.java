package org.typedipc.runtime.internal.dispatch;

import org.typedipc.runtime.internal.messages.ErrorMessages;
import org.typedipc.runtime.spi.Codec;
import org.typedipc.runtime.spi.WireReader;
import org.typedipc.runtime.spi.WireWriter;

/** Encodes values to exact-size byte arrays and decodes them, reusing one writer per thread. */
public final class Payloads {
  /**
   * A thread keeps a writer this large. A larger payload takes the writer's buffer with it: a value
   * that is mostly one large array grows a fresh buffer to its exact size in one step, and that
   * buffer is the payload, with no copy.
   */
  private static final int MAX_RETAINED = 64 * 1024;
  private static final ThreadLocal<WireWriter> WRITER = ThreadLocal.withInitial(() -> new WireWriter(256));

  private Payloads() {}

  public static <T> byte[] encode(Codec<T> codec, T value) {
    WireWriter writer = WRITER.get();
    writer.reset();
    try {
      codec.encode(writer, value);
      return writer.size() > MAX_RETAINED ? writer.takeBytes() : writer.toByteArray();
    } finally {
      if (writer.size() > MAX_RETAINED) {
        WRITER.remove();
      }
    }
  }

  /**
   * Decodes a whole payload of {@code channel}; bytes left over are malformed, and so is a value
   * estimated to take more than {@code maxDecodedBytes} of heap.
   */
  public static <T> T decode(Codec<T> codec, byte[] payload, String channel, long maxDecodedBytes) {
    WireReader reader = new WireReader(payload).limitDecodedBytes(maxDecodedBytes, ErrorMessages.onChannel(channel));
    T value = codec.decode(reader);
    reader.requireFullyRead();
    return value;
  }
}
