package org.typedipc.runtime.internal.main;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.typedipc.runtime.ConnectionSettings;
import org.typedipc.runtime.IpcException;
import org.typedipc.runtime.IpcProtocolException;
import org.typedipc.runtime.MessagePort;
import org.typedipc.runtime.internal.dispatch.PortEnd;
import org.typedipc.runtime.internal.dispatch.PortIds;
import org.typedipc.runtime.internal.dispatch.PortRoute;
import org.typedipc.runtime.internal.dispatch.PortTable;
import org.typedipc.runtime.internal.loop.Daemons;
import org.typedipc.runtime.internal.loop.SerialLoop;
import org.typedipc.runtime.internal.messages.ErrorMessages;

/**
 * Where every port of this process's main is held: here (a {@link PortEnd} of main) or in a
 * renderer (its session). Every port message passes through here, so a renderer needs to know no
 * other renderer: main routes each message to wherever the other end is now, across transports.
 * One lock orders a transfer before the messages routed to the port's new place.
 *
 * <p>A port held here is referenced weakly, so that one its owner dropped without {@code close()}
 * closes its pair once collected, and this table does not grow forever. Only a port with listeners
 * (or started) that the other end may still reach is kept alive for them: pinned here while that
 * end is in a renderer, kept by that end while both are here. A gone renderer's ports close with it.
 *
 * <p>A pair a renderer made itself gets ids here when its first end arrives; the renderer keeps
 * naming it by its own ids ({@link RendererMadePorts}), which this hub translates both ways.
 */
public final class PortHub implements PortRoute {
  /** The hub of this JVM: a {@code MessageChannelMain} belongs to no one main until posted. */
  public static final PortHub INSTANCE = new PortHub();

  private final AtomicInteger nextPair = new AtomicInteger();
  /** Each open port: a {@link Local} port held here or the {@link RendererSession} that holds it. */
  private final Map<Integer, Object> held = new HashMap<>();
  /** For each port a renderer holds, how many messages main sent it there. */
  private final Map<Integer, Long> sentToRenderer = new HashMap<>();
  private final PortReturns returns = new PortReturns();
  /** The renderer that made each open pair it made, by the hub's id of the pair's first end. */
  private final Map<Integer, RendererSession> madeBy = new HashMap<>();

  PortHub() {}

  /** A port held here. */
  private static final class Local extends WeakReference<PortEnd> {
    /** The port itself while it must outlive its owner's references (see {@link #repin}). */
    private PortEnd pinned;

    Local(PortEnd port) {
      super(port);
    }
  }

  /** {@return how many ports this hub keeps track of: open ones, wherever they are held} */
  public synchronized int openPorts() {
    return held.size();
  }

  /** {@return how many ports wait for messages to come back from a renderer} */
  synchronized int portsAwaitingReturns() {
    return returns.waitingPorts();
  }

  /** {@return whether port {@code portId} is open, wherever it is held} */
  public synchronized boolean tracks(int portId) {
    return held.containsKey(portId);
  }

  /** A new entangled pair, both held here. */
  public MessagePort[] createPair() {
    int first = newPairId();
    long maxDecodedBytes = ConnectionSettings.defaults().maxDecodedBytes();
    PortEnd port1 = local(first, maxDecodedBytes);
    PortEnd port2 = local(first + 1, maxDecodedBytes);
    synchronized (this) {
      hold(port1);
      hold(port2);
    }
    return new MessagePort[] {port1, port2};
  }

  /** {@return the id of a new pair's first end, in main's space} */
  private int newPairId() {
    int first = nextPair.getAndIncrement() * 2;
    if (first < 0 || first >= PortIds.RENDERER_MADE) {
      throw new IllegalStateException("port ids exhausted"); // after 2^29 channels
    }
    return first;
  }

  /**
   * Under the lock, the hub's id of port {@code portId} as renderer {@code from} names it, or -1
   * if it is a pair of that renderer's that closed.
   *
   * @throws IpcProtocolException if it names a port main never made or a pair it never introduced
   */
  private int hubId(RendererSession from, int portId) {
    if (PortIds.isRendererMade(portId)) {
      return from.madePorts.toHub(portId);
    }
    if (portId >= nextPair.get() * 2) {
      throw new IpcProtocolException(ErrorMessages.portNeverMadeByMain(portId));
    }
    return portId;
  }

  /** Holds {@code port} here; once nobody can reach it, its pair closes. */
  private void hold(PortEnd port) {
    Local local = new Local(port);
    held.put(port.id(), local);
    int id = port.id();
    PortTable.CLEANER.register(port, () -> collected(id, local));
  }

