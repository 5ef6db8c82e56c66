package org.typedipc.runtime.internal.renderer;

import org.typedipc.runtime.internal.messages.Checks;
import org.typedipc.runtime.spi.TypedRenderer;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.typedipc.runtime.spi.Channel;
import org.typedipc.runtime.spi.ChannelListener;
import org.typedipc.runtime.IpcRenderer;
import org.typedipc.runtime.IpcRendererEvent;
import org.typedipc.runtime.IpcRendererListener;
import org.typedipc.runtime.Registration;

/** One frame's {@link IpcRenderer}, with the deadlines its calls use. */
final class FrameEndpoint implements IpcRenderer, TypedRenderer {
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
  public Registration on(String channel, IpcRendererListener listener) {
    return addDynamic(channel, listener, false);
  }

  @Override
  public Registration addListener(String channel, IpcRendererListener listener) {
    return addDynamic(channel, listener, false);
  }

  @Override
  public Registration once(String channel, IpcRendererListener listener) {
    return addDynamic(channel, listener, true);
  }

  private Registration addDynamic(String channel, IpcRendererListener listener, boolean once) {
    Checks.requireName(channel);
    Checks.requireListener(listener, "listener");
    state.checkOpen();
    Registration registration =
        state.listeners.add(channel, listener, (event, message) -> listener.onMessage(event, message.dynamicArgs()), once);
    state.client.listenerAdded();
    return registration;
  }

  @Override
  public void off(String channel, IpcRendererListener listener) {
    state.listeners.removeLast(Checks.requireName(channel), listener);
  }

  @Override
  public void removeListener(String channel, IpcRendererListener listener) {
    off(channel, listener);
  }

  @Override
  public void removeAllListeners(String channel) {
    state.listeners.removeAll(Checks.requireName(channel));
  }

  @Override
  public void removeAllListeners() {
    state.listeners.removeAll();
  }

  @Override
  public Set<String> eventNames() {
    return state.listeners.channelNames();
  }

  @Override
  public int listenerCount(String channel) {
    return state.listeners.count(Checks.requireName(channel));
  }

  @Override
  public IpcRenderer withDeadline(Duration deadline) {
    if (deadline == null || deadline.isNegative() || deadline.isZero()) {
      throw new IllegalArgumentException("A deadline must be positive, got " + deadline);
    }
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
  public void close() {
    if (isMainFrame()) {
      state.client.close();
    } else {
      state.client.closeFrame(state);
    }
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
  public <A, R> CompletableFuture<R> invoke(Channel<A, R> channel, A args) {
    return state.client.invoke(state, channel, args, invokeDeadline);
  }

  @Override
  public <A> Registration on(Channel<A, ?> channel, ChannelListener<IpcRendererEvent, A> listener) {
    return addTyped(channel, listener, false);
  }

  @Override
  public <A> Registration once(Channel<A, ?> channel, ChannelListener<IpcRendererEvent, A> listener) {
    return addTyped(channel, listener, true);
  }

  private <A> Registration addTyped(Channel<A, ?> channel, ChannelListener<IpcRendererEvent, A> listener, boolean once) {
    Checks.requireListener(channel, "channel");
    Checks.requireListener(listener, "listener");
    state.checkOpen();
    Registration registration =
        state.listeners.add(channel.name(), listener, (event, message) -> listener.onMessage(event, message.args(channel.argsCodec())), once);
    state.client.listenerAdded();
    return registration;
  }

  @Override
  public <A> void off(Channel<A, ?> channel, ChannelListener<IpcRendererEvent, A> listener) {
    state.listeners.removeLast(channel.name(), listener);
  }

  @Override
  public String toString() {
    return "IpcRenderer[" + state.describe() + "]";
  }
}
