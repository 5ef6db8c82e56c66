package test;

import java.util.concurrent.CompletableFuture;
import org.typedipc.api.IpcContract;

@IpcContract
interface Files {
  // ERROR: [IpcNameClash] Files.handle(String) and the runtime's listener interface both generate the member handle in FilesIpc.
  CompletableFuture<String> handle(String request);
}
