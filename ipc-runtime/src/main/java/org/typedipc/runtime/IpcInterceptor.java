package org.typedipc.runtime;

/**
 * Sees every call on one side of the IPC before any listener or handler runs, and may refuse it or
 * follow it to its end — gRPC's {@code ServerInterceptor} and {@code ClientInterceptor} in one.
 * Interceptors run in the order they were registered, on the thread that dispatches the call (in
 * main, main's loop for calls from renderers, the caller's thread for calls to renderers); their
 * completions run in reverse order once the call is done.
 *
 * <p>Register them in {@link IpcMainOptions#withInterceptor} or {@link
 * RendererOptions#withInterceptor}:
 *
 * <pre>{@code
 * IpcMainOptions options = IpcMainOptions.defaults().withInterceptor(call -> {
 *   if (call.channel().startsWith("admin:") && !call.frame().orElseThrow().isMainFrame()) {
 *     throw new IpcAccessDeniedException("admin channels are for the main frame");
 *   }
 *   long start = System.nanoTime();
 *   return outcome -> audit.log(call.channel(), outcome, System.nanoTime() - start);
 * });
 * }</pre>
 */
@FunctionalInterface
public interface IpcInterceptor {
  /**
   * Sees {@code call} before it is dispatched.
   *
   * @param call the call, its arguments still encoded
   * @return what to run when the call is done, or {@link Completion#NONE}
   * @throws IpcAccessDeniedException to refuse the call: no later interceptor, listener or handler
   *     runs, and a caller waiting for an answer fails with this exception. Any other exception
   *     refuses the call too, reaching the caller as an {@link IpcRemoteException}.
   */
  Completion intercept(IpcCall call);

  /** Learns how one call ended. */
  @FunctionalInterface
  interface Completion {
    /** Nothing to do at the end of the call. */
    Completion NONE = outcome -> {};

    /**
     * The call is done: its listeners ran, or its handler answered, or it was refused.
     *
     * @param outcome how it ended and how long it took
     */
    void completed(IpcOutcome outcome);
  }
}
