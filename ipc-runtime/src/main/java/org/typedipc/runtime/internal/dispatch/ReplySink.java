package org.typedipc.runtime.internal.dispatch;

import java.nio.ByteBuffer;
import java.util.Arrays;
import org.typedipc.runtime.internal.loop.ReplyReading;
import org.typedipc.runtime.spi.WireWriter;

/**
 * Where main sends the one reply of a {@code sendSync} or {@code invoke}. Only the first reply
 * counts. In-process the renderer's pending call is the sink; across processes the connection
 * writes a reply packet.
 */
public interface ReplySink {
  /** The call succeeded with an encoded result. */
  void succeed(byte[] payload);

  /**
   * The call succeeded with the encoded result in {@code length} bytes of {@code bytes} from
   * {@code offset}, which are valid during this call only: a sink that decodes at once reads them
   * in place, any other takes a copy (the default).
   */
  default void succeed(byte[] bytes, int offset, int length) {
    succeed(Arrays.copyOfRange(bytes, offset, offset + length));
  }

  /**
   * The call succeeded with the encoded result from the position to the limit of {@code bytes}
   * (a connection's direct buffer), which are valid during this call only and which the sink does
   * not move: a sink that decodes at once reads them in place, any other takes a copy (the
   * default).
   */
  default void succeed(ByteBuffer bytes) {
    byte[] own = new byte[bytes.remaining()];
    bytes.get(bytes.position(), own);
    succeed(own);
  }

  /**
   * The call succeeded with the result {@code encoded} holds, which is valid during this call only:
   * a sink that writes it out at once writes it from there, any other takes its bytes (the default:
   * a large payload's own array, see {@link Payloads#bytes}).
   */
  default void succeed(WireWriter encoded) {
    succeed(Payloads.bytes(encoded));
  }

  /** The call failed. */
  void fail(RemoteError error);

  /** Whether the caller stopped waiting: cancelled, timed out or disconnected. */
  boolean isCancelled();

  /** Runs {@code action} once the caller stops waiting; at once if it already has. */
  void onCancel(Runnable action);

  /** Has {@code canceller} cancel {@code requestId} once the caller stops waiting; at once if it already has. */
  default void onCancel(RequestCanceller canceller, long requestId) {
    onCancel(() -> canceller.cancel(requestId));
  }

  /** The caller, while it waits, may read the reply from {@code connection} itself; ignored by default. */
  default void readBy(ReplyReading connection) {}
}
