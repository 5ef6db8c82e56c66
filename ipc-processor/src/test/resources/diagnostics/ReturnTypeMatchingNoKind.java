package test;

import org.typedipc.api.IpcContract;

@IpcContract
interface Files {
  // ERROR: [IpcNoKind] Files.count() returns int, which matches no channel kind: void is a @Send and CompletableFuture<R> or CompletionStage<R> is an @Invoke. Annotate it with @SendSync
  int count();
}
