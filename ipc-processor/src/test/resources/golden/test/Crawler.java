package test;

import java.util.concurrent.Flow;
import org.typedipc.api.IpcEvents;

@IpcEvents
public interface Crawler {
  Flow.Publisher<String> pages(String site, int depth) throws BusyException;

  Flow.Publisher<Long> sizes();
}
