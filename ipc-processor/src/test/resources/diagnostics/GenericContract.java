package test;

import org.typedipc.api.IpcContract;

@IpcContract
// ERROR: [IpcGenericContract] Files declares type parameters
interface Files<T> {
  void log(String text);
}
