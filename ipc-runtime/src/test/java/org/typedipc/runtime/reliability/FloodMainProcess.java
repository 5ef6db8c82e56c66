package org.typedipc.runtime.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.typedipc.runtime.ConnectionSettings;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.IpcMainOptions;
import org.typedipc.runtime.Renderer;
import org.typedipc.runtime.TransportKind;

/**
 * A main process for the flood tests, run with a small heap. Arguments: transport, renderer count,
 * messages per renderer and direction, message bytes, microseconds each listener takes, the heap
 * option for the renderers, and {@code small} for settings sized for a 64 MiB heap or {@code
 * defaults}. Its renderers flood main's slow listener, then main floods the renderers' slow
 * listeners. It prints one line, {@code received <by main> <by each renderer…> peak <main's live
 * heap> <each renderer's…>}, and exits 0; an OutOfMemoryError anywhere makes it exit otherwise.
 */
public final class FloodMainProcess {
  private FloodMainProcess() {}

  /** Bounds sized for a 64 MiB heap: 1 MiB packets, 2 MiB queued per renderer, 8 MiB in all. */
  static ConnectionSettings smallHeapSettings() {
    return ConnectionSettings.defaults()
        .withMaxPacketBytes(1 << 20)
        .withMaxBufferedBytes(2 << 20)
        .withTotalBufferedBytes(8 << 20)
        .withInboundCredit(1 << 20, 4 << 20);
  }

  public static void main(String[] args) throws Exception {
    Thread.setDefaultUncaughtExceptionHandler((thread, e) -> Runtime.getRuntime().halt(3));
    HeapWatch.start();
    TransportKind transport = TransportKind.valueOf(args[0]);
    int rendererCount = Integer.parseInt(args[1]);
    int messages = Integer.parseInt(args[2]);
    int bytes = Integer.parseInt(args[3]);
    long micros = Long.parseLong(args[4]);
    String rendererHeap = args[5];
    ConnectionSettings settings = args[6].equals("small") ? smallHeapSettings() : ConnectionSettings.defaults();
    IpcMain main = IpcMain.create(IpcMainOptions.defaults().withConnectionSettings(settings));
    AtomicLong received = new AtomicLong();
    main.on("flood", (event, a) -> {
      LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(micros));
      received.incrementAndGet();
    });
    LaunchedRenderers launcher = new LaunchedRenderers(main);
    List<Renderer> renderers = new ArrayList<>();
    List<CompletableFuture<Object>> floodsDone = new ArrayList<>();
    for (int i = 0; i < rendererCount; i++) {
      Renderer renderer = launcher.launch(transport, rendererHeap);
      CompletableFuture<Object> done = new CompletableFuture<>();
      renderer.ipc().on("flood-done", (event, a) -> done.complete(a[0]));
      renderers.add(renderer);
      floodsDone.add(done);
    }
    for (Renderer renderer : renderers) {
      LaunchedRenderers.command(renderer, "flood", messages, bytes, 2);
    }
    for (CompletableFuture<Object> done : floodsDone) {
      done.get(120, TimeUnit.SECONDS);
    }

    List<CompletableFuture<List<Object>>> counts = new ArrayList<>();
    List<Thread> senders = new ArrayList<>();
    for (Renderer renderer : renderers) {
      CompletableFuture<Object> ready = new CompletableFuture<>();
      CompletableFuture<List<Object>> count = new CompletableFuture<>();
      renderer.ipc().on("inbox-ready", (event, a) -> ready.complete(true));
      renderer.ipc().on("inbox-count", (event, a) -> count.complete(List.of(a)));
      LaunchedRenderers.command(renderer, "slow-inbox", micros);
      ready.get(30, TimeUnit.SECONDS);
      counts.add(count);
      Thread sender = new Thread(() -> {
        byte[] payload = new byte[bytes];
        for (int i = 0; i < messages; i++) {
          renderer.send("inbox", payload);
        }
        renderer.send("inbox-end");
      }, "flood-renderer-" + renderer.id());
      sender.start();
      senders.add(sender);
    }
    StringBuilder line = new StringBuilder("received ").append(received.get());
    StringBuilder peaks = new StringBuilder(" peak ").append(HeapWatch.peak());
    for (CompletableFuture<List<Object>> count : counts) {
      List<Object> result = count.get(120, TimeUnit.SECONDS);
      line.append(' ').append(result.get(0));
      peaks.append(' ').append(result.get(1));
    }
    for (Thread sender : senders) {
      sender.join();
    }
    System.out.println(line.append(peaks));
    System.out.flush();
    main.close();
    System.exit(0);
  }
}
