package org.typedipc.runtime.internal.transport;

import java.io.IOException;
import java.net.BindException;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.GatheringByteChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.util.concurrent.TimeUnit;
import org.typedipc.runtime.internal.messages.ErrorMessages;
import org.typedipc.runtime.transport.ByteStream;
import org.typedipc.runtime.transport.PeerRefusedException;

/**
 * A connected socket as a {@link ByteStream}; subclasses add what the peer check needs. The socket
 * is non-blocking, so that {@link #writeNow} never waits on the peer; {@link #in()} and {@link
 * #out()} wait for readiness through selectors instead, for the reader and the writer thread.
 */
public class SocketStream implements ByteStream {
  final SocketChannel channel;
  private final String description;
  private final Readiness readable;
  private final Readiness writable;
  private final In in = new In();
  private final GatheringByteChannel out = new Out();

  SocketStream(SocketChannel channel, String description) throws IOException {
    this.channel = channel;
    this.description = description;
    try {
      channel.configureBlocking(false);
    } catch (IOException e) {
      channel.close();
      throw e;
    }
    this.readable = new Readiness(channel, SelectionKey.OP_READ);
    this.writable = new Readiness(channel, SelectionKey.OP_WRITE);
  }

  /** Connects {@code channel} to {@code address}; a refused permission becomes {@link PeerRefusedException}. */
  static SocketChannel connect(SocketChannel channel, SocketAddress address, String transport) throws IOException {
    try {
      channel.connect(address);
      return channel;
    } catch (BindException e) {
      channel.close();
      // A denied Unix-socket connect surfaces as BindException("Permission denied").
      throw new PeerRefusedException(ErrorMessages.connectRefused(transport, address.toString(), e.getMessage()));
    } catch (IOException e) {
      channel.close();
      throw e;
    }
  }

  /** The socket under {@code stream} if it is one of these (non-blocking, for a selector of the caller's), else null. */
  public static SocketChannel socketOf(ByteStream stream) {
    return stream instanceof SocketStream ? ((SocketStream) stream).channel : null;
  }

  @Override
  public ReadableByteChannel in() {
    return in;
  }

  @Override
  public GatheringByteChannel out() {
    return out;
  }

  @Override
  public long writeNow(ByteBuffer[] sources, int offset, int length) throws IOException {
    return channel.write(sources, offset, length);
  }

  @Override
  public boolean callersMayRead() {
    return true;
  }

  @Override
  public boolean awaitReadable(long timeoutNanos) throws IOException {
    boolean ready = readable.await(Math.max(1, TimeUnit.NANOSECONDS.toMillis(timeoutNanos)));
    if (ready) {
      in.drained = false; // the next read finds bytes without waiting again
    }
    return ready;
  }

  @Override
  public boolean shutdownOutput() throws IOException {
    channel.shutdownOutput();
    return true;
  }

  @Override
  public String describe() {
    return description;
  }

  @Override
  public void close() throws IOException {
    try {
      channel.close();
    } finally {
      readable.close();
      writable.close();
    }
  }

  /** Reads as a blocking channel does: returns once at least one byte came, or the stream ended. */
  private final class In implements ReadableByteChannel {
    /** Whether the last read took all the socket had: the next one would find nothing, so it waits first. */
    private boolean drained;

    @Override
    public int read(ByteBuffer target) throws IOException {
      if (drained && target.hasRemaining()) {
        readable.await();
      }
      while (true) {
        int room = target.remaining();
        int read = channel.read(target);
        if (read != 0 || room == 0) {
          drained = read > 0 && read < room;
          return read;
        }
        readable.await();
      }
    }

    @Override
    public boolean isOpen() {
      return channel.isOpen();
    }

    @Override
    public void close() throws IOException {
      SocketStream.this.close();
    }
  }

  /** Writes as a blocking channel does: returns once at least one byte was taken. */
  private final class Out implements GatheringByteChannel {
    @Override
    public long write(ByteBuffer[] sources, int offset, int length) throws IOException {
      while (true) {
        long written = channel.write(sources, offset, length);
        if (written != 0 || !hasRemaining(sources, offset, length)) {
          return written;
        }
        writable.await();
      }
    }

    @Override
    public long write(ByteBuffer[] sources) throws IOException {
      return write(sources, 0, sources.length);
    }

    @Override
    public int write(ByteBuffer source) throws IOException {
      return (int) write(new ByteBuffer[] {source}, 0, 1); // the handshake's few writes only
    }

    @Override
    public boolean isOpen() {
      return channel.isOpen();
    }

    @Override
    public void close() throws IOException {
      SocketStream.this.close();
    }
  }

  private static boolean hasRemaining(ByteBuffer[] sources, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      if (sources[i].hasRemaining()) {
        return true;
      }
    }
    return false;
  }
}
