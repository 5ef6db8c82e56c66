package test;

import java.util.concurrent.CompletableFuture;
import org.typedipc.api.IpcContract;

class Outer extends other.Base {
  @IpcContract
  interface Api {
    // ERROR: [IpcExceptionShape] Api.call() declares other.Base.Refused, which cannot cross the wire as a typed error: it is not public and belongs to another package than test, where the generated code lives.
    CompletableFuture<String> call() throws Refused;
  }
}