  private void collected(int portId, Local local) {
    synchronized (this) {
      if (held.get(portId) != local) {
        return; // closed or posted before it was collected
      }
    }
    closePair(portId);
  }

  /**
   * Decides what keeps each end of {@code portId}'s pair alive: a listened-to end whose other end
   * is in a renderer is pinned here (messages and the close may come any time); one whose other
   * end is here too is kept by that end, so the pair goes once neither is reachable.
   */
  private void repin(int portId) {
    for (int id : new int[] {portId, PortEnd.peer(portId)}) {
      PortEnd port = held.get(id) instanceof Local local ? local.get() : null;
      if (port != null) {
        Object other = held.get(PortEnd.peer(id));
        PortEnd otherHere = other instanceof Local otherLocal ? otherLocal.get() : null;
        ((Local) held.get(id)).pinned = port.isListenedTo() && other instanceof RendererSession ? port : null;
        port.keepAlive(otherHere != null && otherHere.isListenedTo() ? otherHere : null);
      }
    }
  }

  @Override
  public synchronized void listenedTo(int portId) {
    repin(portId);
  }

  private PortEnd local(int id, long maxDecodedBytes) {
    return new PortEnd(id, this, new SerialLoop(Daemons.deliveries())::execute, maxDecodedBytes);
  }

  /**
   * Posts main's ports to a renderer: checks them, moves them there and has {@code send} write the
   * message, then forwards what no listener in main had yet. The ports move all at once or none
   * (see {@link PortEnd#neuterAll}), before the message is written: a listener the write runs at
   * once (an embedded renderer's) finds them posted already. If it cannot be written, they are put
   * back as they were.
   */
  synchronized void transfer(List<MessagePort> ports, RendererSession to, PostSender send) {
    List<PortEnd> ends = PortEnd.checkTransfer(ports, this);
    int[] ids = new int[ends.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = ends.get(i).id();
    }
    List<PortEnd.Neutered> left = PortEnd.neuterAll(ends);
    try {
      send.post(ids);
    } catch (RuntimeException | Error e) {
      for (int i = 0; i < ids.length; i++) {
        ends.get(i).restore(left.get(i));
      }
      throw e;
    }
    for (int i = 0; i < ids.length; i++) {
      held.put(ids[i], to);
      sentToRenderer.put(ids[i], (long) left.get(i).undelivered().size());
      repin(ids[i]);
    }
    for (int i = 0; i < ids.length; i++) {
      for (byte[] payload : left.get(i).undelivered()) {
        to.deliverPortMessage(ids[i], payload);
      }
    }
  }

  /** Writes a post with these port ids; throws if it cannot. */
  @FunctionalInterface
  interface PostSender {
    void post(int[] portIds);
  }

  /**
   * Ports a renderer posted to main: each becomes a port held here, one the renderer let go of
   * meanwhile closed. Of the messages main sent the renderer for a port, those beyond {@code
   * delivered} (its listeners had that many) come back, and newer ones wait for them.
   */
  synchronized List<MessagePort> adopt(int[] ids, long[] delivered, RendererSession from) {
    List<MessagePort> ports = new ArrayList<>(ids.length);
    for (int i = 0; i < ids.length; i++) {
      if (PortIds.isRendererMade(ids[i]) && from.madePorts.introduces(ids[i])) {
        learn(from, ids[i]);
      }
      int id = hubId(from, ids[i]);
      PortEnd port = local(id < 0 ? ids[i] : id, from.main.maxDecodedBytes());
      if (id >= 0 && held.get(id) == from) {
        from.madePorts.posted(id);
        long owed = sentToRenderer.getOrDefault(id, 0L) - delivered[i];
        sentToRenderer.remove(id);
        hold(port);
        repin(id);
        if (owed > 0) {
          returns.expect(id, from, owed);
        }
      } else {
        port.peerClosed();
      }
      ports.add(port);
    }
    return List.copyOf(ports);
  }

  /**
   * A pair {@code from} made: both ends are held there until this post moves one. Main never sent
   * it anything for them, so a {@code delivered} below 0 counts the renderer's own messages to come.
   */
  private void learn(RendererSession from, int portId) {
    int first = newPairId();
    from.madePorts.learn(portId, first);
    held.put(first, from);
    held.put(first + 1, from);
    madeBy.put(first, from);
  }

  @Override
  public void post(int portId, byte[] payload) {
    route(portId, payload);
  }

