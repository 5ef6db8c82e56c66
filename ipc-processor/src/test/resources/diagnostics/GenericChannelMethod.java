package test;

import org.typedipc.api.IpcContract;

@IpcContract
interface Files {
  // ERROR: [IpcGenericMethod] Files.log(T) declares type parameters, but a channel needs fixed argument and result types.
  <T> void log(T text);
}
