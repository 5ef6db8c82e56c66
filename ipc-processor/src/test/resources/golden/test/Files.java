package test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.typedipc.api.Invoke;
import org.typedipc.api.IpcContract;
import org.typedipc.api.MainFrameOnly;
import org.typedipc.api.Send;
import org.typedipc.api.SendSync;

@IpcContract
public interface Files {
  @MainFrameOnly
  @Invoke("files:read")
  CompletableFuture<FileContent> read(String path);

  @Send("log")
  void log(Level level, String text);

  @SendSync("config:get")
  int pageSize();

  CompletionStage<Void> delete(String path);
}
