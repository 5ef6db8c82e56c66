package org.typedipc.runtime;


/**
 * The entry point of a renderer process: one call connects it to main.
 *
 * <pre>{@code
 * public static void main(String[] args) {
 *   RendererConnection connection = RendererProcess.connect();
 *   IpcRenderer ipcRenderer = connection.ipcRenderer();
 *   ipcRenderer.on("work", (event, a) -> ipcRenderer.send("done", a[0]));
 *   connection.whenClosed().toCompletableFuture().join();   // until main closes it
 * }
 * }</pre>
 *
 * <p>Messages main sends before the renderer registers its first listener are held and delivered,
 * in order, once it does.
 */
public final class RendererProcess {
  private RendererProcess() {}

  /** Connects a process main launched, reading the endpoint from the environment. */
  public static RendererConnection connect() {
    return connect(RendererOptions.defaults());
  }

  /** Connects a process main launched, with options. */
  public static RendererConnection connect(RendererOptions options) {
    return connect(IpcEndpoint.fromEnvironment(System.getenv()), options);
  }

  /**
   * Connects to main at {@code endpoint}; returns once main welcomed this renderer.
   *
   * @throws IpcAccessDeniedException if main refused the secret or this OS user
   * @throws IpcContractMismatchException if main uses other versions of the declared contracts
   * @throws IpcDisconnectedException if main cannot be reached
   */
  public static RendererConnection connect(IpcEndpoint endpoint, RendererOptions options) {
    return IpcRuntime.get().connect(endpoint, options);
  }
}
