package test;

import org.typedipc.api.Event;
import org.typedipc.api.IpcEvents;

@IpcEvents
public interface Progress {
  @Event("log")
  void log(String text);
}
