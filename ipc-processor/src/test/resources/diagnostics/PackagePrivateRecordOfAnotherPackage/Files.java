package test;

import org.typedipc.api.IpcContract;

@IpcContract
public interface Files {
  // ERROR: other.Hidden at Wrapper.hidden is not accessible from package test
  void open(other.Wrapper wrapper);
}
