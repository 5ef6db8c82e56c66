package org.typedipc.blackbox.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.typedipc.runtime.testing.Waits.await;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.typedipc.runtime.IpcRendererEvent;
import org.typedipc.runtime.IpcValueException;
import org.typedipc.runtime.MessageChannelMain;
import org.typedipc.runtime.MessagePort;
import org.typedipc.runtime.Registration;
import org.typedipc.runtime.testing.ConnectedRenderer;
import org.typedipc.runtime.testing.OverEveryTransport;
import org.typedipc.runtime.testing.Waits.Inbox;

/**
 * Typed ports: both ends of a port bound to {@link ConformanceEvents} with the generated {@code
 * ConformanceEventsIpc.port(port)} and {@code ConformanceEventsIpc.listen(port, receiver)}, in main
 * and in renderers, in either direction.
 */
@OverEveryTransport
class TypedPortConformanceTest extends TypedConformanceFixture {
  /** Collects every event of {@link ConformanceEvents} as text. */
  private static final class Recorder implements ConformanceEvents {
    final Inbox<Object> events = new Inbox<>();

    @Override
    public void pong(String text) {
      events.add("pong " + text);
    }

    @Override
    public void seq(int i) {
      events.add(i);
    }

    @Override
    public void sample(Conformance.Sample sample) {
      events.add(sample);
    }

    @Override
    public void fence(int token) {
      events.add("fence " + token);
    }
  }

  private MessagePort postTo(ConnectedRenderer target, MessagePort port) {
    CompletableFuture<IpcRendererEvent> arrived = new CompletableFuture<>();
    target.ipc().once("typed-port", (event, args) -> arrived.complete(event));
    target.renderer().postMessage("typed-port", null, List.of(port));
    return await(arrived).ports().get(0);
  }

  private ConnectedRenderer first() {
    return new ConnectedRenderer(connection, renderer);
  }

  @Test
  void mainSendsTypedEventsThatARendererReceivesAsTheContractsMethods() {
    MessageChannelMain channel = new MessageChannelMain();
    MessagePort inRenderer = postTo(first(), channel.port2());
    Recorder recorder = new Recorder();
    ConformanceEventsIpc.listen(inRenderer, recorder);
    inRenderer.start();

    ConformanceEvents events = ConformanceEventsIpc.port(channel.port1());
    events.pong("over a port");
    events.seq(42);
    events.fence(7);

    assertEquals("pong over a port", recorder.events.take());
    assertEquals(42, recorder.events.take());
    assertEquals("fence 7", recorder.events.take());
  }

  @Test
  void twoRenderersTalkTypedThroughAPairMainCreated() {
    ConnectedRenderer other = startRenderer(main);
    MessageChannelMain channel = new MessageChannelMain();
    MessagePort atFirst = postTo(first(), channel.port1());
    MessagePort atSecond = postTo(other, channel.port2());
    Recorder first = new Recorder();
    Recorder second = new Recorder();
    ConformanceEventsIpc.listen(atFirst, first);
    ConformanceEventsIpc.listen(atSecond, second);
    atFirst.start();
    atSecond.start();

    ConformanceEventsIpc.port(atFirst).seq(1);
    ConformanceEventsIpc.port(atSecond).pong("back");

    assertEquals(1, second.events.take());
    assertEquals("pong back", first.events.take());
  }

  @Test
  void untypedMessagesAndClosedRegistrationsReachNoTypedListener() {
    MessageChannelMain channel = new MessageChannelMain();
    MessagePort inRenderer = postTo(first(), channel.port2());
    Recorder recorder = new Recorder();
    Inbox<Object> plain = new Inbox<>();
    Registration typed = ConformanceEventsIpc.listen(inRenderer, recorder);
    inRenderer.onMessage(event -> plain.add(event.data() instanceof String ? event.data() : "typed"));
    inRenderer.start();

    channel.port1().postMessage("just text");
    ConformanceEventsIpc.port(channel.port1()).seq(1);
    assertEquals("just text", plain.take());
    assertEquals("typed", plain.take());
    assertEquals(1, recorder.events.take());
    typed.close();
    ConformanceEventsIpc.port(channel.port1()).seq(2);
    channel.port1().postMessage("after");

    assertEquals("typed", plain.take());
    assertEquals("after", plain.take());
    assertEquals(0, recorder.events.size());
  }

  @Test
  void aNullPortOrAnArgumentThatCannotCrossFailsAtTheCall() {
    NullPointerException thrown = assertThrows(NullPointerException.class, () -> ConformanceEventsIpc.port(null));
    assertEquals("port", thrown.getMessage());
    assertThrows(IpcValueException.class, () -> ConformanceEventsIpc.port(new MessageChannelMain().port1())
        .pong("\ud800 unpaired surrogate"));
  }
}
