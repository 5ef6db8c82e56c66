package org.typedipc.runtime.process;

import org.typedipc.runtime.RendererConnection;
import org.typedipc.runtime.RendererProcess;

/**
 * A renderer that ignores main's request to exit: a non-daemon thread keeps its JVM alive after
 * the connection closed. It sends {@code "ready"} with its process id once connected.
 */
public final class StubbornRenderer {
  private StubbornRenderer() {}

  public static void main(String[] args) throws Exception {
    RendererConnection connection = RendererProcess.connect();
    Thread keepAlive = new Thread(() -> {
      while (true) {
        try {
          Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
          // Stubborn on purpose: only being killed ends it.
        }
      }
    }, "keep-alive");
    keepAlive.start();
    connection.ipcRenderer().send("ready", ProcessHandle.current().pid());
  }
}
