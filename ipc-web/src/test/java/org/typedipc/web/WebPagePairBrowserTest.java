package org.typedipc.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.typedipc.runtime.EmbeddedRenderer;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.MessagePort;
import org.typedipc.web.sample.HeadlessChromium;

/**
 * A pair of ports a page in headless Chromium made itself ({@code ipcRenderer.createMessageChannel()},
 * ts/browser/own-pair-page.ts): the page posts one end to main, main hands it on to a JVM renderer,
 * and the page and the JVM renderer talk through it, the message that waited on the page first;
 * the JVM renderer's close reaches the page's end. Without Chromium the test fails (CI installs
 * it), unless skipped on purpose with {@code -Dweb.browser.skip=true}.
 */
@Timeout(300)
class WebPagePairBrowserTest {
  private static final Path COMPILED = Path.of("ts", "build-test");

  @TempDir Path work;

  @Test
  void aPairThePageMadeCarriesMessagesBetweenThePageAndAJvmRendererThroughMain() throws Exception {
    if (HeadlessChromium.executable().isEmpty()) {
      Assumptions.assumeFalse(Boolean.getBoolean("web.browser.skip"), HeadlessChromium.missing());
      throw new AssertionError(HeadlessChromium.missing());
    }
    Path root = page();
    LinkedBlockingQueue<Object> heardByJvm = new LinkedBlockingQueue<>();
    try (IpcMain ipcMain = IpcMain.create(); EmbeddedRenderer jvm = ipcMain.embedRenderer();
        WebRenderers web = IpcWeb.serveWeb(ipcMain, root)) {
      jvm.ipcRenderer().on("peer", (event, args) -> {
        MessagePort port = event.ports().get(0);
        port.onMessage(message -> {
          heardByJvm.add(message.data());
          port.postMessage("jvm heard " + message.data());
          if ("bye".equals(message.data())) {
            port.close();
          }
        });
        port.start();
      });
      LinkedBlockingQueue<Object> postedByPage = new LinkedBlockingQueue<>();
      ipcMain.on("page-pair", (event, args) -> {
        postedByPage.add(args[0]);
        jvm.renderer().postMessage("peer", null, event.ports()); // main only brokers
      });

      String result = HeadlessChromium.open(web.url(), "#status", "Done", work.resolve("pair.png"), work);

      assertTrue(result.startsWith("{\"ok\":true"), result);
      assertEquals("made by the page", postedByPage.poll(30, TimeUnit.SECONDS));
      assertEquals(List.of("waited on the page", "after the post", "bye"), take(heardByJvm, 3),
          "the message that waited on the page travelled with the port, ahead of those sent later");
      assertTrue(result.contains("page heard: jvm heard waited on the page\\npage heard: jvm heard after the post"
          + "\\npage heard: jvm heard bye"), result);
      assertTrue(result.contains("port2 after the post: MessagePort #1073741825 was posted elsewhere"), result);
      assertTrue(result.contains("\"errors\":[]"), result);
    }
  }

  /** The page, next to the compiled package it imports. */
  private Path page() throws IOException {
    Path root = work.resolve("page");
    Files.createDirectories(root.resolve("browser"));
    try (Stream<Path> sources = Files.list(COMPILED.resolve("src"))) {
      Files.createDirectories(root.resolve("src"));
      for (Path source : sources.toList()) {
        Files.copy(source, root.resolve("src").resolve(source.getFileName().toString()));
      }
    }
    Files.copy(COMPILED.resolve("browser").resolve("own-pair-page.js"), root.resolve("browser").resolve("own-pair-page.js"));
    Files.writeString(root.resolve("index.html"), """
        <!doctype html>
        <html lang="en">
        <head><meta charset="utf-8"><link rel="icon" href="data:,"><title>A pair the page made</title>
        <script type="module" src="./browser/own-pair-page.js"></script></head>
        <body><p id="status">Connecting to main…</p><ul id="seen"></ul></body>
        </html>
        """);
    return root;
  }

  private static List<Object> take(LinkedBlockingQueue<Object> queue, int count) throws InterruptedException {
    List<Object> taken = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Object next = queue.poll(30, TimeUnit.SECONDS);
      if (next == null) {
        break;
      }
      taken.add(next);
    }
    return taken;
  }
}
