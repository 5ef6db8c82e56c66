package org.typedipc.runtime.internal.dispatch;

import java.lang.ref.Cleaner;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;

/**
 * The ports a renderer holds, by id. A port is referenced weakly until it is started or gets a
 * listener, so that one its owner dropped without {@code close()} is forgotten once collected and
 * its pair closes ({@code dropped} tells main); one with listeners stays while its pair is open.
 */
public final class PortTable {
  /** Runs the actions of collected ports, here and in main's table. */
  public static final Cleaner CLEANER = Cleaner.create();

  private final ConcurrentHashMap<Integer, Held> ports = new ConcurrentHashMap<>();
  private final IntConsumer dropped;

  /** @param dropped called with the id of a port collected while held */
  public PortTable(IntConsumer dropped) {
    this.dropped = dropped;
  }

  private static final class Held extends WeakReference<PortEnd> {
    /** The port itself once someone listens to it: it must outlive its owner's references. */
    private volatile PortEnd pinned;

    Held(PortEnd port) {
      super(port);
    }
  }

  /** Holds {@code port} from now on; one already listened to stays alive for its listeners. */
  public void put(PortEnd port) {
    Held held = new Held(port);
    if (port.isListenedTo()) {
      held.pinned = port;
    }
    int id = port.id();
    ports.put(id, held);
    CLEANER.register(port, () -> {
      if (ports.remove(id, held)) {
        dropped.accept(id);
      }
    });
  }

  /** Keeps port {@code id} alive from now on: someone listens to it. */
  public void pin(int id) {
    Held held = ports.get(id);
    if (held != null) {
      held.pinned = held.get();
    }
  }

  /** {@return the port held as {@code id}, or null} */
  public PortEnd get(int id) {
    Held held = ports.get(id);
    return held == null ? null : held.get();
  }

  /** {@return the port held as {@code id}, no longer held, or null} */
  public PortEnd remove(int id) {
    Held held = ports.remove(id);
    return held == null ? null : held.get();
  }

  /** {@return every port held, now held no longer} */
  public List<PortEnd> removeAll() {
    List<PortEnd> removed = new ArrayList<>();
    for (Integer id : List.copyOf(ports.keySet())) {
      PortEnd port = remove(id);
      if (port != null) {
        removed.add(port);
      }
    }
    return removed;
  }
}
