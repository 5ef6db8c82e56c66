package org.typedipc.blackbox.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.typedipc.runtime.testing.Waits.AT_ONCE;
import static org.typedipc.runtime.testing.Waits.SHORT_DEADLINE;
import static org.typedipc.runtime.testing.Waits.assertThrowsAtOnce;
import static org.typedipc.runtime.testing.Waits.sleep;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.typedipc.runtime.spi.Typed;
import org.typedipc.runtime.IpcDisconnectedException;
import org.typedipc.runtime.IpcMainEvent;
import org.typedipc.runtime.IpcNoHandlerException;
import org.typedipc.runtime.IpcRenderer;
import org.typedipc.runtime.IpcTimeoutException;
import org.typedipc.runtime.RendererOptions;
import org.typedipc.runtime.testing.ConnectedRenderer;
import org.typedipc.runtime.testing.OverEveryTransport;

/**
 * Typed {@code sendSync}: the listener's value, answering later, no listener, the deadline, and
 * closing while it waits.
 */
@OverEveryTransport
class TypedSendSyncConformanceTest extends TypedConformanceFixture {
  private static Thread later(long millis, Runnable action) {
    Thread thread = new Thread(() -> {
      sleep(millis);
      action.run();
    }, "typed-conformance-later");
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  @Test
  void typedSendSyncReturnsTheListenersValueAndNullIsAValue() {
    AtomicBoolean sawSync = new AtomicBoolean();
    global.onAsk((event, question) -> {
      sawSync.set(event.isSync());
      return question == null ? null : "answer to " + question;
    });

    assertEquals("answer to q", calls.ask("q"));
    assertTrue(sawSync.get());
    assertNull(calls.ask(null));
  }

  @Test
  void withSeveralTypedListenersTheFirstValueWinsAndLaterOnesAreIgnoredSilently() {
    List<Throwable> errors = new CopyOnWriteArrayList<>();
    AtomicBoolean thirdRan = new AtomicBoolean();
    global.onAsk((event, question) -> "first");
    global.onAsk((event, question) -> "second");
    global.onAsk(new ConformanceIpc.AskListener() {
      @Override
      public String ask(IpcMainEvent event, String question) {
        return "third";
      }

      @Override
      public void onMessage(IpcMainEvent event, String question) {
        try {
          Typed.of(event).setReturnValue(ConformanceIpc.ASK_CHANNEL, ask(event, question));
          thirdRan.set(true);
        } catch (Throwable t) {
          errors.add(t);
        }
      }
    });

    assertEquals("first", calls.ask("q"));
    syncWithMain(ipc);
    assertTrue(thirdRan.get());
    assertEquals(List.of(), errors);
    assertEquals("first", calls.ask("again"), "the connection stays usable");
  }

  @Test
  void aTypedListenerMaySetTheValueLaterFromAnotherThroughTheTypedEvent() {
    // The generated AskListener answers with its return value at once; answering later means
    // overriding its onMessage and setting the value through the typed event.
    global.onAsk(new ConformanceIpc.AskListener() {
      @Override
      public String ask(IpcMainEvent event, String question) {
        throw new AssertionError("not called");
      }

      @Override
      public void onMessage(IpcMainEvent event, String question) {
        later(100, () -> Typed.of(event).setReturnValue(ConformanceIpc.ASK_CHANNEL, "late " + question));
      }
    });

    assertEquals("late answer", calls.ask("answer"));
  }

  @Test
  void typedSendSyncWithNoListenerAnywhereFailsAtOnce() {
    global.onOrderSync((event, i) -> i);
    ConnectedRenderer another = startRenderer(main);
    ConformanceIpc.main(another.renderer().ipc()).onAsk((event, question) -> "wrong renderer");
    IpcRenderer sub = openFrame(ipc);
    ConformanceIpc.main(frameOf(sub).ipc()).onAsk((event, question) -> "wrong frame");

    IpcNoHandlerException failure = assertThrowsAtOnce(IpcNoHandlerException.class, () -> calls.ask("anyone?"));

    assertEquals(ConformanceIpc.ASK, failure.channel());
    assertTrue(failure.getMessage().contains("'conf:ask'"), failure.getMessage());
    assertEquals(5, calls.orderSync(5), "the connection stays usable");
  }

  @Test
  void typedSendSyncWhoseListenersNeverAnswerTimesOutAtItsDeadline() {
    global.onAsk(new ConformanceIpc.AskListener() {
      @Override
      public String ask(IpcMainEvent event, String question) {
        throw new AssertionError("not called");
      }

      @Override
      public void onMessage(IpcMainEvent event, String question) {
        // never answers
      }
    });
    global.onOrderSync((event, i) -> i);
    Conformance bounded = ConformanceIpc.renderer(ipc.withDeadline(SHORT_DEADLINE));

    long start = System.nanoTime();
    IpcTimeoutException failure = assertThrows(IpcTimeoutException.class, () -> bounded.ask("silent"));
    long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

    assertTrue(elapsedMs >= SHORT_DEADLINE.toMillis() - 10, "failed after " + elapsedMs + " ms, before the deadline");
    assertTrue(elapsedMs < AT_ONCE.toMillis() + SHORT_DEADLINE.toMillis(), "failed only after " + elapsedMs + " ms");
    assertTrue(failure.getMessage().contains("'conf:ask'"), failure.getMessage());
    assertEquals(9, calls.orderSync(9), "the connection stays usable");

    ConnectedRenderer short_ = startRenderer(main, RendererOptions.defaults().withSendSyncDeadline(SHORT_DEADLINE));
    assertThrows(IpcTimeoutException.class, () -> ConformanceIpc.renderer(short_.ipc()).ask("silent"));
  }

  @Test
  void aPendingTypedSendSyncFailsAtOnceWhenItsRendererCloses() {
    global.onAsk(new ConformanceIpc.AskListener() {
      @Override
      public String ask(IpcMainEvent event, String question) {
        throw new AssertionError("not called");
      }

      @Override
      public void onMessage(IpcMainEvent event, String question) {
        later(100, () -> connection.close());
      }
    });

    IpcDisconnectedException failure = assertThrowsAtOnce(IpcDisconnectedException.class, () -> calls.ask("q"));
    assertTrue(failure.getMessage().contains("'conf:ask'"), failure.getMessage());
  }

  @Test
  void aPendingTypedSendSyncFailsAtOnceWhenMainClosesItsRenderer() {
    global.onAsk(new ConformanceIpc.AskListener() {
      @Override
      public String ask(IpcMainEvent event, String question) {
        throw new AssertionError("not called");
      }

      @Override
      public void onMessage(IpcMainEvent event, String question) {
        later(100, () -> event.sender().close());
      }
    });

    assertThrowsAtOnce(IpcDisconnectedException.class, () -> calls.ask("q"));
  }
}
