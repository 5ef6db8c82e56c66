package org.typedipc.runtime.internal.dispatch;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.IntUnaryOperator;
import java.util.function.Supplier;
import org.typedipc.runtime.IpcValueException;
import org.typedipc.runtime.MessageEvent;
import org.typedipc.runtime.MessagePort;
import org.typedipc.runtime.MessagePortListener;
import org.typedipc.runtime.Registration;
import org.typedipc.runtime.internal.messages.ErrorMessages;
import org.typedipc.runtime.internal.messages.Checks;
import org.typedipc.runtime.spi.Channel;
import org.typedipc.runtime.spi.Codecs;
import org.typedipc.runtime.spi.TypedPort;

/**
 * One end of an entangled pair, where it is held now (main or a renderer). Messages from the other
 * end queue until {@link #start()}, then run on {@code loop} one at a time; ports are numbered in
 * pairs, so the other end of port {@code n} is {@code n ^ 1}. A message stays in the queue until a
 * listener has it, so one the loop has not reached yet travels with the port when it is posted.
 *
 * <p>A pair a renderer made itself ({@link #localPair}) has no id until its first end goes to main:
 * till then each end hands its messages and its close straight to the other, and it is numbered in
 * the renderer's space ({@link PortIds}) by {@link #neuterAll} when it is first posted.
 */
public final class PortEnd implements MessagePort, TypedPort {
  private static final System.Logger LOG = System.getLogger("org.typedipc.runtime");

  /** The most ports one message may carry; the wire refuses more (PROTOCOL.md, {@code POST}). */
  public static final int MAX_PORTS_PER_MESSAGE = 64;

  /** An id in main's or the renderer's space; {@link #UNNUMBERED} for a local pair never posted. */
  private volatile int id;
  private final PortRoute route;
  /** Both ends of a pair made in this renderer, until its first end is posted; null afterwards. */
  private volatile LocalPair local;
  private final Executor loop;
  private final long maxDecodedBytes;
  private final CopyOnWriteArrayList<MessagePortListener> listeners = new CopyOnWriteArrayList<>();
  private final CopyOnWriteArrayList<Runnable> closeListeners = new CopyOnWriteArrayList<>();
  /** Messages that came and were not delivered yet; null once closed or posted elsewhere. */
  private ArrayDeque<byte[]> pending = new ArrayDeque<>();
  /** How many messages came from main while this end was held here (not those of a local pair). */
  private long received;
  private boolean closed;
  private boolean neutered;
  /** Set by {@link #start()}; the waiting messages are being delivered. */
  private boolean started;
  /** Set by {@link #start()} or the first listener: someone may be waiting for this end's events. */
  private boolean listenedTo;
  /**
   * The other end, when both are held in this process and that one is listened to: whoever can
   * still post here keeps that end's listeners alive (see {@link #keepAlive}).
   */
  private volatile PortEnd partner;

  public PortEnd(int id, PortRoute route, Executor loop, long maxDecodedBytes) {
    this.id = id;
    this.route = route;
    this.loop = loop;
    this.maxDecodedBytes = maxDecodedBytes;
  }

  /** The id of an end of a local pair that was never posted. */
  public static final int UNNUMBERED = -1;

  /** The ends of a pair made in this renderer, while neither has left it; its monitor orders numbering. */
  private static final class LocalPair {
    PortEnd first;
    PortEnd second;
    boolean numbered;

    PortEnd other(PortEnd end) {
      return end == first ? second : first;
    }

    /** Gives the pair its ids ({@code firstId} and one more); its ends send through the route from now on. */
    void number(int firstId) {
      first.id = firstId;
      second.id = firstId + 1;
      numbered = true;
      first.local = null;
      second.local = null;
    }
  }

