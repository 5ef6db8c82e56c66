package org.typedipc.runtime.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.typedipc.runtime.conformance.DynamicValues.assertDeepEquals;
import static org.typedipc.runtime.conformance.DynamicValues.listDepth;
import static org.typedipc.runtime.conformance.DynamicValues.nestedLists;
import static org.typedipc.runtime.conformance.DynamicValues.nestedMaps;
import static org.typedipc.runtime.conformance.DynamicValues.sampleValues;
import static org.typedipc.runtime.conformance.Fences.syncWithFrame;
import static org.typedipc.runtime.conformance.Fences.syncWithMain;
import static org.typedipc.runtime.conformance.Inboxes.listen;
import static org.typedipc.runtime.testing.Waits.await;
import static org.typedipc.runtime.testing.Waits.failureOf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.typedipc.runtime.IpcValueException;
import org.typedipc.runtime.conformance.Inboxes.MainMessage;
import org.typedipc.runtime.conformance.Inboxes.RendererMessage;
import org.typedipc.runtime.testing.IpcFixture;
import org.typedipc.runtime.testing.OverEveryTransport;
import org.typedipc.runtime.testing.Waits.Inbox;

/**
 * The values string channels carry: equal on arrival, of the same Java type, copied, and refused at
 * the call when they cannot cross (69–75, 97, 100, 109–110).
 */
@OverEveryTransport
class ValueConformanceTest extends IpcFixture {
  @Test
  void valuesSentByARendererArriveEqualKeepingTheirJavaTypes() { // 69–71
    Map<String, Object> values = sampleValues();
    Inbox<MainMessage> inbox = listen(main, "values");

    ipc.send("values", values.values().toArray());
    ipc.send("values", values);

    Object[] args = inbox.take().args();
    assertEquals(values.size(), args.length);
    int i = 0;
    for (Map.Entry<String, Object> entry : values.entrySet()) {
      assertDeepEquals(entry.getValue(), args[i++], entry.getKey());
    }
    Object[] whole = inbox.take().args();
    assertEquals(1, whole.length);
    assertDeepEquals(values, whole[0], "map");
  }

  @Test
  void valuesSentByMainArriveEqualKeepingTheirJavaTypes() {
    Map<String, Object> values = sampleValues();
    Inbox<RendererMessage> inbox = listen(ipc, "values");

    renderer.send("values", values.values().toArray());
    renderer.send("values", values);

    Object[] args = inbox.take().args();
    int i = 0;
    for (Map.Entry<String, Object> entry : values.entrySet()) {
      assertDeepEquals(entry.getValue(), args[i++], entry.getKey());
    }
    assertDeepEquals(values, inbox.take().args()[0], "map");
  }

  @Test
  void invokeArgumentsAndResultsAndSendSyncReturnValuesRoundTrip() {
    Map<String, Object> values = sampleValues();
    main.handle("echo", (event, args) -> Arrays.asList(args));
    main.on("echo", (event, args) -> event.setReturnValue(Arrays.asList(args)));
    List<Object> expected = new ArrayList<>(values.values());

    assertDeepEquals(expected, await(ipc.invoke("echo", values.values().toArray())), "invoke");
    assertDeepEquals(expected, ipc.sendSync("echo", values.values().toArray()), "sendSync");
    for (Map.Entry<String, Object> entry : values.entrySet()) {
      main.removeHandler("one");
      main.handle("one", (event, args) -> entry.getValue());
      assertDeepEquals(entry.getValue(), await(ipc.invoke("one")), "invoke result " + entry.getKey());
    }
  }

  @Test
  void nullArgumentsAndNoArgumentsArrive() {
    Inbox<MainMessage> inbox = listen(main, "n");

    ipc.send("n", (Object) null);
    ipc.send("n", null, "x", null);
    ipc.send("n");

    assertArrayEquals(new Object[] {null}, inbox.take().args());
    assertArrayEquals(new Object[] {null, "x", null}, inbox.take().args());
    assertArrayEquals(new Object[0], inbox.take().args());
    main.handle("n", (event, args) -> null);
    assertNull(await(ipc.invoke("n", (Object) null)));
  }

