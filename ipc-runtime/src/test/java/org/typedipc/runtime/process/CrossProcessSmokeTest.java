package org.typedipc.runtime.process;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.Renderer;
import org.typedipc.runtime.RendererLaunch;
import org.typedipc.runtime.TransportKind;

@Timeout(30)
class CrossProcessSmokeTest {
  @ParameterizedTest
  @EnumSource(TransportKind.class)
  void launchedRendererInvokesMain(TransportKind transport) throws Exception {
    try (IpcMain main = IpcMain.create()) {
      LinkedBlockingQueue<Object> got = new LinkedBlockingQueue<>();
      main.handle("echo", (event, args) -> "echo:" + args[0]);
      main.on("invoked", (event, args) -> got.add(args[0]));
      CompletableFuture<Object> ready = new CompletableFuture<>();
      main.on("ready", (event, args) -> ready.complete(args[0]));
      Renderer renderer = main.launch(RendererLaunch.mainClass(EchoRenderer.class.getName()).withTransport(transport))
          .get(20, TimeUnit.SECONDS);
      assertEquals(renderer.processId(), ((Number) ready.get(20, TimeUnit.SECONDS)).longValue());
      renderer.send("command", List.of("invoke", "echo", "hi"));
      assertEquals("echo:hi", got.poll(10, TimeUnit.SECONDS));
    }
  }
}
