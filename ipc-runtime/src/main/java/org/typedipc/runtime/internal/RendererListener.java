package org.typedipc.runtime.internal;

import org.typedipc.runtime.IpcRendererEvent;

/** Adapts a renderer-side user listener, string or typed, to one delivery. */
@FunctionalInterface
interface RendererListener {
  void deliver(IpcRendererEvent event, InboundMessage message);
}
