package org.typedipc.blackbox.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.typedipc.runtime.testing.Waits.await;
import static org.typedipc.runtime.testing.Waits.failureOfCall;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.typedipc.blackbox.conformance.Conformance.Dot;
import org.typedipc.blackbox.conformance.Conformance.Kind;
import org.typedipc.blackbox.conformance.Conformance.Line;
import org.typedipc.blackbox.conformance.Conformance.Node;
import org.typedipc.blackbox.conformance.Conformance.Sample;
import org.typedipc.blackbox.conformance.Conformance.Shape;
import org.typedipc.blackbox.conformance.Conformance.Tint;
import org.typedipc.runtime.IpcValueException;
import org.typedipc.runtime.testing.OverEveryTransport;
import org.typedipc.runtime.testing.Waits.Inbox;

/**
 * Typed values: every supported kind arrives equal and of the same type both ways, and one too deep
 * is refused at the call.
 */
@OverEveryTransport
class TypedValueConformanceTest extends TypedConformanceFixture {
  static Sample fullSample() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    counts.put("zero", 0);
    counts.put("absent", null);
    counts.put("ünï 🚀", Integer.MIN_VALUE);
    return new Sample(
        7, 42, 1L << 40, -0.0, "héllo ✓ 🚀", Instant.ofEpochSecond(1_700_000_000L, 123_456_789),
        Duration.ofMillis(-1), UUID.fromString("123e4567-e89b-42d3-a456-556642440000"), new BigDecimal("1.10"),
        LocalDate.of(2024, 2, 29), Kind.FANCY, new Line(new Dot(1, 2), new Dot(-3, 4), "diagonal"),
        Arrays.asList("a", null, ""), new LinkedHashSet<>(List.of(Kind.FANCY, Kind.PLAIN)), counts,
        Optional.of("note"), Arrays.asList(Tint.GREEN, new Dot(0, 0), null, new Line(null, null, null)));
  }

  static Sample emptySample() {
    return new Sample(0, null, 0, Double.NaN, null, null, null, null, null, null, null, null,
        List.of(), Set.of(), Map.of(), Optional.empty(), List.of());
  }

  @Test
  void typedValuesRoundTripEqualKeepingTheirTypes() {
    global.handleValue((event, sample) -> sample);
    global.handleShape((event, shape) -> shape);
    global.handleBytes((event, bytes) -> bytes);

    Sample full = fullSample();
    Sample back = await(calls.value(full));
    assertEquals(full, back);
    assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(back.ratio()));
    assertEquals(2, back.amount().scale());
    assertEquals(new ArrayList<>(full.kinds()), new ArrayList<>(back.kinds()), "set order kept");
    assertEquals(new ArrayList<>(full.counts().keySet()), new ArrayList<>(back.counts().keySet()), "map order kept");
    assertInstanceOf(Line.class, back.shape());
    assertInstanceOf(Tint.class, back.shapes().get(0));
    assertInstanceOf(Dot.class, back.shapes().get(1));
    assertEquals(emptySample(), await(calls.value(emptySample())));
    assertNull(await(calls.value(null)));

    for (Shape shape : Arrays.asList(new Dot(1, 1), new Line(new Dot(0, 0), null, "l"), Tint.RED, Tint.GREEN, null)) {
      Shape shapeBack = await(calls.shape(shape));
      assertEquals(shape, shapeBack);
      if (shape != null) {
        assertEquals(shape.getClass(), shapeBack.getClass());
      }
    }
    byte[] bytes = {0, 1, -1, 127, -128};
    assertArrayEquals(bytes, await(calls.bytes(bytes)));
    assertArrayEquals(new byte[0], await(calls.bytes(new byte[0])));
    assertNull(await(calls.bytes(null)));
  }

  @Test
  void typedValuesSentByMainAndReturnedBySendSyncArriveEqual() {
    global.onSampleSync((event, sample) -> sample);
    assertEquals(fullSample(), calls.sampleSync(fullSample()));
    assertEquals(emptySample(), calls.sampleSync(emptySample()));
    assertNull(calls.sampleSync(null));

    Inbox<Optional<Sample>> inbox = new Inbox<>();
    ConformanceEventsIpc.renderer(ipc).onSample((event, sample) -> inbox.add(Optional.ofNullable(sample)));
    ConformanceEventsIpc.to(renderer).sample(fullSample());
    ConformanceEventsIpc.to(renderer.mainFrame()).sample(null);
    assertEquals(Optional.of(fullSample()), inbox.take());
    assertEquals(Optional.empty(), inbox.take());
  }

  @Test
  void aTooDeepTypedValueFailsAtTheCallClearlyAndTheConnectionStaysUsable() {
    AtomicInteger served = new AtomicInteger();
    global.handleTree((event, node) -> {
      served.incrementAndGet();
      return node;
    });
    Node deep = new Node("leaf", List.of());
    for (int i = 0; i < 40; i++) {
      deep = new Node("level " + i, List.of(deep));
    }
    Node tooDeep = deep;

    Throwable failure = failureOfCall(() -> calls.tree(tooDeep));
    assertInstanceOf(IpcValueException.class, failure);
    assertTrue(failure.getMessage().contains("64"), failure.getMessage());
    Node ok = new Node("root", List.of(new Node("child", List.of())));
    assertEquals(ok, await(calls.tree(ok)));
    assertEquals(1, served.get(), "the value that could not cross was never sent");
  }
}
