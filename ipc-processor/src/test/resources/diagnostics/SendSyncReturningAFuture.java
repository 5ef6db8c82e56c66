package test;

import java.util.concurrent.CompletableFuture;
import org.typedipc.api.IpcContract;
import org.typedipc.api.SendSync;

@IpcContract
interface Files {
  @SendSync
  // ERROR: [IpcSendSyncFuture] @SendSync method Files.name() returns java.util.concurrent.CompletableFuture<java.lang.String>
  CompletableFuture<String> name();
}
