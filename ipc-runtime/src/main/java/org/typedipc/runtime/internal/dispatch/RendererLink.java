package org.typedipc.runtime.internal.dispatch;

import java.time.Duration;
import org.typedipc.runtime.internal.renderer.RendererClient;
import org.typedipc.runtime.spi.WireWriter;

/**
 * What main calls to reach one renderer. In-process the renderer's {@link RendererClient}
 * implements it directly; across processes a connection sends each call as a packet. Messages
 * to one frame must arrive in send order.
 */
public interface RendererLink {
  void event(int frameId, String channel, byte[] payload);

  /**
   * Main invokes the handler of frame {@code frameId}; {@code deadline} is how long main waits, and
   * the renderer may stop working on the call then.
   */
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

  /** Main registered the subframe {@code frameId}: it finds the frame, and the frame's messages reach its scope. */
  void frameKnown(int frameId);

  /**
   * Posts a message with ports on {@code channel}: the ports, numbered as main numbered their
   * pairs, are held by the receiving side from now on.
   */
  void post(int frameId, String channel, byte[] payload, int[] portIds);

  /** A message for port {@code portId}, which the renderer holds. */
  void portMessage(int portId, byte[] payload);

  /** Port {@code portId}, which the renderer holds, lost its other end. */
  void portClosed(int portId);

  /** Main closed the renderer; the renderer side fails its pending calls. */
  void disconnect(String reason);
}
