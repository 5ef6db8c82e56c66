package test;

import java.util.concurrent.Flow;
import org.typedipc.api.IpcContract;

@IpcContract
interface Search {
  @SuppressWarnings("rawtypes")
  // ERROR: [IpcStreamRawPublisher] Stream method Search.hits(String) returns java.util.concurrent.Flow.Publisher without a type argument.
  Flow.Publisher hits(String query);
}
