package test;

import org.typedipc.api.IpcContract;
import org.typedipc.api.Send;

@IpcContract
interface Files {
  @Send("log")
  // ERROR: [IpcSendReturnsValue] @Send method Files.log(String) returns java.lang.String, but a send is fire-and-forget. Return void
  String log(String text);
}
