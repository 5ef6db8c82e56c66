package org.typedipc.runtime.process;

import org.typedipc.runtime.RendererProcess;

/**
 * A renderer process that would run forever: it connects, starts a non-daemon thread that never
 * ends and returns from {@code main}. Only its runtime can end it.
 */
public final class LingeringRenderer {
  private LingeringRenderer() {}

  public static void main(String[] args) {
    RendererProcess.connect().ipcRenderer().send("ready", ProcessHandle.current().pid());
    Thread forever = new Thread(() -> {
      while (true) {
        try {
          Thread.sleep(60_000);
        } catch (InterruptedException e) {
          // keeps running: only the runtime may end this process
        }
      }
    }, "lingering");
    forever.setDaemon(false);
    forever.start();
  }
}
