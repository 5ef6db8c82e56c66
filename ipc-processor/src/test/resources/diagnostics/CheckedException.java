package test;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import org.typedipc.api.IpcContract;

@IpcContract
interface Files {
  // ERROR: [IpcCheckedException] Files.read(String) declares the checked IOException, but a channel cannot carry typed errors yet
  CompletableFuture<String> read(String path) throws IOException;

  // Unchecked exceptions only document the method: allowed.
  void log(String text) throws IllegalArgumentException;
}
