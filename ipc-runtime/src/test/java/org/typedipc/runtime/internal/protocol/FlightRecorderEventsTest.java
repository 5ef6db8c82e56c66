package org.typedipc.runtime.internal.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.typedipc.runtime.ConnectionSettings;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.IpcMainOptions;
import org.typedipc.runtime.Renderer;
import org.typedipc.runtime.RendererAcceptor;
import org.typedipc.runtime.RendererConnection;
import org.typedipc.runtime.RendererInvitation;
import org.typedipc.runtime.RendererOptions;
import org.typedipc.runtime.RendererProcess;
import org.typedipc.runtime.TransportKind;

/**
 * Every typed-ipc flight-recorder event, read back from a recording of real connections: invoke,
 * message, sendSync, handshake, renderer gone, protocol error and back-pressure block.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class FlightRecorderEventsTest {
  private static final String[] TYPES = {
    "typedipc.Invoke", "typedipc.Message", "typedipc.SendSync", "typedipc.Handshake",
    "typedipc.RendererGone", "typedipc.ProtocolError", "typedipc.BackPressure"};

  @TempDir Path dir;

  @Test
  void everyEventTypeIsRecordedWithItsFields() throws Exception {
    Path file = dir.resolve("ipc.jfr");
    try (Recording recording = new Recording()) {
      for (String type : TYPES) {
        recording.enable(type).withThreshold(Duration.ZERO);
      }
      recording.start();
      runWorkload();
      recording.stop();
      recording.dump(file);
    }

    Map<String, List<RecordedEvent>> byType =
        RecordingFile.readAllEvents(file).stream().collect(Collectors.groupingBy(e -> e.getEventType().getName()));
    for (String type : TYPES) {
      assertTrue(byType.containsKey(type), type + " was not recorded; got " + byType.keySet());
    }
    RecordedEvent invoke = find(byType, "typedipc.Invoke", "add");
    assertEquals("to main", invoke.getString("direction"));
    assertEquals("SUCCEEDED", invoke.getString("outcome"));
    assertTrue(invoke.getInt("renderer") > 0 && invoke.getLong("bytesIn") > 0 && invoke.getLong("bytesOut") > 0, invoke.toString());
    assertNull(invoke.getStackTrace(), "a call event records no stack trace unless the recording asks: " + invoke);
    RecordedEvent asked = find(byType, "typedipc.Invoke", "ask");
    assertEquals("to renderer", asked.getString("direction"));
    assertTrue(asked.getLong("bytesOut") > 0 && asked.getLong("bytesIn") >= 1000, asked.toString());
    RecordedEvent event = find(byType, "typedipc.Message", "tick");
    assertEquals("to renderer", event.getString("direction"));
    assertEquals("SUCCEEDED", find(byType, "typedipc.SendSync", "sync").getString("outcome"));
    assertTrue(byType.get("typedipc.Handshake").stream()
        .anyMatch(e -> "ACCEPTED".equals(e.getString("outcome")) && "tcp".equalsIgnoreCase(e.getString("transport"))),
        byType.get("typedipc.Handshake").toString());
    assertTrue(byType.get("typedipc.RendererGone").stream().anyMatch(e -> "PROTOCOL_ERROR".equals(e.getString("reason"))),
        byType.get("typedipc.RendererGone").toString());
    assertTrue(byType.get("typedipc.ProtocolError").get(0).getString("message").contains("exceeds the limit"),
        byType.get("typedipc.ProtocolError").toString());
    assertTrue(byType.get("typedipc.BackPressure").get(0).getDuration().toNanos() > 0);
  }

  private static RecordedEvent find(Map<String, List<RecordedEvent>> byType, String type, String channel) {
    return byType.get(type).stream().filter(e -> "main".equals(e.getString("side")) && channel.equals(e.getString("channel"))).findFirst()
        .orElseThrow(() -> new AssertionError("no " + type + " on " + channel + " in " + byType.get(type)));
  }

  /** One renderer that calls, is flooded past its credit, and one that breaks the protocol. */
  private static void runWorkload() throws Exception {
    ConnectionSettings settings = ConnectionSettings.defaults().withInboundCredit(4 << 10, 64 << 10);
    CountDownLatch release = new CountDownLatch(1);
    // Listeners run on their own thread, so that the reader is free to wait for credit.
    ExecutorService loop = Executors.newSingleThreadExecutor();
    try (IpcMain main = IpcMain.create(IpcMainOptions.defaults().withConnectionSettings(settings).withExecutor(loop));
        RendererAcceptor listener = main.listen(TransportKind.TCP)) {
      main.handle("add", (event, args) -> (Integer) args[0] + (Integer) args[1]);
      main.on("sync", (event, args) -> event.setReturnValue("ok"));
      main.on("block", (event, args) -> await(release));
      RendererInvitation invited = listener.invite();
      RendererConnection good = RendererProcess.connect(invited.endpoint(), RendererOptions.defaults().withConnectionSettings(settings));
      try (good) {
        // Main knows the renderer once its invitation completes, which may be after connect() returns.
        Renderer goodInMain = invited.renderer().get(10, TimeUnit.SECONDS);
        CountDownLatch ticked = new CountDownLatch(1);
        good.ipcRenderer().on("tick", (event, args) -> ticked.countDown());
        good.ipcRenderer().handle("ask", (event, args) -> "x".repeat(1000));
        good.ready();
        assertEquals(1000, ((String) goodInMain.invoke("ask", "why").get(10, TimeUnit.SECONDS)).length());
        assertEquals(5, good.ipcRenderer().invoke("add", 2, 3).get(10, TimeUnit.SECONDS));
        assertEquals("ok", good.ipcRenderer().sendSync("sync"));
        goodInMain.send("tick");
        assertTrue(ticked.await(10, TimeUnit.SECONDS));
        // Main's listener blocks while the renderer sends past its 4 KiB credit: main's reader waits.
        byte[] kilobyte = new byte[1024];
        for (int i = 0; i < 16; i++) {
          good.ipcRenderer().send("block", (Object) kilobyte);
        }
        Thread.sleep(200);
        release.countDown();
        assertEquals(5, good.ipcRenderer().invoke("add", 1, 4).get(10, TimeUnit.SECONDS));
      }
      RendererInvitation hostile = listener.invite();
      try (SocketChannel raw = WireRobustnessTest.handshakeRaw(hostile.endpoint())) {
        Renderer renderer = hostile.renderer().get(10, TimeUnit.SECONDS);
        raw.write(ByteBuffer.allocate(4).putInt(Integer.MAX_VALUE).flip());
        renderer.whenGone().toCompletableFuture().get(10, TimeUnit.SECONDS);
      }
    } finally {
      loop.shutdownNow();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
