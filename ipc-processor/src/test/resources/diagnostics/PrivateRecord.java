package test;

import org.typedipc.api.IpcContract;

class Outer {
  private record Secret(String value) {}

  @IpcContract
  public interface Files {
    // ERROR: [IpcInaccessibleType] Parameter 'secret' of Files.open(Secret) cannot cross the wire: test.Outer.Secret at Secret is not accessible from package test, where the generated OuterFilesIpc lives.
    void open(Secret secret);
  }
}
