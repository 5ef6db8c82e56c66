package org.typedipc.runtime.internal.main;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import org.typedipc.runtime.Frame;
import org.typedipc.runtime.MessagePort;
import org.typedipc.runtime.IpcMainScope;
import org.typedipc.runtime.IpcTimeoutException;
import org.typedipc.runtime.Renderer;
import org.typedipc.runtime.internal.dispatch.PendingCall;
import org.typedipc.runtime.internal.messages.Checks;
import org.typedipc.runtime.internal.messages.ErrorMessages;
import org.typedipc.runtime.spi.Channel;
import org.typedipc.runtime.spi.TypedTarget;

/** Main's handle of one frame, with its own scope. */
final class FrameHandle implements Frame, TypedTarget {
  private final RendererSession renderer;
  private final int id;
  private final FrameHandle parent;
  final MainScope scope;
  /** What an invoke of this frame that passed its deadline fails with. */
  final PendingCall.TimeoutReason invokeTimeout =
      (channel, deadline) -> new IpcTimeoutException(ErrorMessages.rendererInvokeTimeout(channel, describe(), deadline));
  private volatile boolean detached;

  FrameHandle(RendererSession renderer, int id, FrameHandle parent) {
    this.renderer = renderer;
    this.scope = new MainScope(renderer.main.senderPolicies);
    this.id = id;
    this.parent = parent;
  }

  @Override
  public int id() {
    return id;
  }

  @Override
  public boolean isMainFrame() {
    return parent == null;
  }

  @Override
  public Optional<Frame> parent() {
    return Optional.ofNullable(parent);
  }

  /** The decoded-size limit of messages from this frame's renderer. */
  long maxDecodedBytes() {
    return renderer.main.maxDecodedBytes();
  }

  @Override
  public Renderer renderer() {
    return renderer;
  }

  RendererSession session() {
    return renderer;
  }

  @Override
  public void send(String channel, Object... args) {
    renderer.sendEvent(this, Channel.dynamic(channel), args);
  }

  @Override
  public <A> void send(Channel<A, ?> channel, A args) {
    renderer.sendEvent(this, channel, args);
  }

  @Override
  public void postMessage(String channel, Object message, List<MessagePort> ports) {
    renderer.postTo(this, channel, message, ports);
  }

  @Override
  public CompletableFuture<Object> invoke(String channel, Object... args) {
    return renderer.invoke(this, Channel.dynamic(channel), args, null);
  }

  @Override
  public CompletableFuture<Object> invoke(Duration deadline, String channel, Object... args) {
    return renderer.invoke(this, Channel.dynamic(channel), args, Checks.requirePositive(deadline));
  }

  @Override
  public <A, R> CompletableFuture<R> invoke(Channel<A, R> channel, A args) {
    return renderer.invoke(this, channel, args, null);
  }

  @Override
  public Flow.Publisher<Object> stream(String channel, Object... args) {
    return renderer.stream(this, Channel.dynamic(channel), args, null);
  }

  @Override
  public Flow.Publisher<Object> stream(Duration idleDeadline, String channel, Object... args) {
    return renderer.stream(this, Channel.dynamic(channel), args, Checks.requirePositive(idleDeadline));
  }

  @Override
  public <A, T> Flow.Publisher<T> stream(Channel<A, T> channel, A args) {
    return renderer.stream(this, channel, args, null);
  }

  @Override
  public TypedTarget withDeadline(Duration deadline) {
    return new DeadlineTarget(() -> this, Checks.requirePositive(deadline));
  }

  @Override
  public IpcMainScope ipc() {
    return scope;
  }

  @Override
  public boolean isDetached() {
    return detached;
  }

  // The scope closes first, so whoever sees the frame detached also sees its scope dropped.
  void detach() {
    scope.close(describe());
    detached = true;
  }

  String describe() {
    return "frame " + id + " of renderer #" + renderer.id();
  }

  @Override
  public String toString() {
    return "Frame[" + describe() + (detached ? ", detached]" : "]");
  }
}
