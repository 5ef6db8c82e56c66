package org.typedipc.web.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.typedipc.runtime.IpcMain;
import org.typedipc.web.IpcWeb;
import org.typedipc.web.WebRenderers;

/**
 * A Java main whose renderer is a web page (ipc-web/ts/sample/page.ts): it answers {@code add},
 * {@code greet} and {@code divide}, and sends {@code tick} events when the page asks for them.
 * Prints the URL to open and serves until it is stopped.
 *
 * <p>Run: {@code mvn -q -pl ipc-web -am -Pweb-sample -DskipTests verify}, then open the URL.
 */
public final class WebSample {
  /** Where the module's build puts the compiled page, next to a copy of the renderer package. */
  public static final Path PAGE = Path.of("ts", "build-sample");

  private WebSample() {}

  /** Registers the sample's handlers on {@code ipcMain} and serves the page from {@code pageRoot}. */
  public static WebRenderers start(IpcMain ipcMain, Path pageRoot) {
    ipcMain.handle("add", (event, args) -> ((Number) args[0]).intValue() + ((Number) args[1]).intValue());
    ipcMain.handle("greet", (event, args) -> "Hello, " + args[0] + ", from Java " + Runtime.version().feature());
    ipcMain.handle("divide", (event, args) -> ((Number) args[0]).intValue() / ((Number) args[1]).intValue());
    ipcMain.on("start-ticks", (event, args) -> {
      int count = ((Number) args[0]).intValue();
      for (int i = 1; i <= count; i++) {
        event.reply("tick", i);
      }
    });
    return IpcWeb.serveWeb(ipcMain, pageRoot);
  }

  public static void main(String[] args) throws IOException, InterruptedException {
    Path page = args.length > 0 ? Path.of(args[0]) : PAGE;
    if (!Files.isRegularFile(page.resolve("index.html"))) {
      throw new IOException("No page at " + page.toAbsolutePath() + ": build ipc-web first (it compiles the page).");
    }
    try (IpcMain ipcMain = IpcMain.create(); WebRenderers web = start(ipcMain, page)) {
      ipcMain.onRendererCreated(renderer -> System.out.println("A page connected: renderer #" + renderer.id()));
      System.out.println("Open " + web.url() + " in a browser (Ctrl+C stops).");
      new CountDownLatch(1).await();
    }
  }
}
