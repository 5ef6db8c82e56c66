package org.typedipc.blackbox.conformance;

import org.typedipc.api.Event;
import org.typedipc.api.IpcEvents;
import org.typedipc.blackbox.conformance.Conformance.Sample;

/** The main → renderer events of the typed conformance suite. */
@IpcEvents
public interface ConformanceEvents {
  @Event("conf:pong")
  void pong(String text);

  @Event("conf:seq")
  void seq(int i);

  @Event("conf:sample")
  void sample(Sample sample);

  @Event("conf:frame-fence")
  void fence(int token);
}
