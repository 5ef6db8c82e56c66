package org.typedipc.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.Renderer;
import org.typedipc.web.sample.HeadlessChromium;
import org.typedipc.web.sample.WebSample;

/**
 * The web sample in a real browser: headless Chromium loads the page main serves; through the
 * generated bindings of the sample's contracts the page invokes main's typed handlers, shows the
 * data of main's declared exception, receives typed events and answers main's invoke; the test
 * reads the page's text and checks the screenshot shows it. Without Chromium the test fails (CI installs
 * it), unless skipped on purpose with {@code -Dweb.browser.skip=true}.
 */
@Timeout(300)
class WebSampleBrowserTest {
  @TempDir Path work;

  @Test
  void theSamplePageInvokesMainAndShowsItsEventsInHeadlessChromium() throws Exception {
    if (HeadlessChromium.executable().isEmpty()) {
      Assumptions.assumeFalse(Boolean.getBoolean("web.browser.skip"), HeadlessChromium.missing());
      throw new AssertionError(HeadlessChromium.missing());
    }
    Path screenshot = work.resolve("sample.png");
    try (IpcMain ipcMain = IpcMain.create(WebSample.options()); WebRenderers web = WebSample.start(ipcMain, WebSample.PAGE)) {
      CopyOnWriteArrayList<Renderer> pages = new CopyOnWriteArrayList<>();
      ipcMain.onRendererCreated(pages::add);
      String result = HeadlessChromium.open(web.url(), "#status", "Done", screenshot, work);
      assertTrue(result.startsWith("{\"ok\":true"), result);
      assertTrue(result.contains("add(2, 3) = 5"), result);
      assertTrue(result.contains("Good day, browser, from Java " + Runtime.version().feature() + " (FORMAL, Java + TypeScript)"), result);
      assertTrue(result.contains("divide(7, 0) threw org.typedipc.web.sample.Greeter$DivisionByZero with dividend 7"), result);
      assertTrue(result.contains("ticks from main: 1, 2, 3 of 3"), result);
      assertTrue(result.contains("main got the page's answer: TypeScript, asked \\\"Which language wrote this answer?\\\""), result);
      assertTrue(result.contains("\"errors\":[]"), result);
      assertEquals(1, pages.size(), "one page load, one renderer");
    }
    assertScreenshotShowsText(screenshot);
  }

  /** A screenshot of the rendered page: the right size, and dark text on the light page, not a blank. */
  private static void assertScreenshotShowsText(Path screenshot) throws Exception {
    assertTrue(Files.size(screenshot) > 0, "screenshot written");
    BufferedImage image = ImageIO.read(screenshot.toFile());
    assertEquals(800, image.getWidth());
    assertTrue(image.getHeight() >= 600, () -> "height " + image.getHeight());
    int dark = 0;
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y) & 0xFFFFFF;
        colours.add(rgb);
        int luminance = ((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF);
        if (luminance < 200) {
          dark++;
        }
      }
    }
    // Six lines of text at 16 px leave thousands of dark pixels and anti-aliased greys.
    int darkPixels = dark;
    assertTrue(darkPixels > 2000, () -> "dark pixels " + darkPixels);
    assertTrue(colours.size() > 16, () -> "colours " + colours.size());
  }
}
