package test;

import org.typedipc.api.IpcContract;

@IpcContract
interface Files {
  void log(String text);
  // ERROR: [IpcOverload] Files.log(String, int) overloads Files.log(String)
  void log(String text, int level);
}