  @Test
  void aValueReferencedTwiceArrivesEqualAtBothPlaces() { // 74
    Map<String, Object> child = Map.of("c", 1);
    Map<String, Object> foo = Map.of("name", "foo", "child", child);
    Map<String, Object> bar = Map.of("name", "bar", "child", child);
    Inbox<MainMessage> inbox = listen(main, "shared");

    ipc.send("shared", List.of(foo, bar), foo, bar, child);

    Object[] args = inbox.take().args();
    assertDeepEquals(List.of(foo, bar), args[0], "array");
    assertDeepEquals(foo, args[1], "foo");
    assertDeepEquals(bar, args[2], "bar");
    assertDeepEquals(child, args[3], "child");
  }

  @Test
  void channelNamesWithNonAsciiCharactersWork() { // 100
    Inbox<MainMessage> inbox = listen(main, "ping-æøåü");
    main.handle("ping-æøåü", (event, args) -> "pong-æøåü");
    Inbox<RendererMessage> back = listen(ipc, "ping-æøåü");

    ipc.send("ping-æøåü", "a");
    assertEquals("ping-æøåü", inbox.take().event().channel());
    assertEquals("pong-æøåü", await(ipc.invoke("ping-æøåü")));
    renderer.send("ping-æøåü", "b");
    assertEquals("ping-æøåü", back.take().event().channel());
  }

  @Test
  void largeValuesCrossWhole() {
    byte[] megabyte = new byte[1 << 20];
    new Random(1).nextBytes(megabyte);
    List<Object> longList = IntStream.range(0, 100_000).boxed().collect(Collectors.toList());
    String longString = "ü".repeat(300_000);
    main.handle("echo", (event, args) -> Arrays.asList(args));
    Inbox<RendererMessage> inbox = listen(ipc, "big");

    assertDeepEquals(Arrays.asList(megabyte, longList, longString),
        await(ipc.invoke("echo", megabyte, longList, longString)), "invoke");
    renderer.send("big", megabyte, longList, longString);
    assertDeepEquals(Arrays.asList(megabyte, longList, longString), Arrays.asList(inbox.take().args()), "event");
  }

  /** A type the dynamic value model does not carry. */
  private record Point(int x, int y) {}

  @Test
  void aValueThatCannotCrossFailsAtTheCallNamingItsTypeAndPlaceAndNothingIsSent() { // 72–73
    AtomicInteger runs = new AtomicInteger();
    main.on("v", (event, args) -> {
      runs.incrementAndGet();
      event.setReturnValue("ran");
    });
    main.handle("v", (event, args) -> {
      runs.incrementAndGet();
      return "ran";
    });
    Map<Object, String> bad = new LinkedHashMap<>();
    bad.put(new Object(), "java.lang.Object");
    bad.put(new HashSet<>(List.of(1)), "java.util.HashSet");
    bad.put(new Point(1, 2), "Point");
    bad.put(Optional.of("x"), "java.util.Optional");

    for (Map.Entry<Object, String> entry : bad.entrySet()) {
      Object value = entry.getKey();
      String type = entry.getValue();
      List<IpcValueException> failures = List.of(
          assertThrows(IpcValueException.class, () -> ipc.send("v", "fine", value)),
          assertThrows(IpcValueException.class, () -> ipc.sendSync("v", "fine", value)),
          assertThrows(IpcValueException.class, () -> ipc.invoke("v", "fine", value)));
      for (IpcValueException failure : failures) {
        assertTrue(failure.getMessage().contains(type), type + ": " + failure.getMessage());
        assertTrue(failure.getMessage().contains("args[1]"), type + ": " + failure.getMessage());
      }
    }
    IpcValueException nested = assertThrows(IpcValueException.class,
        () -> ipc.send("v", List.of(1, Map.of("inner", new Object()))));
    assertTrue(nested.getMessage().contains("java.lang.Object"), nested.getMessage());
    assertTrue(nested.getMessage().contains("args[0]"), nested.getMessage());
    assertTrue(nested.getMessage().contains("inner"), nested.getMessage());
    assertThrows(IpcValueException.class, () -> ipc.send("v", Map.of(1, "a non-String key")));
    assertThrows(IpcValueException.class, () -> ipc.send("v", 1.5f));

    syncWithMain(main, ipc);
    assertEquals(0, runs.get(), "a listener ran for a call that failed");
    ipc.send("v", "ok");
    syncWithMain(main, ipc);
    assertEquals(1, runs.get(), "the connection stays usable");
  }

