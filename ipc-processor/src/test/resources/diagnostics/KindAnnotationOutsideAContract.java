package test;

import java.util.concurrent.CompletableFuture;
import org.typedipc.api.Invoke;

interface Files {
  // ERROR(col 3): [IpcMissingContract] @Invoke on Files.read(String) has no effect because Files is not annotated with @IpcContract and no contract of this compilation extends it.
  @Invoke("files:read")
  CompletableFuture<String> read(String path);
}
