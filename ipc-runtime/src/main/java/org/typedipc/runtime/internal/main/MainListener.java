package org.typedipc.runtime.internal.main;

import org.typedipc.runtime.internal.dispatch.InboundMessage;
import org.typedipc.runtime.IpcMainEvent;

/** Adapts a user listener, string or typed, to one delivery. */
@FunctionalInterface
interface MainListener {
  void deliver(IpcMainEvent event, InboundMessage message);
}
