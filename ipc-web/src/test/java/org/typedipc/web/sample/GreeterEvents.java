package org.typedipc.web.sample;

import java.util.concurrent.CompletableFuture;
import org.typedipc.api.IpcEvents;

/** What main sends to and asks of the sample page. */
@IpcEvents
public interface GreeterEvents {
  void tick(int n, long total);

  /** Main asks; the page's handler answers. */
  CompletableFuture<String> question(String text);

  /** Main tells the page what it answered, so that the page shows the whole round trip. */
  void answered(String answer);
}
