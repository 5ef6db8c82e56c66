package org.typedipc.runtime.internal.protocol;

import java.util.function.LongConsumer;
import org.typedipc.runtime.IpcException;
import org.typedipc.runtime.IpcPacketTooLargeException;
import org.typedipc.runtime.internal.dispatch.RemoteError;
import org.typedipc.runtime.internal.dispatch.CreditGate;
import org.typedipc.runtime.internal.dispatch.StreamSink;
import org.typedipc.runtime.spi.WireWriter;

/**
 * The peer's stream that this side produces: each item becomes a STREAM_ITEM for the connection's
 * writer thread, the peer's STREAM_CREDIT reaches the producer, and the reply ends the stream.
 */
final class RemoteStream extends RemoteReply implements StreamSink {
  private final CreditGate credit = new CreditGate();

  RemoteStream(Connection connection, long requestId, String channel) {
    super(connection, requestId, channel, null);
  }

  @Override
  public void item(byte[] payload) {
    if (isCancelled()) {
      return;
    }
    WireWriter header = Connection.header();
    header.writeLong(requestId);
    try {
      connection.writeLater(PacketType.STREAM_ITEM, header, payload);
    } catch (IpcPacketTooLargeException e) {
      fail(RemoteError.of(e));
    } catch (IpcException e) {
      // The peer is gone or too far behind; the connection's end cancels this stream.
    }
  }

  @Override
  public void onCredit(LongConsumer listener) {
    credit.listen(listener);
  }

  void grant(long n) {
    credit.grant(n);
  }
}