  @Test
  void aCyclicValueFailsWithAValueExceptionNotAStackOverflow() { // 75 (v1 rejects cycles)
    List<Object> cyclicList = new ArrayList<>();
    cyclicList.add("x");
    cyclicList.add(cyclicList);
    Map<String, Object> cyclicMap = new HashMap<>();
    cyclicMap.put("self", List.of(cyclicMap));
    AtomicInteger runs = new AtomicInteger();
    main.on("v", (event, args) -> runs.incrementAndGet());
    ipc.on("v", (event, args) -> runs.incrementAndGet());

    for (Object cyclic : List.of(cyclicList, cyclicMap)) {
      IpcValueException failure = assertThrows(IpcValueException.class, () -> ipc.send("v", cyclic));
      assertTrue(failure.getMessage().toLowerCase(java.util.Locale.ROOT).contains("cycl"),
          "the error should say the value is cyclic: " + failure.getMessage());
      assertThrows(IpcValueException.class, () -> ipc.sendSync("v", cyclic));
      assertThrows(IpcValueException.class, () -> ipc.invoke("v", cyclic));
      assertThrows(IpcValueException.class, () -> renderer.send("v", cyclic));
    }

    syncWithMain(main, ipc);
    syncWithFrame(renderer, ipc);
    assertEquals(0, runs.get());
  }

  @Test
  void valuesNestSixtyFourLevelsDeepAndNoDeeper() {
    Inbox<MainMessage> inbox = listen(main, "deep");
    Inbox<RendererMessage> back = listen(ipc, "deep");

    ipc.send("deep", nestedLists(64));
    assertEquals(64, listDepth(inbox.take().args()[0]));
    renderer.send("deep", nestedLists(64));
    assertEquals(64, listDepth(back.take().args()[0]));
    ipc.send("deep", nestedMaps(64));
    inbox.take();

    for (Object tooDeep : List.of(nestedLists(65), nestedMaps(65), nestedLists(100_000))) {
      assertThrows(IpcValueException.class, () -> ipc.send("deep", tooDeep));
      assertThrows(IpcValueException.class, () -> renderer.send("deep", tooDeep));
    }
    syncWithMain(main, ipc);
    syncWithFrame(renderer, ipc);
    assertEquals(0, inbox.size() + back.size(), "a value that failed was sent");
  }

  @Test
  void aMainSendWithAValueThatCannotCrossThrowsAndTheConnectionStaysUsable() { // 97, 109
    Inbox<RendererMessage> inbox = listen(ipc, "v");
    List<Throwable> replyFailures = new CopyOnWriteArrayList<>();
    main.on("ask", (event, args) -> {
      try {
        event.reply("v", new Object());
      } catch (Throwable t) {
        replyFailures.add(t);
      }
      event.reply("v", "reply ok");
    });

    IpcValueException failure = assertThrows(IpcValueException.class, () -> renderer.send("v", "ok", new Object()));
    assertTrue(failure.getMessage().contains("java.lang.Object"), failure.getMessage());
    assertTrue(failure.getMessage().contains("args[1]"), failure.getMessage());
    assertThrows(IpcValueException.class, () -> renderer.sendToFrame(ipc.frameId(), "v", new HashSet<>()));
    assertThrows(IpcValueException.class, () -> renderer.mainFrame().send("v", new Point(0, 0)));

    renderer.send("v", "after");
    assertArrayEquals(new Object[] {"after"}, inbox.take().args());
    ipc.send("ask");
    assertArrayEquals(new Object[] {"reply ok"}, inbox.take().args());
    assertEquals(1, replyFailures.size());
    assertInstanceOf(IpcValueException.class, replyFailures.get(0));
    syncWithFrame(renderer, ipc);
    assertEquals(0, inbox.size());
  }