  /**
   * A new pair in this renderer: its ends talk to each other directly until one of them is posted
   * to main (see {@link #neuterAll}); {@code route} is the renderer's, for afterwards.
   */
  public static PortEnd[] localPair(PortRoute route, Executor loop, long maxDecodedBytes) {
    LocalPair pair = new LocalPair();
    pair.first = new PortEnd(UNNUMBERED, route, loop, maxDecodedBytes);
    pair.second = new PortEnd(UNNUMBERED, route, loop, maxDecodedBytes);
    pair.first.local = pair;
    pair.second.local = pair;
    return new PortEnd[] {pair.first, pair.second};
  }

  /**
   * Takes every end of one post away at once, or none: checks and moves them while holding all of
   * them (and the local pair of each), so a {@code close()} from another thread either came first,
   * and then the whole post is refused naming that port with no end moved, or comes after the move
   * and finds the port posted. Of the local pairs never posted ({@link #localPair}), each is
   * numbered in the renderer's space ({@code reservePairs.applyAsInt(count)} gives the first id of
   * {@code count} consecutive pairs, or throws having reserved none), and its two ends are handed
   * to {@code numbered}, sending through the route from then on.
   *
   * <p>Callers post under one lock of their route (the renderer's post lock, main's port hub), so
   * two posts never take these monitors in different orders.
   *
   * @param ends the ports of one post, in order, checked by {@link #checkTransfer}
   * @return what each end leaves behind, in order
   * @throws IllegalArgumentException naming the first port that is closed or was posted already
   */
  public static List<Neutered> neuterAll(List<PortEnd> ends, IntUnaryOperator reservePairs, Consumer<PortEnd[]> numbered) {
    List<Object> monitors = new ArrayList<>(ends.size() * 2);
    for (PortEnd end : ends) {
      LocalPair pair = end.local; // changes only under the caller's post lock, which is held
      if (pair != null && monitors.stream().noneMatch(m -> m == pair)) {
        monitors.add(pair);
      }
      monitors.add(end);
    }
    return holding(monitors, 0, () -> {
      List<LocalPair> unnumbered = new ArrayList<>();
      for (int i = 0; i < ends.size(); i++) {
        PortEnd end = ends.get(i);
        if (end.closed) {
          throw new IllegalArgumentException(ErrorMessages.portNotTransferable(i, end.id));
        }
        LocalPair pair = end.local;
        if (pair != null && !pair.numbered && !unnumbered.contains(pair)) {
          unnumbered.add(pair);
        }
      }
      int first = unnumbered.isEmpty() ? 0 : reservePairs.applyAsInt(unnumbered.size());
      for (LocalPair pair : unnumbered) {
        pair.number(first);
        numbered.accept(new PortEnd[] {pair.first, pair.second});
        first += 2;
      }
      List<Neutered> left = new ArrayList<>(ends.size());
      for (int i = 0; i < ends.size(); i++) {
        left.add(ends.get(i).neuter(i));
      }
      return left;
    });
  }

  /** {@link #neuterAll(List, IntUnaryOperator, Consumer)} for ports numbered when made, as main's are. */
  public static List<Neutered> neuterAll(List<PortEnd> ends) {
    return neuterAll(ends, pairs -> {
      throw new AssertionError(pairs); // a port numbered when made is never of a local pair
    }, numbered -> { });
  }

  /** Runs {@code action} holding {@code monitors[from..]}, taken in order. */
  private static <T> T holding(List<Object> monitors, int from, Supplier<T> action) {
    if (from == monitors.size()) {
      return action.get();
    }
    synchronized (monitors.get(from)) {
      return holding(monitors, from + 1, action);
    }
  }

  /**
   * Puts back an end {@link #neuterAll} took away for a post that could not be sent: it is open
   * again here, with the messages that waited in it.
   */
  public void restore(Neutered left) {
    int waiting;
    synchronized (this) {
      closed = false;
      neutered = false;
      pending = new ArrayDeque<>(left.undelivered());
      waiting = started ? pending.size() : 0;
    }
    for (int i = 0; i < waiting; i++) {
      loop.execute(this::deliverNext);
    }
  }

