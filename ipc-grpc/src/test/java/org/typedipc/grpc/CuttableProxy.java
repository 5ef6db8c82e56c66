package org.typedipc.grpc;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP forwarder on loopback between renderers and main, whose {@link #cut()} drops every
 * connection through it at once and refuses new ones until {@link #restore()}: a network cut.
 */
final class CuttableProxy implements AutoCloseable {
  private final InetSocketAddress target;
  private final List<Socket> open = new CopyOnWriteArrayList<>();
  private final int port;
  private volatile ServerSocket listener;

  CuttableProxy(InetSocketAddress target) throws IOException {
    this.target = target;
    this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    this.port = listener.getLocalPort();
    startAccepting(listener);
  }

  String address() {
    return "127.0.0.1:" + port;
  }

  private void startAccepting(ServerSocket server) {
    daemon(() -> {
      while (!server.isClosed()) {
        try {
          Socket renderer = server.accept();
          Socket main = new Socket(target.getAddress(), target.getPort());
          open.add(renderer);
          open.add(main);
          if (server.isClosed()) {
            // A cut came while this connection was being made, maybe after it closed the open ones.
            closeQuietly(renderer);
            closeQuietly(main);
            return;
          }
          daemon(() -> pump(renderer, main));
          daemon(() -> pump(main, renderer));
        } catch (IOException closed) {
          return;
        }
      }
    });
  }

  private static void pump(Socket from, Socket to) {
    byte[] buffer = new byte[16384];
    try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
      int n;
      while ((n = in.read(buffer)) >= 0) {
        out.write(buffer, 0, n);
      }
    } catch (IOException cut) {
      // The other pump or cut() closed the sockets.
    } finally {
      closeQuietly(from);
      closeQuietly(to);
    }
  }

  /** Drops every connection and refuses new ones. */
  void cut() {
    closeQuietly(listener);
    for (Socket socket : open) {
      try {
        socket.setSoLinger(true, 0);
      } catch (IOException ignored) {
        // Closed already.
      }
      closeQuietly(socket);
    }
    open.clear();
  }

  /** Accepts again, on the same port. */
  void restore() throws IOException {
    ServerSocket server = new ServerSocket();
    server.setReuseAddress(true);
    server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    listener = server;
    startAccepting(server);
  }

  @Override
  public void close() {
    cut();
  }

  private static void daemon(Runnable task) {
    Thread thread = new Thread(task, "cuttable-proxy");
    thread.setDaemon(true);
    thread.start();
  }

  private static void closeQuietly(java.io.Closeable closeable) {
    try {
      closeable.close();
    } catch (IOException ignored) {
      // Closing is all that is asked.
    }
  }
}
