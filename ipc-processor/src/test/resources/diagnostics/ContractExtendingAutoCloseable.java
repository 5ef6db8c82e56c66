package test;

import org.typedipc.api.IpcContract;

@IpcContract
// ERROR: [IpcLibraryMethod] Files inherits the abstract method close() from java.lang.AutoCloseable, which would become a channel.
interface Files extends AutoCloseable {
  void log(String text);
}
