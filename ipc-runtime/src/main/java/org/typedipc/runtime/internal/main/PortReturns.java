package org.typedipc.runtime.internal.main;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Messages on their way back to main: those main sent a renderer for a port the renderer posted on
 * before its listeners had them. Until all are back, newer messages for the port wait behind them,
 * so wherever the port is now, it gets every message once and in the order main routed them.
 *
 * <p>Each renderer that posted the port on owes a counted number of messages (a gate). A port
 * posted on again before the first renderer's messages are all back has several gates, newest
 * first: the newest owner's messages are the oldest, so an older gate's returns wait behind the
 * newer gate's, and new messages behind all. Guarded by {@link PortHub}'s lock.
 */
final class PortReturns {
  private final Map<Integer, Port> ports = new HashMap<>();

  private static final class Gate {
    final RendererSession from;
    long remaining;
    /** Messages that wait for this gate's returns. */
    final ArrayDeque<byte[]> later = new ArrayDeque<>();

    Gate(RendererSession from, long remaining) {
      this.from = from;
      this.remaining = remaining;
    }
  }

  private static final class Port {
    /** Newest first. */
    final ArrayDeque<Gate> gates = new ArrayDeque<>();
    /** In order, for whoever drains the port. */
    final ArrayDeque<byte[]> ready = new ArrayDeque<>();
    boolean draining;
  }

  /** Port {@code portId} came from {@code from}, which will send back {@code count} > 0 messages. */
  void expect(int portId, RendererSession from, long count) {
    Port port = ports.computeIfAbsent(portId, id -> new Port());
    Gate gate = new Gate(from, count);
    // What was ready went nowhere yet: it is newer than all {@code from} had, and waits for it.
    gate.later.addAll(port.ready);
    port.ready.clear();
    port.gates.addFirst(gate);
  }

  /** {@return whether a new message for {@code portId} waits here, behind messages still coming back} */
  boolean holdBack(int portId, byte[] payload) {
    Port port = ports.get(portId);
    if (port == null) {
      return false;
    }
    (port.gates.isEmpty() ? port.ready : port.gates.peekLast().later).add(payload);
    return true;
  }

  /** {@return whether {@code from} owed this message; one it did not owe is dropped} */
  boolean returned(int portId, RendererSession from, byte[] payload) {
    Port port = ports.get(portId);
    if (port == null) {
      return false;
    }
    Gate newer = null;
    for (Gate gate : port.gates) {
      if (gate.from == from && gate.remaining > 0) {
        gate.remaining--;
        (newer == null ? port.ready : newer.later).add(payload);
        promote(port);
        return true;
      }
      newer = gate;
    }
    return false;
  }

  /** Opens every gate whose messages are all back, newest first. */
  private static void promote(Port port) {
    while (!port.gates.isEmpty() && port.gates.peekFirst().remaining == 0) {
      port.ready.addAll(port.gates.pollFirst().later);
    }
  }

  /** {@return whether the caller is now the one that delivers {@code portId}'s ready messages} */
  boolean startDraining(int portId) {
    Port port = ports.get(portId);
    if (port == null || port.draining) {
      return false;
    }
    port.draining = true;
    return true;
  }

  /** {@return the next message to deliver, or null: the caller stops draining} */
  byte[] nextReady(int portId) {
    Port port = ports.get(portId);
    if (port == null) {
      return null;
    }
    byte[] next = port.ready.poll();
    if (next == null) {
      port.draining = false;
      if (port.gates.isEmpty()) {
        ports.remove(portId);
      }
    }
    return next;
  }

  /** Port {@code portId} closed: what waited for it goes. */
  void forget(int portId) {
    ports.remove(portId);
  }

  /** {@code gone}'s messages will not come back; returns the ports whose waiting messages may go on now. */
  List<Integer> sessionGone(RendererSession gone) {
    List<Integer> affected = new ArrayList<>();
    ports.forEach((id, port) -> {
      Gate newer = null;
      for (Iterator<Gate> gates = port.gates.iterator(); gates.hasNext(); ) {
        Gate gate = gates.next();
        if (gate.from == gone) {
          gates.remove();
          (newer == null ? port.ready : newer.later).addAll(gate.later);
          affected.add(id);
        } else {
          newer = gate;
        }
      }
      promote(port);
    });
    return affected;
  }

  /** {@return how many ports wait for messages to come back} */
  int waitingPorts() {
    return ports.size();
  }
}
