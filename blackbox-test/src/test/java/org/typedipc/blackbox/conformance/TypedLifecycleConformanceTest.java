package org.typedipc.blackbox.conformance;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.typedipc.runtime.testing.ContextReleased.assertContextReleased;
import static org.typedipc.runtime.testing.Waits.await;
import static org.typedipc.runtime.testing.Waits.failureOfCall;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.typedipc.runtime.IpcDisconnectedException;
import org.typedipc.runtime.IpcRenderer;
import org.typedipc.runtime.testing.OverEveryTransport;

/**
 * Typed proxies and listeners of a closed connection or renderer say, as Electron does, that the
 * context was released.
 */
@OverEveryTransport
class TypedLifecycleConformanceTest extends TypedConformanceFixture {
  private static void assertEveryTypedCallSaysContextReleased(IpcRenderer frame) {
    Conformance proxy = ConformanceIpc.renderer(frame);
    ConformanceEventsIpc.Registrar events = ConformanceEventsIpc.renderer(frame);
    assertContextReleased(assertThrows(IpcDisconnectedException.class, () -> proxy.note("x")));
    assertContextReleased(assertThrows(IpcDisconnectedException.class, () -> proxy.ask("x")));
    assertContextReleased(assertThrows(IpcDisconnectedException.class, () -> proxy.orderSync(1)));
    assertContextReleased(failureOfCall(() -> proxy.echo(1)));
    assertContextReleased(assertThrows(IpcDisconnectedException.class, () -> events.onPong((event, text) -> {})));
    assertContextReleased(assertThrows(IpcDisconnectedException.class, () -> events.oncePong((event, text) -> {})));
    assertTrue(frame.isClosed());
  }

  @Test
  void usingTypedProxiesAfterTheConnectionClosedThrowsContextReleased() {
    IpcRenderer sub = openFrame(ipc);
    IpcRenderer bounded = ipc.withDeadline(Duration.ofSeconds(1));
    Conformance before = calls;

    connection.close();

    assertTrue(connection.isClosed());
    assertEveryTypedCallSaysContextReleased(ipc);
    assertEveryTypedCallSaysContextReleased(sub);
    assertEveryTypedCallSaysContextReleased(bounded);
    assertContextReleased(assertThrows(IpcDisconnectedException.class, () -> before.note("made before close")));
  }

  @Test
  void usingTypedProxiesAfterMainClosedTheRendererThrowsContextReleased() {
    renderer.close();
    await(connection.whenClosed());

    assertEveryTypedCallSaysContextReleased(ipc);
    assertThrows(IpcDisconnectedException.class, () -> ConformanceEventsIpc.to(renderer).pong("x"),
        "main cannot send to a closed renderer");
  }
}
