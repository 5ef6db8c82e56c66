package org.typedipc.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * A hostile or minimal page, written by hand: the JDK's WebSocket client speaking the protocol's
 * bytes directly (preamble, HELLO, CHANNEL, SEND), or a raw HTTP request with chosen headers. It
 * keeps every byte main sent, and whether and how main closed the socket.
 */
final class RawPage implements AutoCloseable {
  static final int REJECT_ACCESS_DENIED = 1;
  static final int REJECT_MISMATCH = 2;
  private static final byte[] PREAMBLE = {0x54, 0x49, 0x50, 0x43, 0, 5};

  private final WebSocket socket;
  private final Listener listener;

  private RawPage(WebSocket socket, Listener listener) {
    this.socket = socket;
    this.listener = listener;
  }

  /** Opens the socket; {@code origin} may be null (a non-browser client sends none). */
  static RawPage open(String address, String origin) throws Exception {
    Listener listener = new Listener();
    WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder();
    if (origin != null) {
      builder.header("Origin", origin);
    }
    WebSocket socket = builder.buildAsync(URI.create(address), listener).get(30, TimeUnit.SECONDS);
    return new RawPage(socket, listener);
  }

  void send(byte[]... parts) throws Exception {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      all.write(part);
    }
    socket.sendBinary(ByteBuffer.wrap(all.toByteArray()), true).get(30, TimeUnit.SECONDS);
  }

  /**
   * Sends bytes the server may refuse while they are still being written: a server that closes mid-message
   * leaves the output closed, which is its answer, not a test failure.
   */
  void sendCutOffOrNot(byte[]... parts) throws Exception {
    try {
      send(parts);
    } catch (java.util.concurrent.ExecutionException e) {
      if (!(e.getCause() instanceof java.io.IOException)) {
        throw e;
      }
    }
  }

  /** Stops taking frames from the socket (after the ones asked for already), as a page whose script hangs. */
  void stopReading() {
    listener.reading = false;
  }

  /** Everything main sent so far. */
  byte[] received() {
    synchronized (listener.bytes) {
      return listener.bytes.toByteArray();
    }
  }

  /** The type of the first packet main sent after its preamble (WELCOME 2 or REJECT 3), once it came. */
  int answer() throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      byte[] got = received();
      if (got.length >= PREAMBLE.length + 5) {
        return got[PREAMBLE.length + 4];
      }
      if (listener.closed.isDone() && received().length < PREAMBLE.length + 5) {
        return -1;
      }
      Thread.sleep(10);
    }
    return -1;
  }

  /** The REJECT's code, or -1 if main answered otherwise. */
  int rejectCode() throws InterruptedException {
    return answer() == 3 ? received()[PREAMBLE.length + 7] : -1;
  }

  /** The close code main sent, once it closed. */
  CompletableFuture<Integer> closed() {
    return listener.closed;
  }

  String closeReason() {
    return listener.closeReason;
  }

  @Override
  public void close() {
    socket.abort();
  }

  private static final class Listener implements WebSocket.Listener {
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    final CompletableFuture<Integer> closed = new CompletableFuture<>();
    volatile boolean reading = true;
    volatile String closeReason;

    @Override
    public void onOpen(WebSocket webSocket) {
      webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
      byte[] chunk = new byte[data.remaining()];
      data.get(chunk);
      synchronized (bytes) {
        bytes.write(chunk, 0, chunk.length);
      }
      if (reading) {
        webSocket.request(1);
      }
      return null;
    }

    @Override
    public CompletionStage<?> onPing(WebSocket webSocket, ByteBuffer message) {
      // The JDK answers the ping itself; this only asks for the next frame.
      if (reading) {
        webSocket.request(1);
      }
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
      closeReason = reason;
      closed.complete(statusCode);
      return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
      closed.complete(-1);
    }
  }

  // --- The protocol's bytes (PROTOCOL.md) ---

  static byte[] preamble() {
    return PREAMBLE.clone();
  }

  /** HELLO with {@code secret}, this process's id, the given contracts (name → fingerprint) and main frame 1. */
  static byte[] hello(byte[] secret, Map<String, String> contracts) {
    Bytes header = new Bytes().varint(secret.length).raw(secret).u64(ProcessHandle.current().pid()).varint(contracts.size());
    contracts.forEach((name, fingerprint) -> header.string(name).string(fingerprint));
    header.varint(1);
    return packet(1, header.done(), new byte[0]);
  }

  static byte[] channel(int id, String name) {
    return packet(4, new Bytes().varint(id).string(name).done(), new byte[0]);
  }

  /** SEND from the main frame on channel {@code id} with no arguments. */
  static byte[] sendNoArgs(int channelId) {
    return packet(10, new Bytes().varint(1).varint(channelId).done(), new byte[] {0});
  }

  static byte[] packet(int type, byte[] header, byte[] payload) {
    int length = 3 + header.length + payload.length;
    return new Bytes().u32(length).raw(new byte[] {(byte) type}).u16(header.length).raw(header).raw(payload).done();
  }

  /** Sends one HTTP request by hand, with exactly the Host and Origin given; returns the status line and headers. */
  static String rawRequest(int port, String path, String host, String origin, boolean upgrade) throws IOException {
    StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\n");
    if (origin != null) {
      request.append("Origin: ").append(origin).append("\r\n");
    }
    if (upgrade) {
      request.append("Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n")
          .append("Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n");
    } else {
      request.append("Connection: close\r\n");
    }
    request.append("\r\n");
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream head = new ByteArrayOutputStream();
      while (!head.toString(StandardCharsets.ISO_8859_1).contains("\r\n\r\n")) {
        int b = in.read();
        if (b < 0) {
          break;
        }
        head.write(b);
      }
      return head.toString(StandardCharsets.ISO_8859_1);
    }
  }

  /**
   * A page whose socket stops being read at all once main accepted its upgrade: a raw TCP socket
   * with a small receive buffer that sends {@code bytes} in one masked binary frame and never
   * reads again, so main's bytes pile up in the kernel and then in main's queue.
   */
  static Socket stalled(int port, String origin, byte[] bytes) throws IOException {
    Socket socket = new Socket();
    socket.setReceiveBufferSize(4096);
    socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 30_000);
    String request = "GET /typed-ipc/socket HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nOrigin: " + origin
        + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
        + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n";
    OutputStream out = socket.getOutputStream();
    out.write(request.getBytes(StandardCharsets.US_ASCII));
    out.write(maskedBinaryFrame(bytes));
    out.flush();
    return socket;
  }

  /** One final binary frame as a client must send it: masked (RFC 6455 section 5.3), here with a zero key. */
  private static byte[] maskedBinaryFrame(byte[] payload) {
    Bytes frame = new Bytes().raw(new byte[] {(byte) 0x82});
    if (payload.length < 126) {
      frame.raw(new byte[] {(byte) (0x80 | payload.length)});
    } else {
      frame.raw(new byte[] {(byte) (0x80 | 126)}).u16(payload.length);
    }
    // A zero mask leaves the payload as it is.
    return frame.u32(0).raw(payload).done();
  }

  static int status(String responseHead) {
    return Integer.parseInt(responseHead.split(" ", 3)[1]);
  }

  private static final class Bytes {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    Bytes raw(byte[] bytes) {
      out.writeBytes(bytes);
      return this;
    }

    Bytes varint(int value) {
      int v = value;
      while ((v & ~0x7F) != 0) {
        out.write((v & 0x7F) | 0x80);
        v >>>= 7;
      }
      out.write(v);
      return this;
    }

    Bytes string(String s) {
      byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
      return varint(utf8.length).raw(utf8);
    }

    Bytes u16(int v) {
      out.write(v >>> 8);
      out.write(v);
      return this;
    }

    Bytes u32(int v) {
      return u16(v >>> 16).u16(v & 0xFFFF);
    }

    Bytes u64(long v) {
      return u32((int) (v >>> 32)).u32((int) v);
    }

    byte[] done() {
      return out.toByteArray();
    }
  }
}
