package org.typedipc.runtime.reliability;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.typedipc.runtime.ConnectionSettings;
import org.typedipc.runtime.RendererConnection;
import org.typedipc.runtime.RendererOptions;
import org.typedipc.runtime.RendererProcess;

/**
 * A renderer that asks main to flood it and takes main's messages slowly, so that it holds main's
 * next ones back for want of inbound credit, where main's silence does not count on the wire. As a
 * process of its own (launched by {@link FloodingMainProcess}) it writes lines to the report file
 * its argument names, since main may be stopped: {@code held} once it held main's messages back for
 * longer than the liveness timeout while still connected, then {@code closed <epoch ms> <reason>}.
 */
public final class FloodedRenderer {
  static final Duration HEARTBEAT = Duration.ofMillis(250);
  static final Duration LIVENESS = Duration.ofMillis(2500);
  /** How long the listener takes per message: the backlog of main's flood lasts far beyond the liveness timeout. */
  static final long SLOW_LISTENER_MILLIS = 50;
  static final int FLOOD_COUNT = 2000;
  static final int FLOOD_BYTES = 1024;

  private FloodedRenderer() {}

  /** A small inbound credit, so that a few of main's messages fill it. */
  static RendererOptions options() {
    return RendererOptions.defaults().withConnectionSettings(ConnectionSettings.defaults()
        .withHeartbeat(HEARTBEAT, LIVENESS)
        .withInboundCredit(16 << 10, 16 << 10));
  }

  /**
   * Listens slowly on {@code "flood"}, declares {@code connection} ready and asks main to flood it;
   * returns once the first message came and the renderer held main's next ones back for longer
   * than the liveness timeout.
   */
  static void holdMainBack(RendererConnection connection) throws Exception {
    CompletableFuture<Boolean> flooding = new CompletableFuture<>();
    connection.ipcRenderer().on("flood", (event, args) -> {
      flooding.complete(true);
      if (!connection.isClosed()) {
        sleepQuietly(SLOW_LISTENER_MILLIS);
      }
    });
    connection.ready();
    connection.ipcRenderer().send("flood-me", FLOOD_COUNT, FLOOD_BYTES);
    flooding.get(30, TimeUnit.SECONDS);
    Thread.sleep(LIVENESS.toMillis() + 500);
  }

  public static void main(String[] args) throws Exception {
    Path report = Path.of(args[0]);
    RendererConnection connection = RendererProcess.connect(options());
    CompletableFuture<Void> reported = connection.whenClosed()
        .thenAccept(reason -> append(report, "closed " + System.currentTimeMillis() + " " + reason))
        .toCompletableFuture();
    holdMainBack(connection);
    if (!connection.isClosed()) {
      append(report, "held");
    }
    reported.get(60, TimeUnit.SECONDS); // the JVM ends with this thread: only once the close is reported

  }

  private static void append(Path report, String line) {
    try {
      Files.writeString(report, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void sleepQuietly(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
