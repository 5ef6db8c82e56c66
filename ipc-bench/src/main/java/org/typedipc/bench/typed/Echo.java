package org.typedipc.bench.typed;

import java.util.concurrent.CompletableFuture;
import org.typedipc.api.IpcContract;

/** Invoke channels that answer their argument: the typed paths the benchmark times. */
@IpcContract
public interface Echo {
  CompletableFuture<Point> echo(Point point);

  CompletableFuture<Integer> next(int value);
}
