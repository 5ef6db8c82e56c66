package org.typedipc.web.sample;

import java.util.Arrays;
import java.util.List;
import org.typedipc.runtime.IpcRenderer;
import org.typedipc.runtime.RendererOptions;
import org.typedipc.runtime.RendererProcess;
import org.typedipc.web.WebSocketTransport;

/** The JVM side of {@link WebBenchmark}: the same sequential 64-byte invokes, answered on {@code "result"}. */
public final class JvmBenchRenderer {
  private JvmBenchRenderer() {}

  public static void main(String[] args) {
    int warmup = Integer.parseInt(args[0]);
    int calls = Integer.parseInt(args[1]);
    // Launched over TCP, or over the WebSocket when main names it: this process knows both.
    RendererOptions options = RendererOptions.defaults().withTransports(WebSocketTransport.socketOnly());
    RendererProcess.run(options, connection -> {
      IpcRenderer ipc = connection.ipcRenderer();
      // Measured on a thread of its own, after set-up: run() returns once the renderer is ready.
      new Thread(() -> {
        byte[] payload = new byte[64];
        Arrays.fill(payload, (byte) 7);
        for (int i = 0; i < warmup; i++) {
          ipc.invoke("echo", payload).join();
        }
        // Timed as the page times itself: batches of 50 calls, their median per-call time, and the mean.
        int batch = 50;
        double[] perCall = new double[calls / batch];
        long began = System.nanoTime();
        for (int b = 0; b < perCall.length; b++) {
          long start = System.nanoTime();
          for (int i = 0; i < batch; i++) {
            ipc.invoke("echo", payload).join();
          }
          perCall[b] = (System.nanoTime() - start) / 1e3 / batch;
        }
        double mean = (System.nanoTime() - began) / 1e3 / calls;
        Arrays.sort(perCall);
        ipc.send("result", List.of(perCall[perCall.length / 2], mean));
      }, "bench").start();
    });
  }
}
