package org.typedipc.bench.jmh;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.typedipc.bench.ByteArrayCodec;
import org.typedipc.bench.typed.Echo;
import org.typedipc.bench.typed.EchoIpc;
import org.typedipc.runtime.EmbeddedRenderer;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.IpcRenderer;
import org.typedipc.runtime.spi.Typed;

/**
 * The in-process paths, main and an embedded renderer in one JVM: what typed-ipc itself costs per
 * call, without a transport. Run with JMH's {@code -prof gc}: its {@code gc.alloc.rate.norm} is the
 * bytes allocated per operation, both sides together (the target: at most 256 per small
 * invoke on either side).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class EmbeddedBenchmarks {
  /** One-way sends per benchmark call, closed by one invoke so that none piles up in main's queue. */
  private static final int SENDS_PER_CALL = 1000;

  private IpcMain main;
  private IpcRenderer renderer;
  private Echo echo;
  private final byte[] payload = new byte[64];
  private final AtomicLong received = new AtomicLong();
  private int next;

  @Setup
  public void start() {
    main = IpcMain.create();
    Typed.of(main).handle(ByteArrayCodec.ECHO, (event, bytes) -> bytes);
    Typed.of(main).on(ByteArrayCodec.ONE_WAY, (event, bytes) -> received.incrementAndGet());
    EchoIpc.main(main).handleEcho((event, point) -> point);
    EchoIpc.main(main).handleNext((event, value) -> value + 1);
    EmbeddedRenderer embedded = main.embedRenderer();
    renderer = embedded.ipcRenderer();
    echo = EchoIpc.renderer(renderer);
  }

  @TearDown
  public void stop() {
    main.close();
  }

  /** An invoke of 64 bytes through the typed channel, answered by main's handler. */
  @Benchmark
  public byte[] embeddedInvoke64() {
    return Typed.of(renderer).invoke(ByteArrayCodec.ECHO, payload).join();
  }

  /** An invoke of an {@code int} through the generated proxy of a contract. */
  @Benchmark
  public int typedProxyInvoke() {
    return echo.next(next++).join();
  }

  /** A one-way send of 64 bytes (a thousand per call, then one invoke that waits for them). */
  @Benchmark
  @OperationsPerInvocation(SENDS_PER_CALL)
  public byte[] oneWaySend64() {
    for (int i = 0; i < SENDS_PER_CALL; i++) {
      Typed.of(renderer).send(ByteArrayCodec.ONE_WAY, payload);
    }
    return Typed.of(renderer).invoke(ByteArrayCodec.ECHO, payload).join();
  }
}
