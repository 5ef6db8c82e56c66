package org.typedipc.runtime.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.typedipc.runtime.RendererLaunch;

/**
 * Floods in both directions at slow listeners, with main and its renderers in JVMs of a small
 * heap: renderers send main far more than its heap holds, then main sends them as much; the
 * senders are slowed down through the sockets, every message arrives, and the live heap stays
 * under the bound.
 */
@Timeout(300)
class FloodTest {
  static final int RENDERERS = 2;
  static final int MESSAGES = 4000;
  static final int BYTES = 16 << 10;
  static final int LISTENER_MICROS = 250;

  @ParameterizedTest
  @CsvSource({"-Xmx64m, small, 40", "-Xmx256m, defaults, 160"})
  void floodsAtSlowListenersAreAllDeliveredWithinTheHeap(String heap, String settings, long boundMiB, @TempDir Path directory)
      throws Exception {
    Path errors = directory.resolve("main.err");
    Process main = new ProcessBuilder(RendererLaunch.mainClass(FloodMainProcess.class.getName())
        .withJvmOptions(heap)
        .withArgs("UNIX_SOCKET", Integer.toString(RENDERERS), Integer.toString(MESSAGES), Integer.toString(BYTES),
            Integer.toString(LISTENER_MICROS), heap, settings)
        .command())
        .redirectError(errors.toFile())
        .start();
    long start = System.nanoTime();
    String output = new String(main.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    assertTrue(main.waitFor(240, TimeUnit.SECONDS));
    long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
    assertEquals(0, main.exitValue(), "main process failed; its output: " + output + "\n" + Files.readString(errors));
    String[] fields = output.split(" ");
    assertEquals("received", fields[0], output);
    long flowMiB = (long) RENDERERS * MESSAGES * BYTES >> 20;
    assertEquals(RENDERERS * MESSAGES, Long.parseLong(fields[1]), output);
    for (int i = 0; i < RENDERERS; i++) {
      assertEquals(MESSAGES, Long.parseLong(fields[2 + i]), output);
    }
    assertEquals("peak", fields[2 + RENDERERS], output);
    for (int i = 0; i < RENDERERS + 1; i++) {
      long peakMiB = Long.parseLong(fields[3 + RENDERERS + i]) >> 20;
      assertTrue(peakMiB < boundMiB, (i == 0 ? "main" : "renderer " + i) + " held " + peakMiB + " MiB live; " + output);
    }
    System.getLogger(getClass().getName()).log(System.Logger.Level.INFO, heap + " " + settings + ": " + flowMiB
        + " MiB each way in " + seconds + " s, all delivered; live heap peaks (B) main then renderers: "
        + output.substring(output.indexOf("peak") + 5) + " (bound " + boundMiB + " MiB)");
  }
}
