package org.typedipc.web.sample;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.Renderer;
import org.typedipc.runtime.RendererLaunch;
import org.typedipc.runtime.TransportKind;
import org.typedipc.web.IpcWeb;
import org.typedipc.web.WebRenderers;
import org.typedipc.web.WebSocketTransport;

/**
 * Invoke round trips of 64 bytes to one Java main, in the same run: from a page in headless
 * Chromium over the WebSocket (ts/sample/bench.ts), and from a renderer JVM over TCP loopback
 * ({@link JvmBenchRenderer}), and from the same JVM over the WebSocket, which separates the
 * browser's share from the transport's. Both call sequentially, 2,000 warm-up calls then 5,000 timed ones
 * in batches of 50 (a page's clock has 100 µs steps); prints the median of the batches' per-call
 * times and the mean, in microseconds.
 *
 * <p>Run: {@code mvn -q -pl ipc-web -am -Pweb-sample -DskipTests verify -Dweb.main=org.typedipc.web.sample.WebBenchmark}.
 */
public final class WebBenchmark {
  static final int WARMUP = 2000;
  static final int CALLS = 5000;
  private static final Pattern FIGURE = Pattern.compile("\\\\\"(median|mean)\\\\\":([0-9.]+)");

  private WebBenchmark() {}

  public static void main(String[] args) throws Exception {
    System.out.printf(Locale.ROOT, "java %s, %d CPUs; invoke round trip, 64 B, %d calls after %d warm-up%n",
        System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), CALLS, WARMUP);
    System.out.printf(Locale.ROOT, "%-44s %10s %9s%n", "case", "median µs", "mean µs");
    try (IpcMain ipcMain = IpcMain.create()) {
      ipcMain.handle("echo", (event, a) -> a[0]);
      double[] browser = browser(ipcMain);
      System.out.printf(Locale.ROOT, "%-44s %10.1f %9.1f%n", "headless Chromium page, WebSocket", browser[0], browser[1]);
      print("JVM renderer process, TCP loopback", jvm(ipcMain, TransportKind.TCP.name()));
      print("JVM renderer process, WebSocket", jvm(ipcMain, "WEBSOCKET"));
    }
  }

  private static double[] browser(IpcMain ipcMain) throws Exception {
    Path work = Files.createTempDirectory("typed-ipc-bench");
    try (WebRenderers web = IpcWeb.serveWeb(ipcMain, WebSample.PAGE)) {
      String url = web.url() + "bench.html?warmup=" + WARMUP + "&calls=" + CALLS;
      String result = HeadlessChromium.open(url, "#result", "median", work.resolve("bench.png"), work);
      Matcher m = FIGURE.matcher(result);
      double[] figures = new double[2];
      int found = 0;
      while (m.find()) {
        figures[m.group(1).equals("median") ? 0 : 1] = Double.parseDouble(m.group(2));
        found++;
      }
      if (found != 2) {
        throw new IllegalStateException("The benchmark page reported no figures: " + result);
      }
      return figures;
    } finally {
      try (var files = Files.list(work)) {
        for (Path file : files.toList()) {
          Files.deleteIfExists(file);
        }
      }
      Files.deleteIfExists(work);
    }
  }

  private static void print(String label, List<?> figures) {
    System.out.printf(Locale.ROOT, "%-44s %10.1f %9.1f%n", label, ((Number) figures.get(0)).doubleValue(),
        ((Number) figures.get(1)).doubleValue());
  }

  private static List<?> jvm(IpcMain ipcMain, String transport) throws Exception {
    CompletableFuture<List<?>> result = new CompletableFuture<>();
    ipcMain.once("result", (event, a) -> result.complete((List<?>) a[0]));
    RendererLaunch launch = RendererLaunch.mainClass(JvmBenchRenderer.class.getName())
        .withClassPath(System.getProperty("java.class.path"));
    launch = transport.equals("WEBSOCKET") ? launch.withTransport(WebSocketTransport.socketOnly())
        : launch.withTransport(TransportKind.valueOf(transport));
    Renderer renderer = ipcMain.launch(launch
        .withArgs(Integer.toString(WARMUP), Integer.toString(CALLS))).get(60, TimeUnit.SECONDS);
    try {
      return result.get(300, TimeUnit.SECONDS);
    } finally {
      renderer.close();
    }
  }
}
