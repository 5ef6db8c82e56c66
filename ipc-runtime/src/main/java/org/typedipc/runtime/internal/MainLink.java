package org.typedipc.runtime.internal;

import org.typedipc.runtime.RendererGone;

/**
 * What a renderer's client calls to reach main. In-process main's {@link RendererSession}
 * implements it directly; across processes a connection frames each call onto the wire. Calls
 * from one frame must reach main in call order.
 */
public interface MainLink {
  void frameOpened(int frameId, int parentFrameId);

  void frameClosed(int frameId);

  void send(int frameId, String channel, byte[] payload);

  void sendSync(int frameId, String channel, byte[] payload, ReplySink reply);

  void invoke(int frameId, String channel, byte[] payload, ReplySink reply);

  /** The renderer side closed; main drops the renderer. */
  void disconnect(RendererGone why);
}
