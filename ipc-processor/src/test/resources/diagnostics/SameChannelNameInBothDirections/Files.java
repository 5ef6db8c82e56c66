package test;

import org.typedipc.api.IpcContract;
import org.typedipc.api.Send;

/** Sends go from renderers to main and events the other way, so one name may serve both. */
@IpcContract
public interface Files {
  @Send("log")
  void log(String text);
}
