package org.typedipc.runtime;

/**
 * The implementation behind {@link IpcMain#create()} and {@link RendererProcess#connect()}. This
 * module provides it as a service, so that the user API names no implementation class and the
 * implementation's layers can use the API without a package cycle. Applications neither implement
 * nor call it.
 */
public interface IpcRuntime {
  /**
   * Creates a main side.
   *
   * @param options the options {@link IpcMain#create(IpcMainOptions)} was given
   * @return the new main
   */
  IpcMain createMain(IpcMainOptions options);

  /**
   * Connects a renderer process to main at {@code endpoint}; returns once main welcomed it.
   *
   * @param endpoint where and how to reach main
   * @param options the renderer's options
   * @return the connection, not yet ready
   */
  RendererConnection connect(IpcEndpoint endpoint, RendererOptions options);

  /**
   * Creates the two entangled ports of a {@link MessageChannelMain}.
   *
   * @return the two ports, each the other's peer
   */
  MessagePort[] createMessageChannel();

  /** {@return the runtime this module provides} */
  static IpcRuntime get() {
    return ProvidedRuntime.RUNTIME;
  }
}