  /** {@return this end's id on the wire, or {@link #UNNUMBERED}} */
  public int id() {
    return id;
  }

  /** The other end's id. */
  public static int peer(int portId) {
    return portId ^ 1;
  }

  /** Encodes a message as every port message is encoded: one dynamic value. */
  public static byte[] encode(Object message) {
    return Payloads.encode(Codecs.DYNAMIC, message);
  }

  @Override
  public void postMessage(Object message) {
    byte[] payload;
    try {
      payload = encode(message);
    } catch (IpcValueException e) {
      throw new IpcValueException(ErrorMessages.cannotPostOnPort(id, e.getMessage()));
    }
    synchronized (this) {
      if (neutered) {
        throw new IllegalStateException(ErrorMessages.portNeutered(id));
      }
      if (closed) {
        return; // Electron drops it too
      }
    }
    LocalPair pair = local;
    if (pair != null) {
      synchronized (pair) {
        if (!pair.numbered) {
          pair.other(this).receiveLocally(payload);
          return;
        }
      }
    }
    route.post(id, payload);
  }

  @Override
  public Registration onMessage(MessagePortListener listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
    markListenedTo();
    return () -> listeners.remove(listener);
  }

  @Override
  public Registration onClose(Runnable listener) {
    closeListeners.add(Objects.requireNonNull(listener, "listener"));
    markListenedTo();
    return () -> closeListeners.remove(listener);
  }

  @Override
  public void start() {
    int waiting;
    synchronized (this) {
      if (pending == null || started) {
        return;
      }
      started = true;
      waiting = pending.size();
    }
    markListenedTo();
    // One task per message, each taking the oldest: one that arrives meanwhile cannot overtake.
    for (int i = 0; i < waiting; i++) {
      loop.execute(this::deliverNext);
    }
  }

  private void markListenedTo() {
    synchronized (this) {
      if (listenedTo) {
        return;
      }
      listenedTo = true;
    }
    route.listenedTo(id);
  }

  /** {@return whether this end was started or has had a listener: someone may wait for its events} */
  public synchronized boolean isListenedTo() {
    return listenedTo;
  }

  /** Keeps {@code other} reachable while this end is (or lets it go when null). */
  public void keepAlive(PortEnd other) {
    partner = other;
  }

  private void deliverNext() {
    byte[] next;
    synchronized (this) {
      next = pending == null ? null : pending.poll();
    }
    if (next != null) {
      deliver(next);
    }
  }

