package org.typedipc.runtime.process;

import java.util.concurrent.Flow;
import org.typedipc.runtime.IpcRenderer;
import org.typedipc.runtime.RendererProcess;
import org.typedipc.runtime.testing.CountingPublisher;

/**
 * A renderer process for the stream process tests: it produces an endless stream on {@code
 * "ticks"} for main, and subscribes to main's {@code "endless"} stream, telling main on {@code
 * "streaming"} once 100 items arrived, then consuming on until it is killed. It sends {@code
 * "ready"} with its process id first.
 */
public final class StreamingRenderer {
  private StreamingRenderer() {}

  public static void main(String[] args) {
    RendererProcess.run(connection -> serve(connection.ipcRenderer()));
  }

  private static void serve(IpcRenderer ipc) {
    ipc.handleStream("ticks", (event, args) -> CountingPublisher.endless());
    ipc.stream("endless").subscribe(new Flow.Subscriber<Object>() {
      private Flow.Subscription subscription;
      private long received;

      @Override
      public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        s.request(10);
      }

      @Override
      public void onNext(Object item) {
        if (++received == 100) {
          ipc.send("streaming", received);
        }
        subscription.request(1);
      }

      @Override
      public void onError(Throwable failure) {}

      @Override
      public void onComplete() {}
    });
    ipc.send("ready", ProcessHandle.current().pid());
  }
}
