package org.typedipc.runtime.wire;

import java.io.IOException;
import java.nio.channels.Pipe;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.Renderer;
import org.typedipc.runtime.RendererOptions;
import org.typedipc.runtime.internal.MainRuntime;
import org.typedipc.runtime.internal.RendererClient;
import org.typedipc.runtime.testing.ConnectedRenderer;

/**
 * Connects a renderer to main over two pipes, the way a launched renderer's standard input and
 * output carry the protocol, but inside one JVM so that the conformance suite can drive both
 * ends.
 */
public final class StreamPair {
  private StreamPair() {}

  private static void closeBoth(java.io.Closeable first, java.io.Closeable second) throws IOException {
    try (first; second) {
      // closing is all there is to do
    }
  }

  public static ConnectedRenderer connect(IpcMain main, RendererOptions options) throws Exception {
    Pipe toMain = Pipe.open();
    Pipe toRenderer = Pipe.open();
    CompletableFuture<Renderer> renderer = new CompletableFuture<>();
    Thread mainSide = new Thread(() -> {
      java.io.Closeable streams = () -> closeBoth(toMain.source(), toRenderer.sink());
      try {
        FrameReader reader = Connection.reader(toMain.source(), options.connectionSettings());
        FrameWriter writer = Connection.writer(toRenderer.sink(), options.connectionSettings());
        Handshake.Hello hello = Handshake.readHello(reader);
        MainSideConnection connection = MainHandshake.complete((MainRuntime) main, hello, reader, writer, streams,
            options.connectionSettings(), null, renderer);
        connection.runReader();
      } catch (IOException | RuntimeException e) {
        renderer.completeExceptionally(e);
      }
    }, "typed-ipc-stream-main");
    mainSide.setDaemon(true);
    mainSide.start();
    java.io.Closeable rendererStreams = () -> closeBoth(toRenderer.source(), toMain.sink());
    RendererClient client = RendererConnector.handshake(toRenderer.source(), toMain.sink(), rendererStreams, new byte[0], options);
    return new ConnectedRenderer(client, renderer.get(10, TimeUnit.SECONDS));
  }
}
