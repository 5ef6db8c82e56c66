package org.typedipc.runtime.internal;

/** Adapts a user listener, string or typed, to one delivery. */
@FunctionalInterface
interface MainListener {
  void deliver(MainEvent event, InboundMessage message);
}
