package org.typedipc.web.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Opens a URL in headless Chromium through the module's playwright-core script
 * (ts/browser/drive.ts) and returns the one JSON line it prints. Chromium is Debian's
 * {@code /usr/bin/chromium}, or the one {@code TYPED_IPC_CHROMIUM} names.
 */
public final class HeadlessChromium {
  static final Path DRIVER = Path.of("ts", "build-test", "browser", "drive.js");

  private HeadlessChromium() {}

  /** The Chromium binary, if installed. */
  public static Optional<Path> executable() {
    String configured = System.getenv("TYPED_IPC_CHROMIUM");
    Path path = Path.of(configured != null ? configured : "/usr/bin/chromium");
    return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
  }

  /**
   * Opens {@code url}, waits until {@code selector} contains {@code expected}, saves a screenshot
   * to {@code screenshot}; returns the script's JSON line ({@code "ok":true} with the page's text).
   */
  public static String open(String url, String selector, String expected, Path screenshot, Path workDir)
      throws IOException, InterruptedException {
    Path output = workDir.resolve("chromium-driver.out");
    Path browser = executable().orElseThrow(() -> new IOException(missing()));
    ProcessBuilder builder = new ProcessBuilder(List.of("node", DRIVER.toAbsolutePath().toString(), url, selector, expected,
        screenshot.toAbsolutePath().toString()))
        .redirectErrorStream(true)
        .redirectOutput(output.toFile());
    builder.environment().put("TYPED_IPC_CHROMIUM", browser.toString());
    Process process = builder.start();
    try {
      if (!process.waitFor(240, TimeUnit.SECONDS)) {
        throw new IOException("Headless Chromium did not finish within 240 s; it printed: " + Files.readString(output));
      }
    } finally {
      process.destroyForcibly();
    }
    List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
    return lines.stream().filter(l -> l.startsWith("{\"ok\":")).reduce((a, b) -> b)
        .orElseThrow(() -> new IOException("The browser script printed no result: " + lines));
  }

  public static String missing() {
    return "Chromium is not installed at /usr/bin/chromium (or where TYPED_IPC_CHROMIUM points): install it "
        + "(Debian: apt-get install chromium; CI does), or skip the browser tests on purpose with -Dweb.browser.skip=true.";
  }
}
