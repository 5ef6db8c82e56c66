package test;

import java.util.concurrent.CompletableFuture;
import org.typedipc.api.IpcContract;
import org.typedipc.api.IpcEvents;

@IpcContract
interface Files {
  // ERROR: [IpcCheckedException] Files.log(String) declares the checked NotReady, but a send has no answer to carry it to the caller. Remove it from the throws clause, or make the channel an @Invoke or @SendSync.
  void log(String text) throws NotReady;

  // Unchecked exceptions only document the method: allowed on every kind.
  void trace(String text) throws IllegalArgumentException;

  // A declared checked exception of an invoke: allowed.
  CompletableFuture<String> read(String path) throws NotReady;
}

@IpcEvents
interface FileEvents {
  // ERROR: [IpcCheckedException] FileEvents.changed(String) declares the checked NotReady, but an event has no answer
  void changed(String path) throws NotReady;
}

class NotReady extends Exception {
  private static final long serialVersionUID = 1L;

  NotReady() {}
}
