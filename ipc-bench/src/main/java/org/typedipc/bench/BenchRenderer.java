package org.typedipc.bench;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import org.typedipc.runtime.IpcRenderer;
import org.typedipc.runtime.MessagePort;
import org.typedipc.runtime.RendererProcess;
import org.typedipc.runtime.spi.Typed;

/**
 * The renderer side of {@link CrossProcessBenchmark} and {@link ComparisonTable}. With arguments
 * {@code raw <unix:path|tcp:port> <workload>}, {@code raw-pipe <workload>} or {@code raw-batched
 * <socket> <workload>} it is the client of a raw floor (see {@link RawFloors}) and prints its
 * figures; without, it connects as a renderer, echoes main's invokes on the echo channel and runs
 * what main's {@code "bench"} events ask (each a {@link Workload#command}): {@code "invoke"}
 * (sequential invokes: p50 and p99), {@code "one-way"} (messages per second), {@code "stream"}
 * (items of main's {@code "bench:stream"} per second), {@code "port"} (round trips through the
 * port main posted on {@code "port"} with {@code "ping"} to another renderer, which got the other
 * end with {@code "echo"} and posts every message back), {@code "allocated"} (bytes this JVM
 * allocated so far) or {@code "record"} (ends this JVM's flight recording, counting its typed-ipc
 * events, and starts one in the {@link FlightRecording.State} named next), answering on {@code
 * "result"}.
 */
public final class BenchRenderer {
  private BenchRenderer() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("raw")) {
      RawClients.pingPong(args[1], Workload.parse(args, 2));
      return;
    }
    if (args.length > 0 && args[0].equals("raw-pipe")) {
      RawClients.pipePingPong(Workload.parse(args, 1));
      return;
    }
    if (args.length > 0 && args[0].equals("raw-batched")) {
      RawClients.batched(args[1], Workload.parse(args, 2));
      return;
    }
    // Commands run on one long-lived thread: a listener must not block the renderer's deliveries,
    // and a thread that ended would drop out of the JVM's allocation count.
    ExecutorService commands = Executors.newSingleThreadExecutor(task -> {
      Thread thread = new Thread(task, "bench-commands");
      thread.setDaemon(true);
      return thread;
    });
    RendererProcess.run(connection -> {
      IpcRenderer ipc = connection.ipcRenderer();
      Typed.of(ipc).handle(ByteArrayCodec.ECHO, (event, bytes) -> bytes);
      AtomicReference<MessagePort> peer = new AtomicReference<>();
      LinkedBlockingQueue<Object> replies = new LinkedBlockingQueue<>();
      ipc.on("port", (event, mode) -> {
        MessagePort port = event.ports().get(0);
        if ("echo".equals(mode[0])) {
          port.onMessage(message -> port.postMessage(message.data()));
        } else {
          port.onMessage(message -> replies.add(message.data()));
          peer.set(port);
        }
        port.start();
        ipc.send("port-taken");
      });
      AtomicReference<FlightRecording> recording = new AtomicReference<>();
      ipc.on("bench", (event, command) -> {
        List<?> c = (List<?>) command[0];
        if (c.get(0).equals("record")) {
          commands.execute(() -> ipc.send("result", List.of((double) record(recording, (String) c.get(1)))));
          return;
        }
        Workload workload = Workload.of(c);
        commands.execute(() -> ipc.send("result", switch ((String) c.get(0)) {
          case "invoke" -> invoke(ipc, workload);
          case "one-way" -> oneWay(ipc, workload);
          case "stream" -> stream(ipc, workload);
          case "port" -> portRoundTrips(peer.get(), replies, workload);
          default -> List.of((double) Stats.processAllocatedBytes());
        }));
      });
      ipc.send("ready");
    });
  }

  /** Ends the current recording, if any, and starts one in {@code state}: the typed-ipc events the ended one held. */
  private static long record(AtomicReference<FlightRecording> recording, String state) {
    try {
      long events = 0;
      try (FlightRecording ended = recording.getAndSet(null)) {
        if (ended != null) {
          events = ended.typedIpcEvents();
        }
      }
      recording.set(FlightRecording.start(FlightRecording.State.valueOf(state)));
      return events;
    } catch (Exception e) {
      throw new IllegalStateException("A flight recording failed", e);
    }
  }

  /** Sequential invokes: p50 and p99 in µs. */
  private static List<Double> invoke(IpcRenderer ipc, Workload workload) {
    byte[] payload = new byte[workload.size()];
    return latency(workload, () -> Typed.of(ipc).invoke(ByteArrayCodec.ECHO, payload).join());
  }

  /** Sequential round trips through a port to another renderer, which posts each message back: p50 and p99 in µs. */
  private static List<Double> portRoundTrips(MessagePort port, LinkedBlockingQueue<Object> replies, Workload workload) {
    byte[] payload = new byte[workload.size()];
    return latency(workload, () -> {
      port.postMessage(payload);
      replies.take();
    });
  }

  private static List<Double> latency(Workload workload, Stats.Call call) {
    try {
      double[] latency = Stats.sequential(workload.warmup(), workload.count(), workload.rounds(), call);
      return List.of(latency[0], latency[1]);
    } catch (Exception e) {
      throw new IllegalStateException("A benchmark call failed", e);
    }
  }

  /** One-way sends, each batch closed by one invoke so that all of them arrived: messages per second, median of the rounds. */
  private static List<Double> oneWay(IpcRenderer ipc, Workload workload) {
    byte[] payload = new byte[workload.size()];
    return perSecond(workload, count -> {
      for (int i = 0; i < count; i++) {
        Typed.of(ipc).send(ByteArrayCodec.ONE_WAY, payload);
      }
      Typed.of(ipc).invoke(ByteArrayCodec.ECHO, payload).join();
    });
  }

  /**
   * Streams items of main's producer, requesting {@link #STREAM_WINDOW} at a time: items per
   * second, median of the rounds.
   */
  private static List<Double> stream(IpcRenderer ipc, Workload workload) {
    return perSecond(workload, count -> drain(ipc, workload.size(), count));
  }

  /** Runs {@code batch} with the warm-up count, then once per round: the median rate, in items per second. */
  private static List<Double> perSecond(Workload workload, IntConsumer batch) {
    batch.accept(workload.warmup());
    double[] rates = new double[workload.rounds()];
    for (int round = 0; round < rates.length; round++) {
      long start = System.nanoTime();
      batch.accept(workload.count());
      rates[round] = workload.count() / ((System.nanoTime() - start) / 1e9);
    }
    return List.of(Stats.median(rates), 0.0, 0.0);
  }

  /** Items a subscriber requests at a time; it asks for more each half window. */
  static final int STREAM_WINDOW = 1024;

  private static void drain(IpcRenderer ipc, int size, int count) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    ipc.stream("bench:stream", size, count).subscribe(new Flow.Subscriber<Object>() {
      private Flow.Subscription subscription;
      private long received;

      @Override
      public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        s.request(STREAM_WINDOW);
      }

      @Override
      public void onNext(Object item) {
        if (++received % (STREAM_WINDOW / 2) == 0) {
          subscription.request(STREAM_WINDOW / 2);
        }
      }

      @Override
      public void onError(Throwable failure) {
        done.completeExceptionally(failure);
      }

      @Override
      public void onComplete() {
        done.complete(null);
      }
    });
    done.join();
  }
}
