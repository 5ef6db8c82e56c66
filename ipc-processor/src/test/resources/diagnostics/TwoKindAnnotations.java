package test;

import org.typedipc.api.IpcContract;
import org.typedipc.api.Send;
import org.typedipc.api.SendSync;

@IpcContract
interface Files {
  @Send
  // ERROR(col 3): [IpcConflictingKinds] Files.log(String) has both @Send and @SendSync
  @SendSync
  void log(String text);
}
