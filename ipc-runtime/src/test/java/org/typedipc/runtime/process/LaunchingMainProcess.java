package org.typedipc.runtime.process;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.RendererLaunch;
import org.typedipc.runtime.TransportKind;

/**
 * A main process for the orphan tests: it launches a {@link LingeringRenderer} over the transport
 * named by its first argument, prints the renderer's pid once it is ready, then either waits to be
 * killed ({@code wait}) or calls {@code System.exit} without closing anything ({@code exit}).
 */
public final class LaunchingMainProcess {
  private LaunchingMainProcess() {}

  public static void main(String[] args) throws Exception {
    IpcMain main = IpcMain.create();
    CompletableFuture<Object> ready = new CompletableFuture<>();
    main.once("ready", (event, a) -> ready.complete(a[0]));
    main.launch(RendererLaunch.mainClass(LingeringRenderer.class.getName()).withTransport(TransportKind.valueOf(args[0])))
        .get(30, TimeUnit.SECONDS);
    System.out.println(ready.get(30, TimeUnit.SECONDS));
    System.out.flush();
    if (args[1].equals("exit")) {
      System.exit(0);
    }
    Thread.sleep(120_000);
  }
}
