package org.typedipc.runtime.internal.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.typedipc.runtime.IpcProtocolException;
import org.typedipc.runtime.internal.dispatch.PortIds;

/** Main's names for the pairs one renderer made: learned in order, translated both ways, forgotten on close. */
@Timeout(10)
class RendererMadePortsTest {
  private final RendererMadePorts ports = new RendererMadePorts();

  @Test
  void pairsAreLearnedInTheRenderersOrderAndOneThatSkipsIsAProtocolError() {
    assertTrue(ports.introduces(PortIds.rendererPair(0) + 1));
    ports.learn(PortIds.rendererPair(0) + 1, 40);
    assertFalse(ports.introduces(PortIds.rendererPair(0)), "the pair's other end is known already");

    IpcProtocolException skipped = assertThrows(IpcProtocolException.class, () -> ports.introduces(PortIds.rendererPair(2)));

    assertTrue(skipped.getMessage().contains("of its own pair 2, but the next pair it may introduce is 1"), skipped.getMessage());
  }

  @Test
  void idsTranslateBothWaysUntilTheRendererPostsAnEndAndThePairCloses() {
    int first = PortIds.rendererPair(0);
    ports.learn(first, 40);

    assertEquals(40, ports.toHub(first));
    assertEquals(41, ports.toHub(first + 1));
    assertEquals(first + 1, ports.toRenderer(41));
    ports.posted(40);
    assertEquals(40, ports.toRenderer(40), "an end main got back goes by main's id");
    assertEquals(first + 1, ports.toRenderer(41), "the end that stayed keeps the renderer's id");
    assertEquals(7, ports.toRenderer(7), "a port main made goes by its id");

    ports.forget(40);

    assertEquals(-1, ports.toHub(first + 1), "a late word on a closed pair is dropped, not an error");
    assertEquals(41, ports.toRenderer(41));
    IpcProtocolException never = assertThrows(IpcProtocolException.class, () -> ports.toHub(PortIds.rendererPair(1)));
    assertTrue(never.getMessage().contains("never posted a port of that pair"), never.getMessage());
  }
}
