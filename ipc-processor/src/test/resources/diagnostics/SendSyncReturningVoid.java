package test;

import org.typedipc.api.IpcContract;
import org.typedipc.api.SendSync;

@IpcContract
interface Files {
  @SendSync
  // ERROR: [IpcSendSyncVoid] @SendSync method Files.flush() returns void
  void flush();
}
