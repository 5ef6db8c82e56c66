package test;

import org.typedipc.api.IpcContract;

// ERROR(col 1): [IpcNotInterface] @IpcContract applies to interfaces, but Files is a class. Declare the contract as an interface.
@IpcContract
abstract class Files {
  public abstract void log(String text);
}
