package test;

import org.typedipc.api.IpcEvents;
import org.typedipc.api.SendSync;

@IpcEvents
interface Progress {
  // ERROR(col 3): [IpcEventsKindAnnotation] @SendSync is for @IpcContract methods, but Progress.progress(String) belongs to @IpcEvents Progress
  @SendSync
  // ERROR(col 7): [IpcEventReturnsValue] Event method Progress.progress(String) returns int, but events from main to renderers are fire-and-forget. Return void.
  int progress(String task);
}
