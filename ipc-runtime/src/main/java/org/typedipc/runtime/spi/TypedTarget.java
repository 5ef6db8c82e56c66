package org.typedipc.runtime.spi;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Main's typed calls to one renderer frame, for generated proxies: events, and invokes answered by
 * the frame's {@code ipcRenderer.handle}. Obtain one with {@link
 * Typed#of(org.typedipc.runtime.Renderer)} (the renderer's main frame) or {@link
 * Typed#of(org.typedipc.runtime.Frame)}; the frame is fixed when main calls.
 *
 * <pre>{@code
 * TypedTarget worker = Typed.of(renderer).withDeadline(Duration.ofMinutes(5));
 * CompletableFuture<IndexReport> report = worker.invoke(WorkerIpc.INDEX_CHANNEL, folder);
 * }</pre>
 */
public interface TypedTarget extends TypedSender {
  /**
   * Calls the frame's handler of a typed renderer-invoke channel, within the deadline configured
   * for that channel or renderer (30 s by default). If the handler fails with an exception the
   * channel {@linkplain Channel#exceptions() declares}, the future fails with that exception.
   * Cancelling the future tells the handler ({@code IpcRendererInvokeEvent.isCancelled()}).
   *
   * @param <A> the argument type
   * @param <R> the result type
   * @param channel a {@link Channel.Kind#RENDERER_INVOKE} channel
   * @param args the arguments, encoded with the channel's codec
   * @return the handler's result, decoded with the channel's result codec
   */
  <A, R> CompletableFuture<R> invoke(Channel<A, R> channel, A args);

  /**
   * A view of this target whose invokes are bounded by {@code deadline}, which must be positive.
   *
   * @param deadline the longest an invoke waits for the handler's result
   * @return the bounded view; this target keeps its own deadlines
   */
  TypedTarget withDeadline(Duration deadline);
}
