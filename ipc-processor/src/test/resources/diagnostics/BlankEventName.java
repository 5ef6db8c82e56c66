package test;

import org.typedipc.api.Event;
import org.typedipc.api.IpcEvents;

@IpcEvents
interface Progress {
  // ERROR(col 10): [IpcBlankChannel] The channel name of Progress.step(int) is blank. Name the channel, or remove @Event to use "Progress:step".
  @Event("")
  void step(int n);
}
