package org.typedipc.runtime.internal.main;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.function.Supplier;
import org.typedipc.runtime.spi.Channel;
import org.typedipc.runtime.spi.TypedTarget;

/**
 * A view of a renderer or frame whose invokes use one deadline. The frame is looked up at each
 * call, so that a renderer's view follows its main frame as the renderer itself does.
 */
final class DeadlineTarget implements TypedTarget {
  private final Supplier<FrameHandle> frame;
  private final Duration deadline;

  DeadlineTarget(Supplier<FrameHandle> frame, Duration deadline) {
    this.frame = frame;
    this.deadline = deadline;
  }

  @Override
  public <A> void send(Channel<A, ?> channel, A args) {
    frame.get().send(channel, args);
  }

  @Override
  public <A, R> CompletableFuture<R> invoke(Channel<A, R> channel, A args) {
    FrameHandle target = frame.get();
    return target.session().invoke(target, channel, args, deadline);
  }

  /** The view's deadline bounds the stream's silences. */
  @Override
  public <A, T> Flow.Publisher<T> stream(Channel<A, T> channel, A args) {
    FrameHandle target = frame.get();
    return target.session().stream(target, channel, args, deadline);
  }

  @Override
  public TypedTarget withDeadline(Duration deadline) {
    return new DeadlineTarget(frame, deadline);
  }
}
