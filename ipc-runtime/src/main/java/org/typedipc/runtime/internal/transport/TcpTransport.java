package org.typedipc.runtime.internal.transport;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import org.typedipc.runtime.internal.messages.ErrorMessages;
import org.typedipc.runtime.transport.ByteStream;
import org.typedipc.runtime.transport.Transport;
import org.typedipc.runtime.transport.TransportServer;

/** TCP on the loopback interface only; the handshake's per-renderer secret is what authenticates. */
public final class TcpTransport implements Transport {
  @Override
  public String name() {
    return "TCP";
  }

  @Override
  public TransportServer listen() throws IOException {
    ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.INET);
    server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    InetSocketAddress bound = (InetSocketAddress) server.getLocalAddress();
    String address = bound.getAddress().getHostAddress() + ":" + bound.getPort();
    return new TransportServer() {
      @Override
      public String address() {
        return address;
      }

      @Override
      public ByteStream accept() throws IOException {
        SocketChannel channel = server.accept();
        channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
        return new SocketStream(channel, "TCP " + channel.getRemoteAddress());
      }

      @Override
      public void close() throws IOException {
        server.close();
      }
    };
  }

  @Override
  public ByteStream connect(String address) throws IOException {
    int colon = address.lastIndexOf(':');
    int port;
    try {
      port = Integer.parseInt(address.substring(colon + 1));
    } catch (NumberFormatException e) {
      throw new IOException(ErrorMessages.malformedTcpAddress(address));
    }
    if (colon < 1) {
      throw new IOException(ErrorMessages.malformedTcpAddress(address));
    }
    SocketChannel channel = SocketChannel.open(StandardProtocolFamily.INET);
    SocketStream.connect(channel, new InetSocketAddress(address.substring(0, colon), port), name());
    channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
    return new SocketStream(channel, "TCP " + address);
  }

  @Override
  public String toString() {
    return name();
  }
}
