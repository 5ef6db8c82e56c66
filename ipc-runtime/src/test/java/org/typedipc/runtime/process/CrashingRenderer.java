package org.typedipc.runtime.process;

import java.nio.file.Files;
import java.nio.file.Path;
import org.typedipc.runtime.RendererConnection;
import org.typedipc.runtime.RendererProcess;

/**
 * A renderer process that crashes its first n runs: it counts its runs in the file named by its
 * first argument, and while the count is at most n (its second argument) exits with code 3 right
 * after connecting. Later runs send {@code "up"} with their run number and stay until main closes
 * them.
 */
public final class CrashingRenderer {
  /** The exit code of a crash. */
  static final int CRASH_CODE = 3;

  private CrashingRenderer() {}

  public static void main(String[] args) throws Exception {
    Path counter = Path.of(args[0]);
    int run = (Files.exists(counter) ? Integer.parseInt(Files.readString(counter).trim()) : 0) + 1;
    Files.writeString(counter, Integer.toString(run));
    RendererConnection connection = RendererProcess.connect();
    if (run <= Integer.parseInt(args[1])) {
      System.exit(CRASH_CODE);
    }
    connection.ipcRenderer().send("up", run);
    connection.whenClosed().toCompletableFuture().join();
  }
}
