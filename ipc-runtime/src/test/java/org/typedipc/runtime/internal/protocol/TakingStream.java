package org.typedipc.runtime.internal.protocol;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import org.typedipc.runtime.transport.ByteStream;

/**
 * A stream for packet writer tests that keeps every byte written to it: it takes at most {@code
 * takeNow} bytes without waiting, or none at all (-1) if it cannot; its output takes everything,
 * around the {@link #beforeWrite} and {@link #afterWrite} a test gives it. It reads nothing.
 */
abstract class TakingStream implements ByteStream {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  /** Bytes it still takes without waiting; negative: it cannot write without waiting. */
  private long takeNow;

  TakingStream(long takeNow) {
    this.takeNow = takeNow;
  }

  @Override
  public synchronized long writeNow(ByteBuffer[] sources, int offset, int length) {
    if (takeNow < 0) {
      return -1;
    }
    long taken = 0;
    for (int i = offset; i < offset + length && taken < takeNow; i++) {
      while (sources[i].hasRemaining() && taken < takeNow) {
        bytes.write(sources[i].get());
        taken++;
      }
    }
    takeNow -= taken;
    if (taken > 0) {
      tookNow();
    }
    return taken;
  }

  @Override
  public WritableByteChannel out() {
    return new WritableByteChannel() {
      @Override
      public int write(ByteBuffer source) throws IOException {
        beforeWrite();
        synchronized (TakingStream.this) {
          int length = source.remaining();
          while (source.hasRemaining()) {
            bytes.write(source.get());
          }
          afterWrite();
          return length;
        }
      }

      @Override
      public boolean isOpen() {
        return true;
      }

      @Override
      public void close() {}
    };
  }

  /** Runs, holding this stream's lock, after {@link #writeNow} took bytes. */
  void tookNow() {}

  /** Runs before a write through {@link #out()} takes its bytes, without the lock: it may wait. */
  void beforeWrite() throws IOException {}

  /** Runs, holding this stream's lock, after a write through {@link #out()} took its bytes. */
  void afterWrite() {}

  synchronized byte[] written() {
    return bytes.toByteArray();
  }

  @Override
  public ReadableByteChannel in() {
    throw new UnsupportedOperationException();
  }

  @Override
  public String describe() {
    return getClass().getSimpleName();
  }

  @Override
  public void close() {}
}
