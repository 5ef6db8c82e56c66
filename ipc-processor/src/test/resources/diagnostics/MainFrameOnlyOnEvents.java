package test;

import org.typedipc.api.IpcEvents;
import org.typedipc.api.MainFrameOnly;

@IpcEvents
interface Progress {
  // ERROR(col 3): [IpcMainFrameOnlyInEvents] @MainFrameOnly on Progress.step(int), a method main calls: only main checks senders, so it belongs on a method of an @IpcContract, which renderers call. Remove it here.
  @MainFrameOnly
  void step(int percent);
}
