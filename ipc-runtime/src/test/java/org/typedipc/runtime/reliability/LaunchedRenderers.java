package org.typedipc.runtime.reliability;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.Renderer;
import org.typedipc.runtime.RendererLaunch;
import org.typedipc.runtime.TransportKind;

/** Launches {@link ReliabilityRenderer} processes from one main and waits until each is ready. */
final class LaunchedRenderers {
  private final IpcMain main;
  private final ConcurrentHashMap<Long, CompletableFuture<Void>> ready = new ConcurrentHashMap<>();

  LaunchedRenderers(IpcMain main) {
    this.main = main;
    main.on("ready", (event, args) -> readiness(((Number) args[0]).longValue()).complete(null));
  }

  /** A ready renderer process over {@code transport}, its JVM started with {@code jvmOptions}. */
  Renderer launch(TransportKind transport, String... jvmOptions) throws Exception {
    return launch(of(transport).withJvmOptions(jvmOptions));
  }

  /** The launch of a {@link ReliabilityRenderer} over {@code transport}. */
  static RendererLaunch of(TransportKind transport) {
    return RendererLaunch.mainClass(ReliabilityRenderer.class.getName()).withTransport(transport);
  }

  /** A ready renderer process as {@code launch} says. */
  Renderer launch(RendererLaunch launch) throws Exception {
    Renderer renderer = main.launch(launch).get(60, TimeUnit.SECONDS);
    readiness(renderer.processId()).get(60, TimeUnit.SECONDS);
    return renderer;
  }

  /** Sends {@code renderer} one of {@link ReliabilityRenderer}'s commands. */
  static void command(Renderer renderer, Object... command) {
    renderer.send("command", List.of(command));
  }

  private CompletableFuture<Void> readiness(long pid) {
    return ready.computeIfAbsent(pid, p -> new CompletableFuture<>());
  }
}
