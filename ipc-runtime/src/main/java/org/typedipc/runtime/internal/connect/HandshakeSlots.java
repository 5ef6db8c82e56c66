package org.typedipc.runtime.internal.connect;

import java.util.Iterator;
import java.util.LinkedHashSet;
import org.typedipc.runtime.transport.ByteStream;

/**
 * The connections of one acceptor that have not yet presented their HELLO, at most {@code max} of
 * them, for streams that {@link HelloReader} cannot read (those that are not sockets). A new connection is never turned away: when every slot is taken, the one that has waited
 * longest loses its slot and is closed. A renderer sends its HELLO as soon as it connects, so
 * silent connections, however many, cannot lock it out; they only push each other out.
 */
final class HandshakeSlots {
  private final int max;
  /** In arrival order: the first has waited longest. */
  private final LinkedHashSet<ByteStream> waiting = new LinkedHashSet<>();

  HandshakeSlots(int max) {
    this.max = max;
  }

  /**
   * Gives {@code stream} a slot.
   *
   * @return the connection that lost its slot to make room, for the caller to close; null if a slot was free
   */
  synchronized ByteStream admit(ByteStream stream) {
    ByteStream oldest = null;
    if (waiting.size() >= max) {
      Iterator<ByteStream> first = waiting.iterator();
      oldest = first.next();
      first.remove();
    }
    waiting.add(stream);
    return oldest;
  }

  /** Frees the slot of {@code stream}, which read its HELLO or failed; a no-op if it lost its slot. */
  synchronized void leave(ByteStream stream) {
    waiting.remove(stream);
  }

  /** How many connections hold a slot now. */
  synchronized int waiting() {
    return waiting.size();
  }
}
