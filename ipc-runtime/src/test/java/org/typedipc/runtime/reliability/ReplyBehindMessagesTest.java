package org.typedipc.runtime.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.typedipc.runtime.ConnectionSettings;
import org.typedipc.runtime.IpcDisconnectedException;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.IpcMainOptions;
import org.typedipc.runtime.RendererAcceptor;
import org.typedipc.runtime.RendererConnection;
import org.typedipc.runtime.RendererGone;
import org.typedipc.runtime.RendererInvitation;
import org.typedipc.runtime.RendererOptions;
import org.typedipc.runtime.RendererProcess;
import org.typedipc.runtime.TransportKind;

/**
 * A listener of main that waits for a renderer's reply while main holds that renderer's messages
 * back (its credit is used up, and the reply comes after the messages): main reads on while its
 * invoke waits, so the reply arrives at once instead of at the deadline; past its held-bytes limit
 * main drops the renderer, saying why, instead of growing its heap.
 */
@Timeout(120)
class ReplyBehindMessagesTest {
  private static final Duration DEADLINE = Duration.ofSeconds(20);
  private IpcMain main;

  @AfterEach
  void closeMain() {
    main.close();
  }

  private RendererAcceptor listen(long credit, long total) {
    ConnectionSettings settings = ConnectionSettings.defaults().withInboundCredit(credit, total);
    main = IpcMain.create(IpcMainOptions.defaults().withConnectionSettings(settings));
    return main.listen(TransportKind.UNIX_SOCKET);
  }

  /** Sends {@code count} messages of 1 KiB on {@code "msg"} from a thread of the renderer's own. */
  private static void flood(RendererConnection renderer, int count) {
    Thread flood = new Thread(() -> {
      try {
        for (int i = 0; i < count; i++) {
          renderer.ipcRenderer().send("msg", (Object) new byte[1024]);
        }
      } catch (IpcDisconnectedException e) {
        // dropped: what the second test waits for
      }
    }, "renderer-flood");
    flood.setDaemon(true);
    flood.start();
  }

  @Test
  void aListenerWaitingForARepliesBehindHeldMessagesGetsItAtOnce() throws Exception {
    RendererAcceptor listener = listen(8 << 10, 16 << 20);
    CompletableFuture<Object> answered = new CompletableFuture<>();
    main.on("msg", (event, args) -> {
      if (!answered.isDone()) {
        long start = System.nanoTime();
        try {
          Object reply = event.sender().invoke(DEADLINE, "answer").get();
          answered.complete(reply + " after " + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) + " ms");
        } catch (Exception e) {
          answered.complete(e);
        }
      }
    });
    try (RendererConnection renderer = RendererProcess.connect(listener.invite().endpoint(), RendererOptions.defaults())) {
      renderer.ipcRenderer().handle("answer", (event, args) -> "pong");
      renderer.ready();
      flood(renderer, 2000);
      Object outcome = answered.get(60, TimeUnit.SECONDS);
      assertTrue(outcome instanceof String && ((String) outcome).startsWith("pong after "), String.valueOf(outcome));
      long millis = Long.parseLong(((String) outcome).replaceAll("\\D", ""));
      assertTrue(millis < 5000, "the reply took " + millis + " ms, deadline " + DEADLINE.toMillis());
      System.getLogger(getClass().getName()).log(System.Logger.Level.INFO, "a reply behind 2000 held messages (credit 8 KiB): "
          + millis + " ms (bound 5000 ms; deadline " + DEADLINE.toMillis() + " ms)");
    }
  }

  @Test
  void pastItsHeldLimitMainDropsTheRendererSayingWhy() throws Exception {
    RendererAcceptor listener = listen(8 << 10, 64 << 10);
    CompletableFuture<Boolean> waiting = new CompletableFuture<>();
    main.on("msg", (event, args) -> {
      if (waiting.complete(true)) {
        try {
          event.sender().invoke(DEADLINE, "never").get();
        } catch (Exception e) {
          // the renderer was dropped: its invoke fails, which is what the test waits for
        }
      }
    });
    RendererInvitation invitation = listener.invite();
    try (RendererConnection renderer = RendererProcess.connect(invitation.endpoint(), RendererOptions.defaults())) {
      renderer.ipcRenderer().handle("never", (event, args) -> new CompletableFuture<>());
      renderer.ready();
      CompletableFuture<RendererGone> gone = invitation.renderer().get(10, TimeUnit.SECONDS).whenGone().toCompletableFuture();
      flood(renderer, 100_000);
      RendererGone why = gone.get(30, TimeUnit.SECONDS);
      assertEquals(RendererGone.Reason.DISCONNECTED, why.reason(), why.toString());
      assertTrue(why.detail().contains("over the limit of " + (64 << 10)), why.detail());
      String closed = renderer.whenClosed().toCompletableFuture().get(30, TimeUnit.SECONDS);
      assertTrue(closed.contains("over the limit of " + (64 << 10)), closed);
    }
  }
}
