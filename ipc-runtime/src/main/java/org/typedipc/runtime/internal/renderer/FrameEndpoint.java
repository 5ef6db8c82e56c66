package org.typedipc.runtime.internal.renderer;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import org.typedipc.runtime.IpcRenderer;
import org.typedipc.runtime.IpcStats;
import org.typedipc.runtime.IpcRendererEvent;
import org.typedipc.runtime.IpcRendererHandler;
import org.typedipc.runtime.IpcRendererInvokeEvent;
import org.typedipc.runtime.IpcRendererListener;
import org.typedipc.runtime.MessageChannel;
import org.typedipc.runtime.MessagePort;
import org.typedipc.runtime.Registration;
import org.typedipc.runtime.internal.dispatch.EventEmitter;
import org.typedipc.runtime.internal.dispatch.InvokeHandler;
import org.typedipc.runtime.internal.dispatch.ListenerAdapter;
import org.typedipc.runtime.internal.dispatch.ListenerRegistry;
import org.typedipc.runtime.internal.messages.Checks;
import org.typedipc.runtime.internal.messages.ErrorMessages;
import org.typedipc.runtime.spi.Channel;
import org.typedipc.runtime.spi.Codecs;
import org.typedipc.runtime.spi.DeclaredExceptions;
import org.typedipc.runtime.spi.RendererChannelHandler;
import org.typedipc.runtime.spi.TypedRenderer;

/** One frame's {@link IpcRenderer}, with the deadlines its calls use. */
final class FrameEndpoint extends EventEmitter<IpcRendererEvent, IpcRendererListener>
    implements IpcRenderer, TypedRenderer {
  final FrameState state;
  private final Duration sendSyncDeadline;
  /** The deadline of this view's invokes; null to use the channel's or the global one. */
  private final Duration invokeDeadline;

  FrameEndpoint(FrameState state, Duration sendSyncDeadline, Duration invokeDeadline) {
    this.state = state;
    this.sendSyncDeadline = sendSyncDeadline;
    this.invokeDeadline = invokeDeadline;
  }

  @Override
  public void send(String channel, Object... args) {
    state.client.send(state, Channel.dynamic(channel), args);
  }

  @Override
  public Object sendSync(String channel, Object... args) {
    return state.client.sendSync(state, Channel.dynamic(channel), args, sendSyncDeadline);
  }

  @Override
  public CompletableFuture<Object> invoke(String channel, Object... args) {
    return state.client.invoke(state, Channel.dynamic(channel), args, invokeDeadline);
  }

  @Override
  protected ListenerRegistry<ListenerAdapter<IpcRendererEvent>> listeners() {
    return state.listeners;
  }

  @Override
  protected ListenerAdapter<IpcRendererEvent> adapt(IpcRendererListener listener) {
    return (event, message) -> listener.onMessage(event, message.dynamicArgs());
  }

  /** A closed frame refuses listeners with Electron's error, also when it closes meanwhile. */
  @Override
  protected Registration register(
      String channel, Object key, ListenerAdapter<IpcRendererEvent> adapter, boolean once) {
    state.checkOpen();
    try {
      return super.register(channel, key, adapter, once);
    } catch (IllegalStateException registryClosed) {
      state.checkOpen();
      throw registryClosed;
    }
  }

  @Override
  public Registration handle(String channel, IpcRendererHandler handler) {
    return addDynamicHandler(channel, handler, false);
  }

  @Override
  public Registration handleOnce(String channel, IpcRendererHandler handler) {
    return addDynamicHandler(channel, handler, true);
  }

  private Registration addDynamicHandler(String channel, IpcRendererHandler handler, boolean once) {
    state.checkOpen();
    InvokeHandler.Call<IpcRendererInvokeEvent> call = (event, message) -> handler.handle(event, message.dynamicArgs());
    return state.handlers.add(channel, handler, call, Codecs.DYNAMIC, DeclaredExceptions.NONE, once);
  }

  @Override
  public void removeHandler(String channel) {
    state.handlers.remove(channel);
  }

  @Override
  public <A, R> Registration handle(Channel<A, R> channel, RendererChannelHandler<A, R> handler) {
    return addTypedHandler(channel, handler, false);
  }

  @Override
  public <A, R> Registration handleOnce(Channel<A, R> channel, RendererChannelHandler<A, R> handler) {
    return addTypedHandler(channel, handler, true);
  }

  private <A, R> Registration addTypedHandler(Channel<A, R> channel, RendererChannelHandler<A, R> handler, boolean once) {
    Checks.requireListener(channel, "channel");
    state.checkOpen();
    InvokeHandler.Call<IpcRendererInvokeEvent> call = (event, message) -> handler.handle(event, message.args(channel.argsCodec()));
    return state.handlers.add(channel.name(), handler, call, channel.resultCodec(), channel.exceptions(), once);
  }

  @Override
  public IpcRenderer withDeadline(Duration deadline) {
    Checks.requirePositive(deadline);
    return new FrameEndpoint(state, deadline, deadline);
  }

  @Override
  public int frameId() {
    return state.id;
  }

  @Override
  public boolean isMainFrame() {
    return state.parentId == 0;
  }

  @Override
  public boolean isClosed() {
    return state.isClosed();
  }

  @Override
  public IpcStats stats() {
    return state.client.stats();
  }

  @Override
  public void close() {
    if (isMainFrame()) {
      state.client.close();
    } else {
      state.client.closeFrame(state);
    }
  }

  @Override
  public void postMessage(String channel, Object message, List<MessagePort> ports) {
    state.client.postMessage(state, channel, message, ports);
  }

  @Override
  public MessageChannel createMessageChannel() {
    state.checkOpen();
    return state.client.createMessageChannel();
  }

  @Override
  public <A> void send(Channel<A, ?> channel, A args) {
    state.client.send(state, channel, args);
  }

  @Override
  public <A, R> R sendSync(Channel<A, R> channel, A args) {
    return state.client.sendSync(state, channel, args, sendSyncDeadline);
  }

  @Override
  public <A, R> R sendSyncDeclaring(Channel<A, R> channel, A args) throws Exception {
    return state.client.sendSyncDeclaring(state, channel, args, sendSyncDeadline);
  }

  @Override
  public <A, R> CompletableFuture<R> invoke(Channel<A, R> channel, A args) {
    return state.client.invoke(state, channel, args, invokeDeadline);
  }

  @Override
  public Flow.Publisher<Object> stream(String channel, Object... args) {
    return state.client.stream(state, Channel.dynamic(channel), args, null);
  }

  @Override
  public Flow.Publisher<Object> stream(Duration idleDeadline, String channel, Object... args) {
    return state.client.stream(state, Channel.dynamic(channel), args, Checks.requirePositive(idleDeadline));
  }

  @Override
  public <A, T> Flow.Publisher<T> stream(Channel<A, T> channel, A args) {
    return state.client.stream(state, channel, args, null);
  }

  @Override
  public String toString() {
    return "IpcRenderer[" + state.describe() + "]";
  }
}
