package org.typedipc.blackbox.conformance;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.typedipc.api.Invoke;
import org.typedipc.api.IpcContract;
import org.typedipc.api.Send;
import org.typedipc.api.SendSync;

/** The renderer → main channels of the typed conformance suite, one per behaviour it checks. */
@IpcContract
public interface Conformance {
  @Invoke("conf:echo")
  CompletableFuture<Integer> echo(int value);

  @Invoke("conf:fail")
  CompletableFuture<String> fail(String message);

  @Invoke("conf:single")
  CompletableFuture<String> single(String label);

  @Invoke("conf:which")
  CompletableFuture<String> which();

  @Invoke("conf:who")
  CompletableFuture<FrameInfo> who();

  @Invoke("conf:nothing")
  CompletableFuture<Void> nothing();

  @Invoke("conf:fence")
  CompletableFuture<Void> fence();

  @Invoke("conf:value")
  CompletableFuture<Sample> value(Sample sample);

  @Invoke("conf:shape")
  CompletableFuture<Shape> shape(Shape shape);

  @Invoke("conf:bytes")
  CompletableFuture<byte[]> bytes(byte[] bytes);

  @Invoke("conf:tree")
  CompletableFuture<Node> tree(Node node);

  @Send("conf:note")
  void note(String text);

  @Send("conf:other")
  void other(String text);

  @Send("conf:ping")
  void ping(String text);

  @Send("conf:order-send")
  void orderSend(int i);

  @SendSync("conf:order-sync")
  int orderSync(int i);

  @Invoke("conf:order-invoke")
  CompletableFuture<Integer> orderInvoke(int i);

  @SendSync("conf:ask")
  String ask(String question);

  @SendSync("conf:sample-sync")
  Sample sampleSync(Sample sample);

  /** Which frame sent a call, as main's event tells it. */
  record FrameInfo(int frameId, int senderFrameId, boolean mainFrame, int rendererId) {}

  /** One component of each kind a typed channel carries. */
  record Sample(
      int id, Integer boxed, long big, double ratio, String text, Instant when, Duration took, UUID uuid,
      BigDecimal amount, LocalDate day, Kind kind, Shape shape, List<String> tags, Set<Kind> kinds,
      Map<String, Integer> counts, Optional<String> note, List<Shape> shapes) {}

  /** A recursive record: nesting is bounded by the wire's depth limit. */
  record Node(String label, List<Node> children) {}

  enum Kind {
    PLAIN,
    FANCY
  }

  sealed interface Shape permits Dot, Line, Tint {}

  record Dot(int x, int y) implements Shape {}

  record Line(Dot from, Dot to, String label) implements Shape {}

  enum Tint implements Shape {
    RED,
    GREEN
  }
}
