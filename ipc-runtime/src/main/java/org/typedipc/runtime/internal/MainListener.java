package org.typedipc.runtime.internal;

import org.typedipc.runtime.IpcMainEvent;

/** Adapts a user listener, string or typed, to one delivery. */
@FunctionalInterface
interface MainListener {
  void deliver(IpcMainEvent event, InboundMessage message);
}
