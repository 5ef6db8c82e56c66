package org.typedipc.runtime;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * The entry point of a renderer process. {@link #run(Consumer)} gives it an explicit life: connect,
 * set up, be ready, serve until the connection closes.
 *
 * <pre>{@code
 * public static void main(String[] args) {
 *   RendererProcess.run(connection -> {
 *     IpcRenderer ipcRenderer = connection.ipcRenderer();
 *     ipcRenderer.on("work", (event, a) -> ipcRenderer.send("done", a[0]));
 *   });   // returns once main closes the connection
 * }
 * }</pre>
 *
 * <p>Every message main sends before the set-up returns reaches the listeners the set-up
 * registered, in order. {@link #connect()} is the step-by-step alternative for advanced use: the
 * renderer then calls {@link RendererConnection#ready()} itself once its listeners are registered,
 * and keeps its process alive itself (until then main's messages are held).
 */
public final class RendererProcess {
  private RendererProcess() {}

  /**
   * Runs a process main launched with default options: see {@link #run(RendererOptions, Consumer)}.
   *
   * @param setUp registers the renderer's listeners and handlers on the connection
   * @return why the connection closed
   */
  public static String run(Consumer<RendererConnection> setUp) {
    return run(RendererOptions.defaults(), setUp);
  }

  /**
   * Runs a process main launched: connects (reading the endpoint from the environment), runs
   * {@code setUp} with the connection, declares it {@linkplain RendererConnection#ready() ready},
   * and returns once the connection closes, from either side. So a process whose other threads are
   * daemons lives as long as main keeps it, and a {@code main} that returns after {@code run} ends
   * only then. If {@code setUp} throws, the connection is closed and the exception rethrown.
   *
   * @param options the renderer's deadlines, executor, contracts and connection settings
   * @param setUp registers the renderer's listeners and handlers on the connection
   * @return why the connection closed
   * @throws IpcAccessDeniedException if main refused the secret or this OS user
   * @throws IpcContractMismatchException if main uses other versions of the declared contracts
   * @throws IpcDisconnectedException if main cannot be reached
   */
  public static String run(RendererOptions options, Consumer<RendererConnection> setUp) {
    Objects.requireNonNull(setUp, "setUp");
    RendererConnection connection = connect(options);
    try {
      setUp.accept(connection);
    } catch (RuntimeException | Error e) {
      connection.close();
      throw e;
    }
    connection.ready();
    return connection.whenClosed().toCompletableFuture().join();
  }

  /**
   * Connects a process main launched, reading the endpoint from the environment. Main's messages
   * are held until {@link RendererConnection#ready()}.
   *
   * @return the connection, not yet ready
   * @throws IpcAccessDeniedException if main refused the secret or this OS user
   * @throws IpcDisconnectedException if main cannot be reached
   */
  public static RendererConnection connect() {
    return connect(RendererOptions.defaults());
  }

  /**
   * Connects a process main launched, with options; call {@link RendererConnection#ready()} after set-up.
   *
   * @param options the renderer's deadlines, executor, contracts and connection settings
   * @return the connection, not yet ready
   * @throws IpcAccessDeniedException if main refused the secret or this OS user
   * @throws IpcContractMismatchException if main uses other versions of the declared contracts
   * @throws IpcDisconnectedException if main cannot be reached
   */
  public static RendererConnection connect(RendererOptions options) {
    return connect(IpcEndpoint.fromEnvironment(System.getenv()), options);
  }

  /**
   * Connects to main at {@code endpoint}; returns once main welcomed this renderer. Main's messages
   * are held until {@link RendererConnection#ready()}.
   *
   * @param endpoint where and how to reach main, e.g. from a {@link RendererInvitation}
   * @param options the renderer's deadlines, executor, contracts and connection settings
   * @return the connection, not yet ready
   * @throws IpcAccessDeniedException if main refused the secret or this OS user
   * @throws IpcContractMismatchException if main uses other versions of the declared contracts
   * @throws IpcDisconnectedException if main cannot be reached
   */
  public static RendererConnection connect(IpcEndpoint endpoint, RendererOptions options) {
    return IpcRuntime.get().connect(endpoint, options);
  }
}
