package test;

import org.typedipc.api.IpcContract;

class Outer {
  @IpcContract
  // ERROR: [IpcInaccessibleContract] Files is private or inside a private type, so the generated OuterFilesIpc cannot implement it.
  private interface Files {
    void log(String text);
  }
}
