package test;

import java.util.concurrent.CompletableFuture;
import org.typedipc.api.Invoke;
import org.typedipc.api.IpcContract;
import org.typedipc.api.Send;

// The duplicate is reported on the contract javac reads second; one file fixes that order.
class DuplicateChannelInOneCompilation {
  @IpcContract
  interface Files {
    @Send("log")
    void log(String text);
  }

  @IpcContract
  interface Audit {
    // ERROR(col 13): [IpcDuplicateChannel] Channel "log" of Audit.record(String) is already used by Files.log(String) in this compilation.
    @Invoke("log")
    CompletableFuture<Void> record(String entry);
  }
}
