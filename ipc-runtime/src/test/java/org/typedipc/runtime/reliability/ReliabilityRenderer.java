package org.typedipc.runtime.reliability;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.typedipc.runtime.IpcDisconnectedException;
import org.typedipc.runtime.IpcRenderer;
import org.typedipc.runtime.RendererOptions;
import org.typedipc.runtime.RendererProcess;

/**
 * A renderer process for the reliability tests. It answers main's {@code "command"} events:
 * {@code ["stall"]} blocks its loop for good, so it soon stops reading; {@code ["pings", n]}
 * invokes main's {@code "echo"} n times in a row and sends {@code "pings-done"} with the slowest
 * call in ms; {@code ["flood", n, bytes, threads]} sends n messages of that size on {@code "flood"}
 * from that many threads, then {@code "flood-done"}; {@code ["trickle", n, bytes, micros]} sends
 * n messages of that size on {@code "flood"} from a thread of its own, one every that many
 * microseconds (so that each comes alone to main); {@code ["hang"]} invokes main's {@code
 * "hang"}, which never answers; {@code ["sync", channel]} calls {@code sendSync} on a thread of its
 * own; {@code ["slow-inbox", micros]} takes each {@code "inbox"} message
 * in that time and, on {@code "inbox-end"}, sends {@code "inbox-count"} with the count and its peak
 * heap after collection.
 */
public final class ReliabilityRenderer {
  private ReliabilityRenderer() {}

  /** The optional argument is the renderer's held-bytes limit. */
  public static void main(String[] args) {
    HeapWatch.start();
    RendererOptions options = args.length > 0 ? RendererOptions.defaults().withHeldBytesLimit(Long.parseLong(args[0]))
        : RendererOptions.defaults();
    RendererProcess.run(options, connection -> serve(connection.ipcRenderer()));
  }

  private static void serve(IpcRenderer ipc) {
    ipc.on("command", (event, command) -> {
      @SuppressWarnings("unchecked")
      List<Object> c = (List<Object>) command[0];
      switch ((String) c.get(0)) {
        case "stall":
          LockSupport.park();
          break;
        case "pings":
          background(() -> pings(ipc, (Integer) c.get(1)));
          break;
        case "flood":
          flood(ipc, (Integer) c.get(1), (Integer) c.get(2), (Integer) c.get(3));
          break;
        case "trickle":
          trickle(ipc, (Integer) c.get(1), (Integer) c.get(2), (Integer) c.get(3));
          break;
        case "hang":
          ipc.invoke("hang", 1);
          break;
        case "sync":
          background(() -> {
            try {
              ipc.sendSync((String) c.get(1));
            } catch (RuntimeException e) {
              // closed while it waited: what the test looks at is why
            }
          });
          break;
        case "slow-inbox":
          long micros = ((Number) c.get(1)).longValue();
          AtomicLong count = new AtomicLong();
          ipc.on("inbox", (e, a) -> {
            LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(micros));
            count.incrementAndGet();
          });
          ipc.on("inbox-end", (e, a) -> ipc.send("inbox-count", count.get(), HeapWatch.peak()));
          ipc.send("inbox-ready", true);
          break;
        default:
          ipc.send("unknown", c.get(0));
      }
    });
    ipc.send("ready", ProcessHandle.current().pid());
  }

  private static void pings(IpcRenderer ipc, int count) {
    long slowest = 0;
    for (int i = 0; i < count; i++) {
      long start = System.nanoTime();
      try {
        ipc.invoke("echo", i).get(60, TimeUnit.SECONDS);
      } catch (Exception e) {
        ipc.send("pings-failed", e.toString());
        return;
      }
      slowest = Math.max(slowest, System.nanoTime() - start);
    }
    ipc.send("pings-done", TimeUnit.NANOSECONDS.toMillis(slowest));
  }

  private static void flood(IpcRenderer ipc, int count, int bytes, int threads) {
    AtomicLong left = new AtomicLong(threads);
    for (int t = 0; t < threads; t++) {
      background(() -> {
        byte[] payload = new byte[bytes];
        try {
          for (int i = 0; i < count / threads; i++) {
            ipc.send("flood", payload);
          }
          if (left.decrementAndGet() == 0) {
            ipc.send("flood-done", count);
          }
        } catch (IpcDisconnectedException e) {
          // stopped or disconnected: the test is about main's side
        }
      });
    }
  }

  private static void trickle(IpcRenderer ipc, int count, int bytes, int micros) {
    background(() -> {
      byte[] payload = new byte[bytes];
      try {
        for (int i = 0; i < count; i++) {
          ipc.send("flood", payload);
          LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(micros));
        }
      } catch (IpcDisconnectedException e) {
        // disconnected: the test is about main's side
      }
    });
  }

  private static void background(Runnable work) {
    Thread thread = new Thread(work, "reliability-renderer-work");
    thread.setDaemon(true);
    thread.start();
  }
}
