package test;

import org.typedipc.api.IpcContract;
import org.typedipc.api.IpcEvents;

@IpcContract
// ERROR: [IpcContractAndEvents] Files has both @IpcContract and @IpcEvents
@IpcEvents
interface Files {
  void log(String text);
}
