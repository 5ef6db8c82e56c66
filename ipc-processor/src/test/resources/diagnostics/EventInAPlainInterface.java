package test;

import org.typedipc.api.Event;

interface Progress {
  // ERROR(col 3): [IpcEventOutsideEvents] @Event names a channel of an @IpcEvents interface, but Progress is not annotated with @IpcEvents.
  @Event("jobs:progress")
  void progress(int percent);
}
