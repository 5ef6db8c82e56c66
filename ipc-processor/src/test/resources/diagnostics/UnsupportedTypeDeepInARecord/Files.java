package test;

import org.typedipc.api.IpcContract;

@IpcContract
public interface Files {
  // ERROR(col 21): [IpcUnsupportedType] Parameter 'config' of Files.apply(Config) cannot cross the wire: java.lang.Thread at Config.plugins[0].handle is a class that is not a record. Make it a record, or carry its data in a record. Supported are primitives and their boxes, String
  void apply(Config config);
}
