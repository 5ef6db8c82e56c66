package test;

import org.typedipc.api.Invoke;
import org.typedipc.api.IpcContract;

@IpcContract
interface Files {
  @Invoke("files:read")
  // ERROR: [IpcInvokeNotAsync] @Invoke method Files.read(String) returns java.lang.String, but an invoke is answered asynchronously. Return CompletableFuture<R> or CompletionStage<R>
  String read(String path);
}
