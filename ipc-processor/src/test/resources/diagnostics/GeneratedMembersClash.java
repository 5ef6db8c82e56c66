package test;

import java.util.concurrent.CompletableFuture;
import org.typedipc.api.IpcContract;

@IpcContract
interface Files {
  CompletableFuture<String> read(String path);
  // ERROR: [IpcNameClash] Files.readAsync(String) and Files.read(String) both generate the member handleReadAsync in FilesIpc.
  CompletableFuture<String> readAsync(String path);
}
