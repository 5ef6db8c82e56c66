package org.typedipc.web.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.IpcMainOptions;
import org.typedipc.web.IpcWeb;
import org.typedipc.web.WebRenderers;

/**
 * A Java main whose renderer is a web page (ipc-web/ts/sample/page.ts) that uses the generated
 * TypeScript bindings of {@link Greeter} and {@link GreeterEvents}: main answers {@code add},
 * {@code greet} and {@code divide} (which throws its declared exception for a zero divisor), sends
 * {@code tick} events when the page asks for them, then asks the page a {@code question} and
 * sends back what it {@code answered}. Prints the URL to open and serves until it is stopped.
 *
 * <p>Run: {@code mvn -q -pl ipc-web -am -Pweb-sample -DskipTests verify}, then open the URL.
 */
public final class WebSample {
  /** Where the module's build puts the compiled page, next to a copy of the renderer package. */
  public static final Path PAGE = Path.of("ts", "build-sample");

  private WebSample() {}

  /** Main's options: the page is refused at connect unless it was built from these contracts. */
  public static IpcMainOptions options() {
    return IpcMainOptions.defaults().withContracts(GreeterIpc.DESCRIPTOR, GreeterEventsIpc.DESCRIPTOR);
  }

  /** Registers the sample's handlers on {@code ipcMain} and serves the page from {@code pageRoot}. */
  public static WebRenderers start(IpcMain ipcMain, Path pageRoot) {
    GreeterIpc.Registrar greeter = GreeterIpc.main(ipcMain);
    greeter.handleAdd((event, a, b) -> a + b);
    greeter.handleGreet((event, name, style) -> new Greeter.Greeting(
        (style == Greeter.Style.FORMAL ? "Good day, " : "Hello, ") + name + ", from Java",
        Runtime.version().feature(), style, List.of("Java", "TypeScript")));
    greeter.handleDivide((event, dividend, divisor) -> {
      if (divisor == 0) {
        throw new Greeter.DivisionByZero(dividend);
      }
      return dividend / divisor;
    });
    greeter.onStartTicks((event, count) -> {
      GreeterEvents page = GreeterEventsIpc.replyTo(event);
      for (int i = 1; i <= count; i++) {
        page.tick(i, count);
      }
      page.question("Which language wrote this answer?").whenComplete((answer, failure) ->
          page.answered(failure == null ? answer : "failed: " + failure));
    });
    return IpcWeb.serveWeb(ipcMain, pageRoot);
  }

  public static void main(String[] args) throws IOException, InterruptedException {
    Path page = args.length > 0 ? Path.of(args[0]) : PAGE;
    if (!Files.isRegularFile(page.resolve("index.html"))) {
      throw new IOException("No page at " + page.toAbsolutePath() + ": build ipc-web first (it compiles the page).");
    }
    try (IpcMain ipcMain = IpcMain.create(options()); WebRenderers web = start(ipcMain, page)) {
      ipcMain.onRendererCreated(renderer -> System.out.println("A page connected: renderer #" + renderer.id()));
      System.out.println("Open " + web.url() + " in a browser (Ctrl+C stops).");
      new CountDownLatch(1).await();
    }
  }
}
