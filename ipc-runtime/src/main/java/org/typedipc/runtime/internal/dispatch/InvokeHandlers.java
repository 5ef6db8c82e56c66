package org.typedipc.runtime.internal.dispatch;

import java.util.concurrent.ConcurrentHashMap;
import org.typedipc.runtime.Registration;
import org.typedipc.runtime.internal.messages.Checks;
import org.typedipc.runtime.internal.messages.ErrorMessages;
import org.typedipc.runtime.spi.Codec;
import org.typedipc.runtime.spi.DeclaredExceptions;

/**
 * The invoke handlers of one scope (main's global, renderer or frame scope, or a renderer frame),
 * with Electron's rules: one handler per channel, and a {@code handleOnce} handler is removed before
 * it runs.
 *
 * @param <E> the event the handlers get
 */
public final class InvokeHandlers<E> {
  private final ConcurrentHashMap<String, InvokeHandler<E>> handlers = new ConcurrentHashMap<>();
  private volatile String closedBy;

  /**
   * Sets the handler of {@code channel}; {@code call} may capture a null {@code handler}, which is
   * checked here first.
   *
   * @return closing it removes exactly this handler
   * @throws IllegalStateException with Electron's text if the channel has a handler, or if the
   *     scope is closed
   */
  public Registration add(
      String channel, Object handler, InvokeHandler.Call<E> call, Codec<?> resultCodec, DeclaredExceptions exceptions, boolean once) {
    Checks.requireName(channel);
    Checks.requireListener(handler, "handler");
    String closed = closedBy;
    if (closed != null) {
      throw new IllegalStateException(ErrorMessages.registerOnClosed(closed));
    }
    InvokeHandler<E> entry = new InvokeHandler<>(call, resultCodec, exceptions, once);
    if (handlers.putIfAbsent(channel, entry) != null) {
      throw new IllegalStateException(ErrorMessages.secondHandler(channel));
    }
    return () -> handlers.remove(channel, entry);
  }

  /** Removes the handler of {@code channel}; a no-op if it has none. */
  public void remove(String channel) {
    handlers.remove(Checks.requireName(channel));
  }

  /** Whether {@code channel} has a handler. */
  public boolean has(String channel) {
    return handlers.containsKey(Checks.requireName(channel));
  }

  /**
   * The handler that serves one invoke on {@code channel}, or null. A {@code handleOnce} handler
   * is removed here, before it runs; if another delivery took it first, there is none.
   */
  public InvokeHandler<E> take(String channel) {
    InvokeHandler<E> handler = handlers.get(channel);
    if (handler != null && handler.once && !handlers.remove(channel, handler)) {
      return null;
    }
    return handler;
  }

  /** Drops every handler and refuses new ones; {@code owner} names the scope in errors. */
  public void close(String owner) {
    closedBy = owner;
    handlers.clear();
  }
}
