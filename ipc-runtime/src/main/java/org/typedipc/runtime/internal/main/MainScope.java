package org.typedipc.runtime.internal.main;

import org.typedipc.runtime.spi.Codec;
import org.typedipc.runtime.spi.Codecs;
import org.typedipc.runtime.spi.DeclaredExceptions;
import org.typedipc.runtime.internal.messages.Checks;
import org.typedipc.runtime.spi.TypedScope;
import org.typedipc.runtime.internal.dispatch.EventEmitter;
import org.typedipc.runtime.internal.dispatch.ListenerAdapter;
import org.typedipc.runtime.internal.dispatch.ListenerRegistry;
import org.typedipc.runtime.internal.messages.ErrorMessages;
import java.util.concurrent.ConcurrentHashMap;
import org.typedipc.runtime.spi.Channel;
import org.typedipc.runtime.spi.ChannelHandler;
import org.typedipc.runtime.IpcMainEvent;
import org.typedipc.runtime.IpcMainHandler;
import org.typedipc.runtime.IpcMainListener;
import org.typedipc.runtime.IpcMainScope;
import org.typedipc.runtime.Registration;

/** One registry of listeners and handlers: global, per renderer or per frame. */
class MainScope extends EventEmitter<IpcMainEvent, IpcMainListener> implements IpcMainScope, TypedScope {
  final ListenerRegistry<ListenerAdapter<IpcMainEvent>> listeners = new ListenerRegistry<>();
  private final ConcurrentHashMap<String, MainHandler> handlers = new ConcurrentHashMap<>();
  private volatile String closedBy;

  @Override
  protected ListenerRegistry<ListenerAdapter<IpcMainEvent>> listeners() {
    return listeners;
  }

  @Override
  protected ListenerAdapter<IpcMainEvent> adapt(IpcMainListener listener) {
    return (event, message) -> listener.onMessage(event, message.dynamicArgs());
  }

  @Override
  public Registration handle(String channel, IpcMainHandler handler) {
    return addDynamicHandler(channel, handler, false);
  }

  @Override
  public Registration handleOnce(String channel, IpcMainHandler handler) {
    return addDynamicHandler(channel, handler, true);
  }

  private Registration addDynamicHandler(String channel, IpcMainHandler handler, boolean once) {
    Checks.requireName(channel);
    MainHandler.Call call = (event, message) -> handler.handle(event, message.dynamicArgs());
    return addHandler(channel, handler, call, Codecs.DYNAMIC, DeclaredExceptions.NONE, once);
  }

  @Override
  public void removeHandler(String channel) {
    handlers.remove(Checks.requireName(channel));
  }

  @Override
  public boolean hasHandler(String channel) {
    return handlers.containsKey(Checks.requireName(channel));
  }

  @Override
  public <A, R> Registration handle(Channel<A, R> channel, ChannelHandler<A, R> handler) {
    return addTypedHandler(channel, handler, false);
  }

  @Override
  public <A, R> Registration handleOnce(Channel<A, R> channel, ChannelHandler<A, R> handler) {
    return addTypedHandler(channel, handler, true);
  }

  private <A, R> Registration addTypedHandler(Channel<A, R> channel, ChannelHandler<A, R> handler, boolean once) {
    Checks.requireListener(channel, "channel");
    MainHandler.Call call = (event, message) -> handler.handle(event, message.args(channel.argsCodec()));
    return addHandler(channel.name(), handler, call, channel.resultCodec(), channel.exceptions(), once);
  }

  /** Sets the handler of {@code channel}; {@code call} may capture a null handler, checked here first. */
  private Registration addHandler(
      String channel, Object handler, MainHandler.Call call, Codec<?> resultCodec, DeclaredExceptions exceptions, boolean once) {
    Checks.requireListener(handler, "handler");
    String closed = closedBy;
    if (closed != null) {
      throw new IllegalStateException(ErrorMessages.registerOnClosed(closed));
    }
    MainHandler entry = new MainHandler(handler, call, resultCodec, exceptions, once);
    if (handlers.putIfAbsent(channel, entry) != null) {
      throw new IllegalStateException(ErrorMessages.secondHandler(channel));
    }
    return () -> handlers.remove(channel, entry);
  }

  /**
   * The handler that serves one invoke on {@code channel}, or null. A {@code handleOnce} handler
   * is removed here, before it runs; if another delivery took it first, there is none.
   */
  MainHandler takeHandler(String channel) {
    MainHandler handler = handlers.get(channel);
    if (handler != null && handler.once && !handlers.remove(channel, handler)) {
      return null;
    }
    return handler;
  }

  /** Drops every registration and refuses new ones; {@code owner} names the scope in errors. */
  void close(String owner) {
    closedBy = owner;
    listeners.close(owner);
    handlers.clear();
  }
}
