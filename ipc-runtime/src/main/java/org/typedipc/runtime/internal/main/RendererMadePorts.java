package org.typedipc.runtime.internal.main;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.typedipc.runtime.IpcProtocolException;
import org.typedipc.runtime.internal.dispatch.PortIds;
import org.typedipc.runtime.internal.messages.ErrorMessages;

/**
 * The pairs one renderer made itself, by the ids it gave them ({@link PortIds}' renderer space)
 * and the ids main's {@link PortHub} holds them by, which are unique across renderers. Main learns
 * a pair from the POST that first carries one of its ends, in the renderer's numbering order, so
 * the pairs it has learned are exactly those numbered below a count: a later name for a pair
 * that closed is dropped like any late word on a closed port, and a name the renderer never
 * introduced is a protocol error. Names are forgotten when the pair closes. Guarded by the hub's lock.
 */
final class RendererMadePorts {
  private int learnedPairs;
  /** The renderer's id of each open pair's first end, to the hub's. */
  private final Map<Integer, Integer> hubPairs = new HashMap<>();
  /** The hub's id of each open pair's first end, to the renderer's. */
  private final Map<Integer, Integer> rendererPairs = new HashMap<>();
  /** The hub ids of the ends the renderer still holds under its own ids (it never posted them). */
  private final Set<Integer> heldUnderOwnIds = new HashSet<>();

  /**
   * {@return whether renderer id {@code portId} introduces a pair main has not learned yet}
   *
   * @throws IpcProtocolException if it skips a pair: the renderer numbers them in order
   */
  boolean introduces(int portId) {
    int pair = PortIds.pairNumber(portId);
    if (pair > learnedPairs) {
      throw new IpcProtocolException(ErrorMessages.rendererPortOutOfOrder(portId, pair, learnedPairs));
    }
    return pair == learnedPairs;
  }

  /** Learns the pair of renderer id {@code portId}: the hub holds it as {@code hubFirst} and the next id. */
  void learn(int portId, int hubFirst) {
    learnedPairs++;
    hubPairs.put(portId & ~1, hubFirst);
    rendererPairs.put(hubFirst, portId & ~1);
    heldUnderOwnIds.add(hubFirst);
    heldUnderOwnIds.add(hubFirst + 1);
  }

  /**
   * {@return the hub's id of renderer id {@code portId}, or -1 if its pair closed}
   *
   * @throws IpcProtocolException if the renderer never introduced that pair
   */
  int toHub(int portId) {
    if (PortIds.pairNumber(portId) >= learnedPairs) {
      throw new IpcProtocolException(ErrorMessages.rendererPortNeverPosted(portId));
    }
    Integer first = hubPairs.get(portId & ~1);
    return first == null ? -1 : first | (portId & 1);
  }

  /** {@return the id the renderer knows hub port {@code hubId} by} */
  int toRenderer(int hubId) {
    return heldUnderOwnIds.contains(hubId) ? rendererPairs.get(hubId & ~1) | (hubId & 1) : hubId;
  }

  /** The renderer posted hub port {@code hubId} to main: it goes by the hub's id from now on. */
  void posted(int hubId) {
    heldUnderOwnIds.remove(hubId);
  }

  /** The pair whose first end the hub holds as {@code hubFirst} closed. */
  void forget(int hubFirst) {
    Integer rendererFirst = rendererPairs.remove(hubFirst);
    if (rendererFirst != null) {
      hubPairs.remove(rendererFirst);
    }
    heldUnderOwnIds.remove(hubFirst);
    heldUnderOwnIds.remove(hubFirst + 1);
  }
}
