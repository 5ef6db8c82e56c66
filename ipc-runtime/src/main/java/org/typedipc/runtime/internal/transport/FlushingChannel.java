package org.typedipc.runtime.internal.transport;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;

/**
 * A channel over an output stream that flushes after every write: a process's standard input is
 * buffered, and a packet left in that buffer would never reach the renderer.
 */
final class FlushingChannel implements WritableByteChannel {
  private final OutputStream out;
  private volatile boolean open = true;

  FlushingChannel(OutputStream out) {
    this.out = out;
  }

  @Override
  public int write(ByteBuffer source) throws IOException {
    int length = source.remaining();
    if (source.hasArray()) {
      out.write(source.array(), source.arrayOffset() + source.position(), length);
      source.position(source.limit());
    } else {
      byte[] copy = new byte[length];
      source.get(copy);
      out.write(copy);
    }
    out.flush();
    return length;
  }

  @Override
  public boolean isOpen() {
    return open;
  }

  @Override
  public void close() throws IOException {
    open = false;
    out.close();
  }
}
