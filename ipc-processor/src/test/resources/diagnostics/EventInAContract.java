package test;

import org.typedipc.api.Event;
import org.typedipc.api.IpcContract;

@IpcContract
interface Files {
  // ERROR(col 3): [IpcEventOutsideEvents] @Event names a channel of an @IpcEvents interface, but Files is not annotated with @IpcEvents.
  @Event("log")
  void log(String text);
}
