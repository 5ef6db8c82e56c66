package org.typedipc.runtime.internal.renderer;

import org.typedipc.runtime.internal.dispatch.InboundMessage;
import org.typedipc.runtime.IpcRendererEvent;

/** Adapts a renderer-side user listener, string or typed, to one delivery. */
@FunctionalInterface
interface RendererListener {
  void deliver(IpcRendererEvent event, InboundMessage message);
}