  /** A message a renderer posted on a port it holds. */
  void postFrom(RendererSession from, int portId, byte[] payload) {
    int id;
    synchronized (this) {
      id = hubId(from, portId);
      if (id < 0 || held.get(id) != from) {
        return; // closed meanwhile
      }
    }
    route(id, payload);
  }

  /** Hands a message to the other end, unless older ones for it are still coming back. */
  private void route(int portId, byte[] payload) {
    int peer = PortEnd.peer(portId);
    boolean heldBack;
    RendererSession renderer = null;
    int wireId = peer;
    synchronized (this) {
      heldBack = returns.holdBack(peer, payload);
      if (!heldBack) {
        renderer = place(peer, payload);
        wireId = renderer == null ? peer : renderer.madePorts.toRenderer(peer);
      }
    }
    if (heldBack) {
      drain(peer);
    } else if (renderer != null) {
      renderer.deliverPortMessage(wireId, payload);
    }
  }

  /** A message main sent a renderer for port {@code portId} came back: the renderer posted the port on. */
  void returnedFrom(RendererSession from, int portId, byte[] payload) {
    boolean owed;
    int id;
    synchronized (this) {
      id = hubId(from, portId);
      owed = id >= 0 && returns.returned(id, from, payload);
    }
    if (owed) {
      drain(id);
    }
  }

  /** Delivers {@code portId}'s messages that no longer wait, unless another thread is at it. */
  private void drain(int portId) {
    synchronized (this) {
      if (!returns.startDraining(portId)) {
        return;
      }
    }
    while (true) {
      byte[] next;
      RendererSession renderer;
      int wireId;
      synchronized (this) {
        next = returns.nextReady(portId);
        if (next == null) {
          return;
        }
        renderer = place(portId, next);
        wireId = renderer == null ? portId : renderer.madePorts.toRenderer(portId);
      }
      if (renderer != null) {
        renderer.deliverPortMessage(wireId, next);
      }
    }
  }

  /**
   * Under the lock, where port {@code target} is now: a port here takes the message at once (its
   * loop runs the listeners elsewhere); for a renderer the message is counted and the renderer
   * returned, to be written outside the lock (an embedded renderer may run its listener at once).
   * Looking the place up with the count, under the lock that orders posts, is what lets {@link
   * #adopt} know which messages a renderer was sent before it posted the port on.
   */
  private RendererSession place(int target, byte[] payload) {
    Object holder = held.get(target);
    if (holder instanceof Local local) {
      PortEnd port = local.get();
      if (port != null) {
        port.receive(payload); // a port nobody can reach hears nothing: its pair is closing
      }
      return null;
    }
    if (holder instanceof RendererSession renderer) {
      sentToRenderer.merge(target, 1L, Long::sum);
      return renderer;
    }
    return null;
  }

  @Override
  public void close(int portId) {
    closePair(portId);
  }

  /** A renderer closed a port it holds. */
  void closeFrom(RendererSession from, int portId) {
    int id;
    synchronized (this) {
      id = hubId(from, portId);
      if (id < 0 || held.get(id) != from) {
        return;
      }
    }
    closePair(id);
  }

  /** A renderer is gone: every port it held closes, and their other ends hear of it. */
  void sessionGone(RendererSession gone) {
    List<Integer> ids = new ArrayList<>();
    List<Integer> unblocked;
    synchronized (this) {
      held.forEach((id, holder) -> {
        if (holder == gone) {
          ids.add(id);
        }
      });
      unblocked = returns.sessionGone(gone); // what main had sent it for ports it posted on is lost
    }
    for (int id : ids) {
      closePair(id);
    }
    unblocked.forEach(this::drain);
  }

  private void closePair(int portId) {
    Object other;
    int otherWireId = PortEnd.peer(portId);
    synchronized (this) {
      for (int id : new int[] {portId, PortEnd.peer(portId)}) {
        sentToRenderer.remove(id);
        returns.forget(id);
      }
      held.remove(portId);
      other = held.remove(PortEnd.peer(portId));
      if (other instanceof RendererSession renderer) {
        otherWireId = renderer.madePorts.toRenderer(otherWireId);
      }
      RendererSession maker = madeBy.remove(portId & ~1);
      if (maker != null) {
        maker.madePorts.forget(portId & ~1);
      }
    }
    if (other instanceof Local local) {
      PortEnd port = local.get();
      if (port != null) {
        port.peerClosed();
      }
    } else if (other instanceof RendererSession) {
      try {
        ((RendererSession) other).deliverPortClosed(otherWireId);
      } catch (IpcException e) {
        // that renderer is going too
      }
    }
  }
}
