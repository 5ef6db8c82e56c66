package org.typedipc.runtime.internal.dispatch;

import org.typedipc.runtime.internal.main.RendererSession;
import java.time.Duration;
import org.typedipc.runtime.RendererGone;
import org.typedipc.runtime.spi.WireWriter;

/**
 * What a renderer's client calls to reach main. In-process main's {@link RendererSession}
 * implements it directly; across processes a connection sends each call as a packet. Calls
 * from one frame must reach main in call order.
 */
public interface MainLink {
  void frameOpened(int frameId, int parentFrameId);

  void frameClosed(int frameId);

  void send(int frameId, String channel, byte[] payload);

  /** {@code deadline} is how long the caller waits; main may stop working on it then. */
  void sendSync(int frameId, String channel, byte[] payload, Duration deadline, ReplySink reply);

  /** {@code deadline} is null when the caller waits without a bound. */
  void invoke(int frameId, String channel, byte[] payload, Duration deadline, ReplySink reply);

  /**
   * As {@link #invoke(int, String, byte[], Duration, ReplySink)}, with the payload {@code encoded}
   * holds, valid during this call only: a link that writes it out at once writes it from there,
   * any other takes its bytes (the default: a large payload's own array, see {@link Payloads#bytes}).
   */
  default void invoke(int frameId, String channel, WireWriter encoded, Duration deadline, ReplySink reply) {
    invoke(frameId, channel, Payloads.bytes(encoded), deadline, reply);
  }

  /**
   * Opens a stream of frame {@code frameId}'s channel: an invoke whose handler returns a publisher,
   * whose items go to {@code sink} within the credit it grants, and whose reply ends it. In-process
   * the sink reaches the handler as its reply; a connection overrides this to carry the items.
   */
  default void stream(int frameId, String channel, byte[] payload, StreamSink sink) {
    invoke(frameId, channel, payload, null, sink);
  }

  /**
   * Posts a message with ports on {@code channel}: the ports, numbered as main numbered their
   * pairs, are held by main from now on. {@code delivered[i]} is how many of the messages main sent
   * for port {@code i} the renderer's listeners had; main gets the others back with {@link
   * #portReturned}.
   */
  void post(int frameId, String channel, byte[] payload, int[] portIds, long[] delivered);

  /** A message the renderer posted on its port {@code portId}, for the other end. */
  void portMessage(int portId, byte[] payload);

  /**
   * A message main sent for port {@code portId} that the renderer posted on before a listener had
   * the message: main delivers it wherever the port is now.
   */
  void portReturned(int portId, byte[] payload);

  /** The renderer closed port {@code portId}, or let go of it. */
  void portClosed(int portId);

  /** The renderer side closed; main drops the renderer. */
  void disconnect(RendererGone why);

  /**
   * Whether this link ended and refuses every call from now on. It ends before the renderer's
   * client hears of it, so the client asks, to fail every call after the first one refused.
   */
  boolean isEnded();
}
