package b;

import org.typedipc.api.IpcContract;
import org.typedipc.api.Send;

public class ApiB {
  @IpcContract
  public interface Api {
    // ERROR: [IpcDuplicateChannel] Channel "Api:ping" of b.ApiB.Api.ping(String) is already used by a.ApiA.Api.ping(String) in this compilation.
    @Send
    void ping(String from);
  }
}
