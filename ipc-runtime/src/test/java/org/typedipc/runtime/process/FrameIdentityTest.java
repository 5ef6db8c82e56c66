package org.typedipc.runtime.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.typedipc.runtime.EmbeddedRenderer;
import org.typedipc.runtime.Frame;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.IpcRenderer;
import org.typedipc.runtime.Renderer;
import org.typedipc.runtime.RendererConnection;
import org.typedipc.runtime.RendererInvitation;
import org.typedipc.runtime.RendererLaunch;
import org.typedipc.runtime.RendererOptions;
import org.typedipc.runtime.RendererProcess;
import org.typedipc.runtime.TransportKind;

/**
 * (process id, frame id) names one frame within a main, for embedded renderers, renderers this JVM
 * connects twice over a socket, and launched renderer processes; {@code ipcMain.frame} finds it.
 */
@Timeout(120)
class FrameIdentityTest {
  @TempDir
  Path temp;
  private IpcMain main;

  @BeforeEach
  void createMain() {
    main = IpcMain.create();
  }

  @AfterEach
  void closeMain() {
    main.close();
  }

  private Renderer launch(TransportKind transport) throws Exception {
    CompletableFuture<Object> ready = new CompletableFuture<>();
    main.once("ready", (event, args) -> ready.complete(List.of(event.processId(), event.frameId())));
    Renderer renderer = main.launch(RendererLaunch.mainClass(EchoRenderer.class.getName()).withTransport(transport)
        .withErrorOutput(temp.resolve("renderer-errors.txt"))).get(60, TimeUnit.SECONDS);
    assertEquals(List.of(renderer.processId(), renderer.mainFrame().id()), ready.get(60, TimeUnit.SECONDS),
        "the renderer's messages carry the pair main knows its main frame by");
    return renderer;
  }

  private Renderer connectOverSocket() throws Exception {
    RendererInvitation invitation = main.listen(TransportKind.UNIX_SOCKET).invite();
    RendererConnection connection = RendererProcess.connect(invitation.endpoint(), RendererOptions.defaults());
    Renderer renderer = invitation.renderer().get(30, TimeUnit.SECONDS);
    assertEquals(connection.ipcRenderer().frameId(), renderer.mainFrame().id());
    return renderer;
  }

  @Test
  void everyMainFrameHasItsOwnPairAndIsFoundByIt() throws Exception {
    EmbeddedRenderer firstEmbedded = main.embedRenderer();
    EmbeddedRenderer secondEmbedded = main.embedRenderer();
    List<Renderer> renderers = new ArrayList<>(List.of(firstEmbedded.renderer(), secondEmbedded.renderer(),
        connectOverSocket(), connectOverSocket(), launch(TransportKind.STDIO), launch(TransportKind.UNIX_SOCKET)));

    Set<List<Long>> pairs = new HashSet<>();
    for (Renderer renderer : renderers) {
      Frame mainFrame = renderer.mainFrame();
      assertTrue(pairs.add(List.of(renderer.processId(), (long) mainFrame.id())), "pair of " + renderer + " repeats: " + pairs);
      assertSame(mainFrame, main.frame(renderer.processId(), mainFrame.id()).orElseThrow());
    }
    assertEquals(firstEmbedded.ipcRenderer().frameId(), firstEmbedded.renderer().mainFrame().id());
  }

  @Test
  void aSubframeIsFoundUntilItClosesAndUnknownPairsAreEmpty() {
    EmbeddedRenderer first = main.embedRenderer();
    EmbeddedRenderer second = main.embedRenderer();
    IpcRenderer sub = first.openFrame(first.ipcRenderer());
    long pid = first.renderer().processId();

    Frame found = main.frame(pid, sub.frameId()).orElseThrow();
    assertSame(first.renderer(), found.renderer());
    assertEquals(Optional.empty(), main.frame(pid + 1, sub.frameId()), "another process has no such frame");
    assertEquals(Optional.empty(), main.frame(pid, Integer.MAX_VALUE));

    sub.close();
    assertEquals(Optional.empty(), main.frame(pid, sub.frameId()), "a closed frame is not found");
    second.close();
    assertEquals(Optional.empty(), main.frame(pid, second.ipcRenderer().frameId()), "a gone renderer's frames are not found");
  }
}