  @Test
  void aReturnValueThatCannotCrossThrowsAndSetsNothing() {
    AtomicReference<Throwable> caught = new AtomicReference<>();
    main.on("s", (event, args) -> {
      try {
        event.setReturnValue(new Object());
      } catch (Throwable t) {
        caught.set(t);
      }
      event.setReturnValue("fine");
    });

    assertEquals("fine", ipc.sendSync("s"));
    assertInstanceOf(IpcValueException.class, caught.get());
  }

  @Test
  void receivedValuesAreCopiesSoNoSideSharesAMutableObject() {
    List<Object> sentList = new ArrayList<>(List.of(1, 2));
    byte[] sentBytes = {1, 2, 3};
    AtomicReference<Object[]> received = new AtomicReference<>();
    main.on("copy", (event, args) -> {
      received.set(args);
      tryToAdd(args[0], 99);
      ((byte[]) args[1])[0] = 42;
    });

    ipc.send("copy", sentList, sentBytes);
    syncWithMain(main, ipc);

    assertEquals(List.of(1, 2), sentList, "main's change reached the renderer's list");
    assertEquals(1, sentBytes[0], "main's change reached the renderer's bytes");
    Object[] got = received.get();
    assertNotSame(sentList, got[0]);
    assertNotSame(sentBytes, got[1]);
    sentList.add(3);
    sentBytes[2] = 77;
    assertFalse(((List<?>) got[0]).contains(3), "the renderer's later change reached main's copy");
    assertEquals(3, ((byte[]) got[1])[2]);

    List<Object> kept = new ArrayList<>(List.of("a"));
    main.handle("kept", (event, args) -> kept);
    Object result = await(ipc.invoke("kept"));
    assertNotSame(kept, result);
    tryToAdd(result, "b");
    assertEquals(List.of("a"), kept, "the renderer's change reached the handler's list");

    byte[] event = {5, 6};
    AtomicReference<Object> inRenderer = new AtomicReference<>();
    CountDownLatch arrived = new CountDownLatch(1);
    ipc.on("copy", (e, args) -> {
      inRenderer.set(args[0]);
      ((byte[]) args[0])[0] = 0;
      arrived.countDown();
    });
    renderer.send("copy", (Object) event);
    await(arrived);
    assertNotSame(event, inRenderer.get());
    assertEquals(5, event[0], "the renderer's change reached main's bytes");
  }

  @SuppressWarnings("unchecked")
  private static void tryToAdd(Object list, Object element) {
    try {
      ((List<Object>) list).add(element);
    } catch (UnsupportedOperationException e) {
      // an immutable copy is a copy too
    }
  }

  // A guard against tests that cannot fail: the helpers themselves must detect what they look for.
  @Test
  void theSuitesOwnHelpersDetectMismatches() {
    assertThrows(AssertionError.class, () -> assertDeepEquals(1, 1L, "int vs long"));
    assertThrows(AssertionError.class, () -> assertDeepEquals(new byte[] {1}, new byte[] {2}, "bytes"));
    assertThrows(AssertionError.class, () -> assertDeepEquals(List.of(1), List.of(1, 2), "sizes"));
    assertThrows(AssertionError.class, () -> failureOf(CompletableFuture.completedFuture("fine")));
    assertEquals(2, listDepth(nestedLists(2)));
    assertNotEquals(nestedLists(64), nestedLists(65));
  }
}
