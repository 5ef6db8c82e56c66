package test;

import java.util.concurrent.Flow;
import org.typedipc.api.IpcEvents;

@IpcEvents
public interface Indexer {
  Flow.Publisher<String> files(String folder);

  void stop();
}
