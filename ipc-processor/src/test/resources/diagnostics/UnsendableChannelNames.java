package test;

import org.typedipc.api.IpcContract;
import org.typedipc.api.Send;

@IpcContract
interface Files {
  // ERROR(col 9): [IpcUnsendableChannel] The channel name of Files.log(String) cannot cross the wire: it contains the control or line separator character U+2028 at index 3. Use printable characters only.
  @Send("log\u2028two")
  void log(String text);

  // ERROR(col 9): [IpcUnsendableChannel] The channel name of Files.trace(String) cannot cross the wire: it contains an unpaired surrogate U+D800 at index 5, which UTF-8 cannot encode.
  @Send("trace\uD800")
  void trace(String text);

  // A paired surrogate is one code point, and crosses the wire.
  @Send("note\uD83D\uDCDD")
  void note(String text);
}
