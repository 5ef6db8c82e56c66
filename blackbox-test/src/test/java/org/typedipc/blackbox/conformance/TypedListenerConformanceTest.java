package org.typedipc.blackbox.conformance;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.typedipc.blackbox.conformance.Conformance.Sample;
import org.typedipc.runtime.IpcMainEvent;
import org.typedipc.runtime.Registration;
import org.typedipc.runtime.spi.Typed;
import org.typedipc.runtime.testing.OverEveryTransport;

/**
 * Typed {@code on}, {@code once}, {@code off} and whole registrations, in main and in renderers.
 */
@OverEveryTransport
class TypedListenerConformanceTest extends TypedConformanceFixture {
  @Test
  void typedListenersReceiveTheEventAndTheArgumentsInRegistrationOrder() {
    List<String> log = new CopyOnWriteArrayList<>();
    AtomicReference<IpcMainEvent> seenEvent = new AtomicReference<>();
    global.onNote((event, text) -> {
      seenEvent.set(event);
      log.add("a " + text);
    });
    global.onNote((event, text) -> log.add("b " + text));
    global.onceNote((event, text) -> log.add("c " + text));
    global.onNote((event, text) -> log.add("d " + text));

    calls.note("x");
    syncWithMain(ipc);
    assertEquals(List.of("a x", "b x", "c x", "d x"), log);
    assertEquals(ConformanceIpc.NOTE, seenEvent.get().channel());
    assertFalse(seenEvent.get().isSync());
    assertEquals(ipc.frameId(), seenEvent.get().frameId());

    List<String> rendererLog = new CopyOnWriteArrayList<>();
    ConformanceEventsIpc.Registrar events = ConformanceEventsIpc.renderer(ipc);
    events.onPong((event, text) -> rendererLog.add("a " + text + " on " + event.channel()));
    events.onPong((event, text) -> rendererLog.add("b " + text));
    events.oncePong((event, text) -> rendererLog.add("c " + text));
    events.onPong((event, text) -> rendererLog.add("d " + text));

    ConformanceEventsIpc.to(renderer).pong("y");
    syncWithFrame(ipc);
    assertEquals(List.of("a y on conf:pong", "b y", "c y", "d y"), rendererLog);
  }

  @Test
  void typedOnceFiresAtMostOnceAndIsRemovedBeforeItRuns() {
    AtomicInteger fired = new AtomicInteger();
    AtomicInteger countInside = new AtomicInteger(-1);
    global.onceNote((event, text) -> {
      fired.incrementAndGet();
      countInside.set(main.listenerCount(ConformanceIpc.NOTE));
      throw new IllegalStateException("a failing once listener still fires only once");
    });
    assertEquals(1, main.listenerCount(ConformanceIpc.NOTE));

    assertDoesNotThrow(() -> calls.note("1"), "a main listener's failure never reaches the sender");
    calls.note("2");
    syncWithMain(ipc);
    assertEquals(1, fired.get());
    assertEquals(0, countInside.get(), "the once listener was still registered while it ran");
    assertEquals(Set.of(), main.eventNames());

    AtomicInteger rendererFired = new AtomicInteger();
    AtomicInteger rendererCountInside = new AtomicInteger(-1);
    ConformanceEventsIpc.renderer(ipc).oncePong((event, text) -> {
      rendererFired.incrementAndGet();
      rendererCountInside.set(ipc.listenerCount(ConformanceEventsIpc.PONG));
    });
    ConformanceEventsIpc.to(renderer).pong("1");
    ConformanceEventsIpc.to(renderer).pong("2");
    syncWithFrame(ipc);
    assertEquals(1, rendererFired.get());
    assertEquals(0, rendererCountInside.get());
    assertEquals(0, ipc.listenerCount(ConformanceEventsIpc.PONG));
  }

  @Test
  void typedOnceCanBeRemovedBeforeItFiresByOffOrByItsRegistration() {
    AtomicInteger fired = new AtomicInteger();
    ConformanceIpc.NoteListener listener = (event, text) -> fired.incrementAndGet();
    global.onceNote(listener);
    Typed.of(main).off(ConformanceIpc.NOTE_CHANNEL, listener);
    global.onceOther((event, text) -> fired.incrementAndGet()).close();

    assertEquals(Set.of(), main.eventNames());
    calls.note("a");
    calls.other("b");
    syncWithMain(ipc);
    assertEquals(0, fired.get());

    AtomicInteger rendererFired = new AtomicInteger();
    ConformanceEventsIpc.Registrar events = ConformanceEventsIpc.renderer(ipc);
    ConformanceEventsIpc.PongListener pong = (event, text) -> rendererFired.incrementAndGet();
    events.oncePong(pong);
    Typed.of(ipc).off(ConformanceEventsIpc.PONG_CHANNEL, pong);
    events.onceSeq((event, i) -> rendererFired.incrementAndGet()).close();
    assertEquals(Set.of(), ipc.eventNames());
    ConformanceEventsIpc.to(renderer).pong("a");
    ConformanceEventsIpc.to(renderer).seq(1);
    syncWithFrame(ipc);
    assertEquals(0, rendererFired.get());
  }

