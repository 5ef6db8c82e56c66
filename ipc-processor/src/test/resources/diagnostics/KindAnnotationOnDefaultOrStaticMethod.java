package test;

import org.typedipc.api.IpcContract;
import org.typedipc.api.Send;

@IpcContract
interface Files {
  void log(String text);

  // ERROR(col 3): [IpcKindOnConcreteMethod] @Send on Files.logTwice(String) has no effect because the method is default: only abstract methods are channels.
  @Send
  default void logTwice(String text) {
    log(text);
    log(text);
  }

  // ERROR(col 3): [IpcKindOnConcreteMethod] @Send on Files.describe() has no effect because the method is static
  @Send
  static void describe() {}
}
