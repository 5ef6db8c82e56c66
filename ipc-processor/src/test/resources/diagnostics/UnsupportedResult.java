package test;

import java.util.concurrent.CompletableFuture;
import org.typedipc.api.IpcContract;

@IpcContract
interface Files {
  // ERROR: [IpcUnsupportedType] The result of Files.read(String) cannot cross the wire: java.lang.Object at Object is java.lang.Object. Use a concrete type;
  CompletableFuture<Object> read(String path);
}
