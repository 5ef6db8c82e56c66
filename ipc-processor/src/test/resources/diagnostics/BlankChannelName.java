package test;

import org.typedipc.api.IpcContract;
import org.typedipc.api.Send;

@IpcContract
interface Files {
  // ERROR(col 9): [IpcBlankChannel] The channel name of Files.log(String) is blank. Name the channel, or write @Send without a value to use "Files:log".
  @Send("  ")
  void log(String text);
}
