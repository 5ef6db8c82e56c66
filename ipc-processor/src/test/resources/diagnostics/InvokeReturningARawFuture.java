package test;

import java.util.concurrent.CompletableFuture;
import org.typedipc.api.IpcContract;

@IpcContract
interface Files {
  @SuppressWarnings("rawtypes")
  // ERROR: [IpcInvokeRawFuture] @Invoke method Files.read(String) returns java.util.concurrent.CompletableFuture without a type argument.
  CompletableFuture read(String path);
}
