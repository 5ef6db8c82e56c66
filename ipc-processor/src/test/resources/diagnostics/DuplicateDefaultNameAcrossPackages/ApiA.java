package a;

import org.typedipc.api.IpcContract;

public class ApiA {
  @IpcContract
  public interface Api {
    void ping(String from);
  }
}