  @Override
  public void close() {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      pending = null;
    }
    LocalPair pair = local;
    if (pair != null) {
      synchronized (pair) {
        if (!pair.numbered) {
          pair.other(this).peerClosed();
          return;
        }
      }
    }
    route.close(id);
  }

  @Override
  public synchronized boolean isClosed() {
    return closed;
  }

  /**
   * A message of the other end arrived here.
   *
   * @return false if this end was posted elsewhere meanwhile: the message is for its new place
   */
  public boolean receive(byte[] payload) {
    return receive(payload, true);
  }

  /** A message of the other end of a local pair: main never counted it (see {@link #neuter}). */
  private void receiveLocally(byte[] payload) {
    receive(payload, false);
  }

  private boolean receive(byte[] payload, boolean fromMain) {
    synchronized (this) {
      if (neutered) {
        return false;
      }
      if (closed) {
        return true;
      }
      pending.add(payload);
      if (fromMain) {
        received++;
      }
      if (!started) {
        return true;
      }
    }
    loop.execute(this::deliverNext);
    return true;
  }

  /** The other end went away: this end closes and its close listeners run on its loop. */
  public void peerClosed() {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      pending = null;
    }
    loop.execute(() -> {
      for (Runnable listener : closeListeners) {
        try {
          listener.run();
        } catch (RuntimeException e) {
          LOG.log(System.Logger.Level.ERROR, ErrorMessages.portListenerFailedLog(id), e);
        }
      }
    });
  }

  /**
   * Takes this end away to be posted elsewhere: it is closed here without telling the other end.
   * The messages no listener had yet travel with it.
   *
   * @throws IllegalArgumentException with {@code index} in the text if it is closed or posted already
   */
  private synchronized Neutered neuter(int index) {
    if (closed) {
      throw new IllegalArgumentException(ErrorMessages.portNotTransferable(index, id));
    }
    closed = true;
    neutered = true;
    List<byte[]> undelivered = new ArrayList<>(pending);
    pending = null;
    return new Neutered(undelivered, received - undelivered.size());
  }

  /**
   * What a port posted elsewhere leaves behind.
   *
   * @param undelivered the messages no listener had, oldest first: they travel with the port
   * @param delivered how many of the messages that came from main while it was here listeners
   *     had, less those of a local pair they had not: negative when only local ones wait, so that
   *     main, which counted only its own, expects back every message that waits
   */
  public record Neutered(List<byte[]> undelivered, long delivered) {}

  private void deliver(byte[] payload) {
    Object data;
    try {
      data = Payloads.decode(Codecs.DYNAMIC, payload, "port #" + id, maxDecodedBytes);
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, ErrorMessages.portMessageDroppedLog(id, e.getMessage()));
      return;
    }
    for (MessagePortListener listener : listeners) {
      MessageEvent event = new PortMessage(data, this);
      try {
        listener.onMessage(event);
      } catch (RuntimeException e) {
        LOG.log(System.Logger.Level.ERROR, ErrorMessages.portListenerFailedLog(id), e);
      }
    }
  }

  @Override
  public <A> void send(Channel<A, ?> channel, A args) {
    Checks.requireListener(channel, "channel");
    byte[] encoded;
    try {
      encoded = Payloads.encode(channel.argsCodec(), args);
    } catch (IpcValueException e) {
      throw new IpcValueException(ErrorMessages.cannotSend(channel.name(), e.getMessage()));
    }
    postMessage(List.of(channel.name(), encoded));
  }

  @Override
  public <A> Registration on(Channel<A, ?> channel, Consumer<? super A> listener) {
    Checks.requireListener(channel, "channel");
    Checks.requireListener(listener, "listener");
    return onMessage(event -> {
      if (event.data() instanceof List<?> typed && typed.size() == 2 && channel.name().equals(typed.get(0))
          && typed.get(1) instanceof byte[] encoded) {
        listener.accept(Payloads.decode(channel.argsCodec(), encoded, channel.name(), maxDecodedBytes));
      }
    });
  }

  /**
   * Checks the ports of one post and returns them as ends, in order. A port may close after this
   * check: {@link #neuterAll} checks again while it moves them.
   */
  public static List<PortEnd> checkTransfer(List<MessagePort> ports, PortRoute expectedRoute) {
    Objects.requireNonNull(ports, "ports");
    if (ports.size() > MAX_PORTS_PER_MESSAGE) {
      throw new IllegalArgumentException(ErrorMessages.tooManyPortsToPost(ports.size(), MAX_PORTS_PER_MESSAGE));
    }
    List<PortEnd> ends = new ArrayList<>(ports.size());
    for (int i = 0; i < ports.size(); i++) {
      MessagePort port = ports.get(i);
      if (!(port instanceof PortEnd) || ((PortEnd) port).route != expectedRoute) {
        throw new IllegalArgumentException(ErrorMessages.invalidPort(i));
      }
      if (ends.contains(port)) {
        throw new IllegalArgumentException(ErrorMessages.duplicatePort(i));
      }
      if (port.isClosed()) {
        throw new IllegalArgumentException(ErrorMessages.portNotTransferable(i, ((PortEnd) port).id));
      }
      ends.add((PortEnd) port);
    }
    return ends;
  }

  @Override
  public String toString() {
    return "MessagePort[#" + id + (isClosed() ? ", closed]" : "]");
  }

  private record PortMessage(Object data, MessagePort target) implements MessageEvent {}
}
