package org.typedipc.runtime.internal.dispatch;

/** Where a port's own messages and its close go: main's port hub, or the link of a renderer to main. */
public interface PortRoute {
  /** Carries a message posted on port {@code portId} to its other end. */
  void post(int portId, byte[] payload);

  /** Port {@code portId} was closed where it is held: its other end goes away too. */
  void close(int portId);

  /** Port {@code portId} got its first listener or was started: it has someone to tell from now on. */
  default void listenedTo(int portId) {}
}
