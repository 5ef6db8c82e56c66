package test;

import org.typedipc.api.IpcContract;

// ERROR: [IpcEmptyContract] Files declares no channel
@IpcContract
interface Files {
  default void log(String text) {}
}
