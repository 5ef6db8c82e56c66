package org.typedipc.runtime.internal.main;

import org.typedipc.runtime.Frame;
import org.typedipc.runtime.IpcCall;
import org.typedipc.runtime.IpcMainEvent;
import org.typedipc.runtime.IpcMainHandler;
import org.typedipc.runtime.IpcMainInvokeEvent;
import org.typedipc.runtime.IpcMainListener;
import org.typedipc.runtime.IpcMainScope;
import org.typedipc.runtime.Registration;
import org.typedipc.runtime.SenderPolicy;
import org.typedipc.runtime.internal.dispatch.EventEmitter;
import org.typedipc.runtime.internal.dispatch.InvokeHandler;
import org.typedipc.runtime.internal.dispatch.InvokeHandlers;
import org.typedipc.runtime.internal.dispatch.ListenerAdapter;
import org.typedipc.runtime.internal.dispatch.ListenerRegistry;
import org.typedipc.runtime.internal.messages.Checks;
import org.typedipc.runtime.spi.Channel;
import org.typedipc.runtime.spi.ChannelHandler;
import org.typedipc.runtime.spi.ChannelListener;
import org.typedipc.runtime.spi.Codecs;
import org.typedipc.runtime.spi.DeclaredExceptions;
import org.typedipc.runtime.spi.TypedScope;

/** One registry of listeners and handlers: global, per renderer or per frame. */
class MainScope extends EventEmitter<IpcMainEvent, IpcMainListener> implements IpcMainScope, TypedScope {
  final ListenerRegistry<ListenerAdapter<IpcMainEvent>> listeners = new ListenerRegistry<>();
  private final InvokeHandlers<IpcMainInvokeEvent> handlers = new InvokeHandlers<>();
  /** Main's sender policies, shared by all its scopes; typed channels add theirs on registration. */
  final SenderPolicies senderPolicies;
  /** Which frames may use this scope's channels; null when any may. */
  private volatile SenderPolicy senders;

  MainScope(SenderPolicies senderPolicies) {
    this.senderPolicies = senderPolicies;
  }

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
    InvokeHandler.Call<IpcMainInvokeEvent> call = (event, message) -> handler.handle(event, message.dynamicArgs());
    return handlers.add(channel, handler, call, Codecs.DYNAMIC, DeclaredExceptions.NONE, once);
  }

  @Override
  public void removeHandler(String channel) {
    handlers.remove(channel);
  }

  @Override
  public boolean hasHandler(String channel) {
    return handlers.has(channel);
  }

  @Override
  public <A, R> Registration handle(Channel<A, R> channel, ChannelHandler<A, R> handler) {
    return addTypedHandler(channel, handler, false);
  }

  @Override
  public <A, R> Registration handleOnce(Channel<A, R> channel, ChannelHandler<A, R> handler) {
    return addTypedHandler(channel, handler, true);
  }

  @Override
  public <A> Registration on(Channel<A, ?> channel, ChannelListener<IpcMainEvent, A> listener) {
    declare(channel);
    return super.on(channel, listener);
  }

  @Override
  public <A> Registration once(Channel<A, ?> channel, ChannelListener<IpcMainEvent, A> listener) {
    declare(channel);
    return super.once(channel, listener);
  }

  private void declare(Channel<?, ?> channel) {
    senderPolicies.declare(Checks.requireListener(channel, "channel"));
  }

  private <A, R> Registration addTypedHandler(Channel<A, R> channel, ChannelHandler<A, R> handler, boolean once) {
    declare(channel);
    InvokeHandler.Call<IpcMainInvokeEvent> call = (event, message) -> handler.handle(event, message.args(channel.argsCodec()));
    return handlers.add(channel.name(), handler, call, channel.resultCodec(), channel.exceptions(), once);
  }

  @Override
  public void setSenderPolicy(SenderPolicy senders) {
    SenderPolicy policy = Checks.requireListener(senders, "senders");
    this.senders = policy == SenderPolicy.ANY_RENDERER ? null : policy;
    if (policy != SenderPolicy.ANY_RENDERER) {
      senderPolicies.scopeDeclared();
    }
  }

  /**
   * Whether this scope's policy refuses {@code frame} a call of {@code type} on {@code channel}:
   * only if this scope would serve it.
   */
  boolean refuses(Frame frame, IpcCall.Type type, String channel) {
    SenderPolicy policy = senders;
    return policy != null && serves(type, channel) && !policy.allows(frame);
  }

  /** Whether a listener of this scope (a message) or its handler (an invoke) would take the call. */
  boolean serves(IpcCall.Type type, String channel) {
    return type == IpcCall.Type.INVOKE ? handlers.has(channel) : listeners.get(channel).length > 0;
  }

  /** The handler that serves one invoke on {@code channel}, or null; see {@link InvokeHandlers#take}. */
  InvokeHandler<IpcMainInvokeEvent> takeHandler(String channel) {
    return handlers.take(channel);
  }

  /** Drops every registration and refuses new ones; {@code owner} names the scope in errors. */
  void close(String owner) {
    listeners.close(owner);
    handlers.close(owner);
  }
}
