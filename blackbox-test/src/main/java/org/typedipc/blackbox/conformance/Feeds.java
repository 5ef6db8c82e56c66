package org.typedipc.blackbox.conformance;

import java.util.concurrent.Flow;
import org.typedipc.api.IpcContract;

/** Streams a renderer opens and main produces, for the typed stream conformance tests. */
@IpcContract
public interface Feeds {
  /** {@code count} quotes of {@code symbol}, then the end; fails with {@link Closed} if the market is. */
  Flow.Publisher<Quote> quotes(String symbol, int count) throws Closed;

  record Quote(String symbol, long price) {}

  class Closed extends Exception {
    private static final long serialVersionUID = 1L;

    private final String market;

    public Closed(String market) {
      super(market + " is closed");
      this.market = market;
    }

    public String market() {
      return market;
    }
  }
}
