package test;

import org.typedipc.api.IpcContract;

@IpcContract
interface Files {
  // ERROR: [IpcNameClash] Files.descriptor(String) and the companion itself both generate the member DESCRIPTOR
  void descriptor(String text);
}
