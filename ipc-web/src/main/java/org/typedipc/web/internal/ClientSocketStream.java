package org.typedipc.web.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import org.typedipc.runtime.transport.ByteStream;
import org.typedipc.runtime.transport.InboundBytes;

/**
 * A JVM renderer's end of the WebSocket transport, on the JDK's own client: for renderers that are
 * not pages (tests, tools, a benchmark next to the browser's numbers). It sends no {@code Origin},
 * so main takes it as a non-browser client, which still needs the invitation's secret.
 */
public final class ClientSocketStream implements ByteStream {
  private static final long INBOUND_HIGH_WATER = 1 << 20;

  private final String description;
  private final InboundBytes inbound;
  private final WebSocket socket;
  private final Object sendLock = new Object();
  private CompletableFuture<WebSocket> lastSend = CompletableFuture.completedFuture(null);
  private volatile boolean closed;

  private ClientSocketStream(String address, Receiver receiver) throws IOException {
    this.description = "WEBSOCKET " + address;
    this.inbound = receiver.inbound;
    URI uri;
    try {
      uri = URI.create(address);
    } catch (IllegalArgumentException e) {
      throw new IOException(WebMessages.notAWebSocketAddress(address), e);
    }
    if (!"ws".equals(uri.getScheme())) {
      throw new IOException(WebMessages.notAWebSocketAddress(address));
    }
    try {
      this.socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(uri, receiver).get();
    } catch (ExecutionException e) {
      throw new IOException(e.getCause().getMessage(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(WebMessages.streamClosed(), e);
    }
  }

  public static ClientSocketStream connect(String address) throws IOException {
    return new ClientSocketStream(address, new Receiver());
  }

  /** Takes frames into the inbound queue and asks for the next one as the queue allows. */
  private static final class Receiver implements WebSocket.Listener {
    private volatile WebSocket socket;
    final InboundBytes inbound = new InboundBytes(INBOUND_HIGH_WATER, () -> {
      WebSocket s = this.socket;
      if (s != null) {
        s.request(1);
      }
    });

    @Override
    public void onOpen(WebSocket webSocket) {
      this.socket = webSocket;
      webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
      inbound.add(data);
      return null;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      webSocket.abort();
      inbound.end();
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
      inbound.end();
      return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
      inbound.end();
    }
  }

  @Override
  public ReadableByteChannel in() {
    return inbound;
  }

  @Override
  public WritableByteChannel out() {
    return new WritableByteChannel() {
      @Override
      public int write(ByteBuffer source) throws IOException {
        int n = source.remaining();
        ByteBuffer copy = ByteBuffer.allocate(n).put(source).flip();
        synchronized (sendLock) {
          if (closed) {
            throw new ClosedChannelException();
          }
          // The JDK client takes one send at a time: wait for the last one, which also bounds what is queued.
          awaitLastSend();
          lastSend = socket.sendBinary(copy, true);
        }
        return n;
      }

      @Override
      public boolean isOpen() {
        return !closed;
      }

      @Override
      public void close() {
        ClientSocketStream.this.close();
      }
    };
  }

  private void awaitLastSend() throws IOException {
    try {
      lastSend.get();
    } catch (ExecutionException e) {
      throw new IOException(e.getCause().getMessage(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ClosedChannelException();
    }
  }

  /**
   * Sends WebSocket's Close once the last send went out, and reads on until main's Close answers:
   * closing at once would abort the socket and could drop the protocol's CLOSE still being sent.
   */
  @Override
  public boolean shutdownOutput() throws IOException {
    synchronized (sendLock) {
      if (closed) {
        return false;
      }
      awaitLastSend();
      closed = true;
      lastSend = socket.sendClose(WebSocket.NORMAL_CLOSURE, "");
    }
    return true;
  }

  @Override
  public String describe() {
    return description;
  }

  @Override
  public void close() {
    closed = true;
    socket.abort();
    inbound.end();
  }
}
