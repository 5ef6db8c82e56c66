package org.typedipc.runtime.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.IpcMainOptions;
import org.typedipc.runtime.IpcWarning;
import org.typedipc.runtime.Renderer;
import org.typedipc.runtime.RendererLaunch;

/**
 * One main's warnings go to the consumer its options name, with what went wrong, where and why:
 * a failed handler, an invoke nobody serves, a renderer process that died.
 */
@Timeout(60)
class WarningSinkTest {
  private final LinkedBlockingQueue<IpcWarning> warnings = new LinkedBlockingQueue<>();
  private final IpcMain main = IpcMain.create(IpcMainOptions.defaults().withWarnings(warnings::add));

  @AfterEach
  void closeMain() {
    main.close();
  }

  @Test
  void theSinkGetsFailedHandlersUnservedInvokesAndGoneRenderers() throws Exception {
    IllegalStateException boom = new IllegalStateException("boom");
    main.handle("explode", (event, args) -> {
      throw boom;
    });
    LinkedBlockingQueue<Object> invoked = new LinkedBlockingQueue<>();
    main.on("invoked", (event, args) -> invoked.add(args[0]));
    CompletableFuture<Object> ready = new CompletableFuture<>();
    main.once("ready", (event, args) -> ready.complete(args[0]));
    Renderer renderer = main.launch(RendererLaunch.mainClass(EchoRenderer.class.getName())).get(30, TimeUnit.SECONDS);
    ready.get(30, TimeUnit.SECONDS);

    renderer.send("command", List.of("invoke", "explode", 1));
    assertEquals("failed: Error invoking remote method 'explode': java.lang.IllegalStateException: boom",
        invoked.poll(20, TimeUnit.SECONDS));
    IpcWarning failed = next();
    assertEquals(IpcWarning.Kind.HANDLER_FAILED, failed.kind());
    assertEquals("explode", failed.channel());
    assertEquals(renderer.id(), failed.rendererId());
    assertEquals("Error occurred in handler for 'explode':", failed.message());
    assertEquals(boom, failed.cause());

    renderer.send("command", List.of("invoke", "nobody", 1));
    assertNotNull(invoked.poll(20, TimeUnit.SECONDS));
    IpcWarning unserved = next();
    assertEquals(IpcWarning.Kind.NO_HANDLER, unserved.kind());
    assertEquals("nobody", unserved.channel());
    assertEquals(renderer.id(), unserved.rendererId());
    assertEquals("Error invoking remote method 'nobody': No handler registered for 'nobody'", unserved.message());
    assertNull(unserved.cause());

    renderer.send("command", List.of("exit", 3));
    renderer.whenGone().toCompletableFuture().get(20, TimeUnit.SECONDS);
    IpcWarning gone = next();
    assertEquals(IpcWarning.Kind.RENDERER_GONE, gone.kind());
    assertNull(gone.channel());
    assertEquals(renderer.id(), gone.rendererId());
    assertTrue(gone.message().startsWith("Renderer #" + renderer.id() + " is gone (ABNORMAL_EXIT): "), gone.message());
    assertNull(warnings.poll(), () -> "no other warning: " + warnings);
  }

  @Test
  void aListenerFailureReachesTheSinkWithItsException() throws Exception {
    main.on("ping", (event, args) -> {
      throw new IllegalArgumentException("listener bug");
    });
    main.embedRenderer().ipcRenderer().send("ping");
    IpcWarning failed = next();
    assertEquals(IpcWarning.Kind.LISTENER_FAILED, failed.kind());
    assertEquals("ping", failed.channel());
    assertInstanceOf(IllegalArgumentException.class, failed.cause());
  }

  @Test
  void aRendererClosedByMainIsNoWarning() throws Exception {
    Renderer renderer = main.embedRenderer().renderer();
    renderer.close();
    renderer.whenGone().toCompletableFuture().get(20, TimeUnit.SECONDS);
    assertNull(warnings.poll(200, TimeUnit.MILLISECONDS));
  }

  private IpcWarning next() throws InterruptedException {
    IpcWarning warning = warnings.poll(20, TimeUnit.SECONDS);
    assertNotNull(warning, "a warning within 20 s");
    return warning;
  }
}
