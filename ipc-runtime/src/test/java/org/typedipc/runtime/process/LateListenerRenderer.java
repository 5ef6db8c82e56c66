package org.typedipc.runtime.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.typedipc.runtime.IpcRenderer;
import org.typedipc.runtime.RendererConnection;
import org.typedipc.runtime.RendererProcess;

/**
 * A renderer process that takes its time to set up. Arguments: {@code run} or {@code connect} (which
 * entry point it uses), a seed, a channel count, and a file. It registers one listener on each of
 * {@code ch-0 … ch-<n-1>}, sleeping a random while before each, and at a random point in between
 * invokes main's {@code "all-sent"}, which answers once main sent everything, so that all of it
 * comes before the renderer is ready. Each listener records {@code [channel, value]} in one list
 * in delivery order; on {@code "report"} the renderer sends that list back on {@code "received"}.
 * When its connection closes it writes the reason to the file.
 */
public final class LateListenerRenderer {
  private LateListenerRenderer() {}

  public static void main(String[] args) {
    boolean run = args[0].equals("run");
    Random random = new Random(Long.parseLong(args[1]));
    int channels = Integer.parseInt(args[2]);
    Path closedReason = Path.of(args[3]);
    String reason;
    if (run) {
      reason = RendererProcess.run(connection -> setUp(connection.ipcRenderer(), random, channels));
    } else {
      RendererConnection connection = RendererProcess.connect();
      setUp(connection.ipcRenderer(), random, channels);
      connection.ready();
      reason = connection.whenClosed().toCompletableFuture().join();
    }
    try {
      Files.writeString(closedReason, reason);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void setUp(IpcRenderer ipc, Random random, int channels) {
    List<List<Object>> received = Collections.synchronizedList(new ArrayList<>());
    int allSentAt = random.nextInt(channels + 1);
    for (int i = 0; i <= channels; i++) {
      if (i == allSentAt) {
        ipc.invoke("all-sent").join();
      }
      if (i < channels) {
        pause(random.nextInt(25));
        String channel = "ch-" + i;
        ipc.on(channel, (event, value) -> received.add(List.of(channel, value[0])));
      }
    }
    ipc.on("report", (event, none) -> ipc.send("received", new ArrayList<>(received)));
  }

  private static void pause(int millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while setting up", e);
    }
  }
}
