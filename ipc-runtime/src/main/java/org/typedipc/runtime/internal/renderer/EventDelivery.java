package org.typedipc.runtime.internal.renderer;

import org.typedipc.runtime.IpcOutcome;
import org.typedipc.runtime.internal.dispatch.CallTracker;
import org.typedipc.runtime.internal.dispatch.ListenerAdapter;
import org.typedipc.runtime.internal.dispatch.ListenerRegistry;
import org.typedipc.runtime.internal.dispatch.TrafficCounters;
import org.typedipc.runtime.internal.messages.ErrorMessages;
import java.util.List;
import org.typedipc.runtime.IpcRendererEvent;
import org.typedipc.runtime.internal.messages.Loggers;
import org.typedipc.runtime.MessagePort;

/** One message from main, delivered on the renderer's loop to one frame's listeners. */
final class EventDelivery extends MainDelivery {
  private static final System.Logger LOG = Loggers.RENDERER;

  private final List<MessagePort> ports;

  EventDelivery(FrameState frame, String channel, byte[] payload, List<MessagePort> ports) {
    super(frame, channel, payload);
    this.ports = ports;
  }

  @Override
  void deliverOnLoop() {
    if (frame.isClosed()) {
      return;
    }
    TrafficCounters traffic = frame.client.traffic;
    traffic.count(Type.EVENT, payloadBytes());
    CallTracker tracker;
    try {
      tracker = frame.client.interception.enter(this);
    } catch (RuntimeException refused) {
      traffic.denied();
      LOG.log(System.Logger.Level.DEBUG, ErrorMessages.interceptorRefusedLog(channel), refused);
      return;
    }
    long start = System.nanoTime();
    deliver();
    traffic.handlerTime(System.nanoTime() - start);
    if (tracker != null) {
      tracker.finish(IpcOutcome.Status.SUCCEEDED, 0);
    }
  }

  private void deliver() {
    ListenerRegistry.Entry<ListenerAdapter<IpcRendererEvent>>[] entries = frame.listeners.get(channel);
    if (entries.length == 0) {
      frame.client.unheard(channel);
      return;
    }
    for (ListenerRegistry.Entry<ListenerAdapter<IpcRendererEvent>> entry : entries) {
      if (frame.listeners.claim(entry)) {
        try {
          entry.listener.deliver(this, this);
        } catch (RuntimeException | Error e) {
          if (e instanceof VirtualMachineError) {
            throw (VirtualMachineError) e;
          }
          if (isSendersFault(e)) {
            continue;
          }
          LOG.log(System.Logger.Level.ERROR, ErrorMessages.listenerFailedLog("renderer", channel), e);
        }
      }
    }
    if (malformed() != null) {
      frame.client.malformedPayload(channel, malformed());
    }
  }

  @Override
  public Type type() {
    return Type.EVENT;
  }

  @Override
  public List<MessagePort> ports() {
    return ports;
  }
}
