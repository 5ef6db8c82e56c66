package org.typedipc.runtime.process;

import java.util.ArrayList;
import java.util.List;
import org.typedipc.runtime.IpcRenderer;
import org.typedipc.runtime.RendererConnection;
import org.typedipc.runtime.RendererProcess;

/**
 * A renderer process that takes its time before it listens: it connects, works for half a second,
 * then listens on {@code "early"} and sends back on {@code "early-seen"} the first three values it
 * got — which main sent before it listened.
 */
public final class LateListenerRenderer {
  private LateListenerRenderer() {}

  public static void main(String[] args) throws Exception {
    RendererConnection connection = RendererProcess.connect();
    Thread.sleep(500);
    IpcRenderer ipc = connection.ipcRenderer();
    List<Object> seen = new ArrayList<>();
    ipc.on("early", (event, value) -> {
      seen.add(value[0]);
      if (seen.size() == 3) {
        ipc.send("early-seen", seen);
      }
    });
    connection.whenClosed().toCompletableFuture().join();
  }
}
