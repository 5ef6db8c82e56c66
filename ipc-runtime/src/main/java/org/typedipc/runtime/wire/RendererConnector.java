package org.typedipc.runtime.wire;

import java.io.Closeable;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SocketChannel;
import java.nio.channels.WritableByteChannel;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.typedipc.runtime.ConnectionSettings;
import org.typedipc.runtime.IpcAccessDeniedException;
import org.typedipc.runtime.IpcDisconnectedException;
import org.typedipc.runtime.IpcEndpoint;
import org.typedipc.runtime.IpcException;
import org.typedipc.runtime.RendererOptions;
import org.typedipc.runtime.internal.Daemons;
import org.typedipc.runtime.internal.RendererClient;

/** Connects a renderer process to main and completes the handshake. */
public final class RendererConnector {
  private RendererConnector() {}

  /** Connects to {@code endpoint}; returns once main welcomed the renderer. */
  public static RendererClient connect(IpcEndpoint endpoint, RendererOptions options) {
    try {
      switch (endpoint.kind()) {
        case UNIX_SOCKET: {
          SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
          connect(channel, UnixDomainSocketAddress.of(endpoint.address()), endpoint);
          return handshake(channel, channel, channel, endpoint.secret(), options);
        }
        case TCP: {
          String address = endpoint.address();
          int colon = address.lastIndexOf(':');
          SocketChannel channel = SocketChannel.open(StandardProtocolFamily.INET);
          connect(channel, new InetSocketAddress(address.substring(0, colon), Integer.parseInt(address.substring(colon + 1))), endpoint);
          channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
          return handshake(channel, channel, channel, endpoint.secret(), options);
        }
        default: {
          // The protocol owns this process's standard output from now on; stray prints go to stderr.
          FileOutputStream stdout = new FileOutputStream(FileDescriptor.out);
          FileInputStream stdin = new FileInputStream(FileDescriptor.in);
          System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
          ReadableByteChannel in = Channels.newChannel(stdin);
          WritableByteChannel out = new FlushingChannel(stdout);
          Closeable both = () -> {
            try (stdin; stdout) {
              out.close();
            }
          };
          return handshake(in, out, both, endpoint.secret(), options);
        }
      }
    } catch (IOException e) {
      throw new IpcDisconnectedException("Cannot connect to main at " + endpoint + ": " + e);
    }
  }

  private static void connect(SocketChannel channel, java.net.SocketAddress address, IpcEndpoint endpoint) throws IOException {
    try {
      channel.connect(address);
    } catch (BindException e) {
      channel.close();
      // A denied Unix-socket connect surfaces as BindException("Permission denied").
      throw new IpcAccessDeniedException("Cannot connect to main at " + endpoint + ": " + e.getMessage());
    } catch (IOException e) {
      channel.close();
      throw e;
    }
  }

  static RendererClient handshake(ReadableByteChannel in, WritableByteChannel out, Closeable resource, byte[] secret,
      RendererOptions options) throws IOException {
    ConnectionSettings settings = options.connectionSettings();
    FrameReader reader = Connection.reader(in, settings);
    FrameWriter writer = Connection.writer(out, settings);
    ScheduledFuture<?> timeout = Daemons.timer().schedule(() -> closeQuietly(resource), settings.handshakeTimeout().toMillis(), TimeUnit.MILLISECONDS);
    Handshake.Welcome welcome;
    try {
      Handshake.writeHello(writer, secret, ProcessHandle.current().pid(), options.contracts());
      welcome = Handshake.readWelcome(reader);
    } catch (IOException | IpcException e) {
      closeQuietly(resource);
      if (timeout.isDone() && !(e instanceof IpcException)) {
        throw new IpcDisconnectedException("Main did not complete the handshake within " + settings.handshakeTimeout().toMillis() + " ms.");
      }
      throw e;
    } finally {
      timeout.cancel(false);
    }
    RendererSideConnection connection = new RendererSideConnection(reader, writer, resource, settings);
    RendererClient client = new RendererClient("renderer #" + welcome.rendererId(), options, link -> connection);
    connection.attach(client);
    client.holdEventsUntilFirstListener();
    client.openMainFrame();
    Thread readerThread = new Thread(connection::runReader, "typed-ipc-reader");
    readerThread.setDaemon(true);
    readerThread.start();
    return client;
  }

  private static void closeQuietly(Closeable resource) {
    try {
      resource.close();
    } catch (IOException e) {
      System.getLogger("org.typedipc.runtime").log(System.Logger.Level.DEBUG, "Closing failed: " + e);
    }
  }
}
