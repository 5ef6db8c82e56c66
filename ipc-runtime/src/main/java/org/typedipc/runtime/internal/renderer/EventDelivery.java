package org.typedipc.runtime.internal.renderer;

import org.typedipc.runtime.internal.dispatch.InboundMessage;
import org.typedipc.runtime.internal.dispatch.ListenerAdapter;
import org.typedipc.runtime.internal.dispatch.ListenerRegistry;
import org.typedipc.runtime.internal.messages.ErrorMessages;
import org.typedipc.runtime.IpcRenderer;
import java.util.List;
import org.typedipc.runtime.IpcRendererEvent;
import org.typedipc.runtime.internal.messages.Loggers;
import org.typedipc.runtime.MessagePort;

/** One message from main, delivered on the renderer's loop to one frame's listeners. */
final class EventDelivery extends InboundMessage implements Runnable, IpcRendererEvent {
  private static final System.Logger LOG = Loggers.RENDERER;

  private final FrameState frame;
  private final List<MessagePort> ports;

  EventDelivery(FrameState frame, String channel, byte[] payload, List<MessagePort> ports) {
    super(channel, payload, frame.client.maxDecodedBytes(), frame.client.mainLog, "renderer");
    this.frame = frame;
    this.ports = ports;
  }

  @Override
  public void run() {
    if (frame.isClosed()) {
      return;
    }
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
  public IpcRenderer sender() {
    return frame.endpoint;
  }

  @Override
  public String channel() {
    return channel;
  }

  @Override
  public List<MessagePort> ports() {
    return ports;
  }
}
