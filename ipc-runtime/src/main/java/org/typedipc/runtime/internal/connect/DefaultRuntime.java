package org.typedipc.runtime.internal.connect;

import org.typedipc.runtime.IpcEndpoint;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.IpcMainOptions;
import org.typedipc.runtime.IpcRuntime;
import org.typedipc.runtime.MessagePort;
import org.typedipc.runtime.RendererConnection;
import org.typedipc.runtime.RendererOptions;
import org.typedipc.runtime.internal.main.MainRuntime;
import org.typedipc.runtime.internal.main.PortHub;

/** The runtime this module provides: main's dispatch core, given the means to bring renderer processes. */
public final class DefaultRuntime implements IpcRuntime {
  /** Called by the service loader. */
  public DefaultRuntime() {}

  @Override
  public IpcMain createMain(IpcMainOptions options) {
    return new MainRuntime(options, main -> new ProcessHost(main, options.connectionSettings()));
  }

  @Override
  public MessagePort[] createMessageChannel() {
    return PortHub.INSTANCE.createPair();
  }

  @Override
  public RendererConnection connect(IpcEndpoint endpoint, RendererOptions options) {
    return RendererConnector.connect(endpoint, options);
  }
}
