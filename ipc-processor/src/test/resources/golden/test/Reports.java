package test;

import java.util.concurrent.CompletableFuture;
import org.typedipc.api.IpcContract;
import org.typedipc.api.SendSync;

/** A contract whose package defines records named like the java.lang types the companion writes. */
@IpcContract
public interface Reports {
  CompletableFuture<Error> latest(Override filter);

  void file(Error error, Void reason);

  CompletableFuture<java.lang.Void> clear();

  @SendSync
  int count();
}
