package org.typedipc.runtime.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.Renderer;
import org.typedipc.runtime.RendererLaunch;
import org.typedipc.runtime.TransportKind;

/**
 * Launches a renderer process that sends {@code "ready"} with its process id once connected, and
 * waits for that, so a test starts with a renderer whose listeners are in place.
 */
public final class LaunchedRenderer {
  private LaunchedRenderer() {}

  /** Launches the renderer class {@code mainClass} from {@code main} over {@code transport}; returns it ready. */
  public static Renderer launchReady(IpcMain main, Class<?> mainClass, TransportKind transport) throws Exception {
    return launchReady(main, RendererLaunch.mainClass(mainClass.getName()).withTransport(transport));
  }

  /** Launches the renderer process {@code launch} describes from {@code main}; returns it ready. */
  public static Renderer launchReady(IpcMain main, RendererLaunch launch) throws Exception {
    CompletableFuture<Object> ready = new CompletableFuture<>();
    main.once("ready", (event, args) -> ready.complete(args[0]));
    Renderer renderer = main.launch(launch).get(30, TimeUnit.SECONDS);
    assertEquals(renderer.processId(), ((Number) ready.get(30, TimeUnit.SECONDS)).longValue());
    return renderer;
  }
}
