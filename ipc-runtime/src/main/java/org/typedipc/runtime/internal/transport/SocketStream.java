package org.typedipc.runtime.internal.transport;

import java.io.IOException;
import java.net.BindException;
import java.net.SocketAddress;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SocketChannel;
import java.nio.channels.WritableByteChannel;
import org.typedipc.runtime.internal.messages.ErrorMessages;
import org.typedipc.runtime.transport.ByteStream;
import org.typedipc.runtime.transport.PeerRefusedException;

/** A connected socket as a {@link ByteStream}; subclasses add what the peer check needs. */
class SocketStream implements ByteStream {
  final SocketChannel channel;
  private final String description;

  SocketStream(SocketChannel channel, String description) {
    this.channel = channel;
    this.description = description;
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

  @Override
  public ReadableByteChannel in() {
    return channel;
  }

  @Override
  public WritableByteChannel out() {
    return channel;
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
    channel.close();
  }
}
