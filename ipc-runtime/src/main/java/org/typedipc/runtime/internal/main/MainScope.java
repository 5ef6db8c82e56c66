package org.typedipc.runtime.internal.main;

import org.typedipc.runtime.spi.Codecs;
import org.typedipc.runtime.internal.messages.Checks;
import org.typedipc.runtime.spi.TypedScope;
import org.typedipc.runtime.internal.dispatch.ListenerRegistry;
import org.typedipc.runtime.internal.messages.ErrorMessages;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.typedipc.runtime.spi.Channel;
import org.typedipc.runtime.spi.ChannelHandler;
import org.typedipc.runtime.spi.ChannelListener;
import org.typedipc.runtime.IpcMainEvent;
import org.typedipc.runtime.IpcMainHandler;
import org.typedipc.runtime.IpcMainListener;
import org.typedipc.runtime.IpcMainScope;
import org.typedipc.runtime.Registration;

/** One registry of listeners and handlers: global, per renderer or per frame. */
class MainScope implements IpcMainScope, TypedScope {
  final ListenerRegistry<MainListener> listeners = new ListenerRegistry<>();
  private final ConcurrentHashMap<String, MainHandler> handlers = new ConcurrentHashMap<>();
  private volatile String closedBy;

  @Override
  public Registration on(String channel, IpcMainListener listener) {
    return addDynamic(channel, listener, false);
  }

  @Override
  public Registration addListener(String channel, IpcMainListener listener) {
    return addDynamic(channel, listener, false);
  }

  @Override
  public Registration once(String channel, IpcMainListener listener) {
    return addDynamic(channel, listener, true);
  }

  private Registration addDynamic(String channel, IpcMainListener listener, boolean once) {
    Checks.requireName(channel);
    Checks.requireListener(listener, "listener");
    return listeners.add(channel, listener, (event, message) -> listener.onMessage(event, message.dynamicArgs()), once);
  }

  @Override
  public void off(String channel, IpcMainListener listener) {
    listeners.removeLast(Checks.requireName(channel), listener);
  }

  @Override
  public void removeListener(String channel, IpcMainListener listener) {
    off(channel, listener);
  }

  @Override
  public void removeAllListeners(String channel) {
    listeners.removeAll(Checks.requireName(channel));
  }

  @Override
  public void removeAllListeners() {
    listeners.removeAll();
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
    Checks.requireListener(handler, "handler");
    MainHandler.Call call = (event, message) -> handler.handle(event, message.dynamicArgs());
    return addHandler(channel, new MainHandler(handler, call, Codecs.DYNAMIC, once));
  }

  @Override
  public void removeHandler(String channel) {
    handlers.remove(Checks.requireName(channel));
  }

  @Override
  public Set<String> eventNames() {
    return listeners.channelNames();
  }

  @Override
  public int listenerCount(String channel) {
    return listeners.count(Checks.requireName(channel));
  }

  @Override
  public boolean hasHandler(String channel) {
    return handlers.containsKey(Checks.requireName(channel));
  }

  @Override
  public <A> Registration on(Channel<A, ?> channel, ChannelListener<IpcMainEvent, A> listener) {
    return addTyped(channel, listener, false);
  }

  @Override
  public <A> Registration once(Channel<A, ?> channel, ChannelListener<IpcMainEvent, A> listener) {
    return addTyped(channel, listener, true);
  }

  private <A> Registration addTyped(Channel<A, ?> channel, ChannelListener<IpcMainEvent, A> listener, boolean once) {
    Checks.requireListener(channel, "channel");
    Checks.requireListener(listener, "listener");
    return listeners.add(
        channel.name(), listener, (event, message) -> listener.onMessage(event, message.args(channel.argsCodec())), once);
  }

  @Override
  public <A> void off(Channel<A, ?> channel, ChannelListener<IpcMainEvent, A> listener) {
    listeners.removeLast(channel.name(), listener);
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
    Checks.requireListener(handler, "handler");
    MainHandler.Call call = (event, message) -> handler.handle(event, message.args(channel.argsCodec()));
    return addHandler(channel.name(), new MainHandler(handler, call, channel.resultCodec(), once));
  }

  private Registration addHandler(String channel, MainHandler handler) {
    String closed = closedBy;
    if (closed != null) {
      throw new IllegalStateException(ErrorMessages.registerOnClosed(closed));
    }
    if (handlers.putIfAbsent(channel, handler) != null) {
      throw new IllegalStateException(ErrorMessages.secondHandler(channel));
    }
    return () -> handlers.remove(channel, handler);
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
