package test;

import org.typedipc.api.IpcContract;

@IpcContract
public interface Api extends Lifecycle {
  void log(String text);
}