  @Test
  void typedOffRemovesTheMostRecentRegistrationOfATwiceAddedListener() {
    List<String> log = new CopyOnWriteArrayList<>();
    ConformanceIpc.NoteListener l = (event, text) -> log.add("L");
    ConformanceIpc.NoteListener m = (event, text) -> log.add("M");
    global.onNote(l);
    global.onNote(m);
    global.onNote(l);

    Typed.of(main).off(ConformanceIpc.NOTE_CHANNEL, l);

    calls.note("x");
    syncWithMain(ipc);
    assertEquals(List.of("L", "M"), log);

    List<String> rendererLog = new CopyOnWriteArrayList<>();
    ConformanceEventsIpc.Registrar events = ConformanceEventsIpc.renderer(ipc);
    ConformanceEventsIpc.PongListener rl = (event, text) -> rendererLog.add("L");
    ConformanceEventsIpc.PongListener rm = (event, text) -> rendererLog.add("M");
    events.onPong(rl);
    events.onPong(rm);
    events.onPong(rl);
    Typed.of(ipc).off(ConformanceEventsIpc.PONG_CHANNEL, rl);
    ConformanceEventsIpc.to(renderer).pong("x");
    syncWithFrame(ipc);
    assertEquals(List.of("L", "M"), rendererLog);
  }

  @Test
  void removeAllListenersByNameRemovesOnlyItsChannelAndRegistrationCloseExactlyOne() {
    List<String> log = new CopyOnWriteArrayList<>();
    global.onNote((event, text) -> log.add("note"));
    global.onNote((event, text) -> log.add("note 2"));
    global.onOther((event, text) -> log.add("other"));
    Registration third = global.onOther((event, text) -> log.add("other 2"));

    main.removeAllListeners(ConformanceIpc.NOTE);
    third.close();
    third.close(); // closing twice is harmless
    calls.note("x");
    calls.other("y");
    syncWithMain(ipc);
    assertEquals(List.of("other"), log);
    assertEquals(Set.of(ConformanceIpc.OTHER), main.eventNames());

    List<String> rendererLog = new CopyOnWriteArrayList<>();
    ConformanceEventsIpc.Registrar events = ConformanceEventsIpc.renderer(ipc);
    events.onPong((event, text) -> rendererLog.add("pong"));
    events.onSeq((event, i) -> rendererLog.add("seq"));
    ipc.removeAllListeners(ConformanceEventsIpc.PONG);
    ConformanceEventsIpc.to(renderer).pong("x");
    ConformanceEventsIpc.to(renderer).seq(1);
    syncWithFrame(ipc);
    assertEquals(List.of("seq"), rendererLog);
  }

  @Test
  void channelListsStartEmptyAndWholeRegistrationsComeAndGo() {
    assertEquals(Set.of(), main.eventNames());
    assertEquals(Set.of(), renderer.ipc().eventNames());
    assertEquals(Set.of(), renderer.mainFrame().ipc().eventNames());
    assertEquals(Set.of(), ipc.eventNames());

    Registration all = ConformanceEventsIpc.register(ipc, new ConformanceEventsIpc.Handler() {
      @Override
      public void pong(org.typedipc.runtime.IpcRendererEvent event, String text) {}

      @Override
      public void seq(org.typedipc.runtime.IpcRendererEvent event, int i) {}

      @Override
      public void sample(org.typedipc.runtime.IpcRendererEvent event, Sample sample) {}

      @Override
      public void fence(org.typedipc.runtime.IpcRendererEvent event, int token) {}
    });
    assertEquals(Set.of(ConformanceEventsIpc.PONG, ConformanceEventsIpc.SEQ, ConformanceEventsIpc.SAMPLE,
        ConformanceEventsIpc.FENCE), ipc.eventNames());
    all.close();
    assertEquals(Set.of(), ipc.eventNames());
  }
}
