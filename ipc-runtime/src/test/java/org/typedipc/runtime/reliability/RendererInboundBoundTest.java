package org.typedipc.runtime.reliability;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.typedipc.runtime.reliability.LaunchedRenderers.command;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.typedipc.runtime.IpcDisconnectedException;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.IpcMainEvent;
import org.typedipc.runtime.Renderer;
import org.typedipc.runtime.RendererGone;
import org.typedipc.runtime.TransportKind;

/**
 * While a renderer process waits in {@code sendSync}, its reader must read on (the reply may come
 * after main's messages), but not without limit: past its held-bytes limit it closes, saying why,
 * instead of running out of memory.
 */
@Timeout(120)
class RendererInboundBoundTest {
  static final long HELD_LIMIT = 4 << 20;

  private IpcMain main;

  @BeforeEach
  void createMain() {
    main = IpcMain.create();
  }

  @AfterEach
  void closeMain() {
    main.close();
  }

  /** Over pipes too: closing both at once would break main's pipe, and main would see that, not the CLOSE. */
  @ParameterizedTest
  @EnumSource(value = TransportKind.class, names = {"UNIX_SOCKET", "STDIO"})
  void aRendererWaitingInSendSyncClosesPastItsHeldLimitInsteadOfFillingItsHeap(TransportKind transport) throws Exception {
    Renderer renderer = new LaunchedRenderers(main)
        .launch(LaunchedRenderers.of(transport).withArgs(Long.toString(HELD_LIMIT)));
    CompletableFuture<IpcMainEvent> waiting = new CompletableFuture<>();
    main.on("slow-sync", (event, args) -> waiting.complete(event)); // answered never
    command(renderer, "sync", "slow-sync");
    waiting.get(30, TimeUnit.SECONDS);

    CompletableFuture<RuntimeException> floodEnded = new CompletableFuture<>();
    long sent = 0;
    byte[] payload = new byte[64 << 10];
    try {
      while (sent < 16 * HELD_LIMIT) {
        renderer.send("to-renderer", payload);
        sent += payload.length;
      }
    } catch (RuntimeException e) {
      floodEnded.complete(e);
    }
    RendererGone gone = renderer.whenGone().toCompletableFuture().get(30, TimeUnit.SECONDS);
    // The renderer closed and its process exited normally, not by an OutOfMemoryError. Its CLOSE
    // carries the reason although main's bytes were still in flight: the renderer half-closed and
    // read on until main closed, so its close reset nothing.
    assertTrue(gone.reason() == RendererGone.Reason.CLOSED || gone.reason() == RendererGone.Reason.CLEAN_EXIT, gone.toString());
    assertTrue(gone.detail().contains("while a call waited"), gone.detail());
    assertInstanceOf(IpcDisconnectedException.class, floodEnded.getNow(null), "main kept sending " + sent + " bytes");
    System.getLogger(getClass().getName()).log(System.Logger.Level.INFO,
        transport + ": renderer closed after main sent " + (sent >> 20) + " MiB while its sendSync waited (held limit " + (HELD_LIMIT >> 20)
            + " MiB): " + gone.detail());
  }
}
