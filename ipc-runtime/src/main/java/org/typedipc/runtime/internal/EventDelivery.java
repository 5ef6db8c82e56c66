package org.typedipc.runtime.internal;

import org.typedipc.runtime.IpcRenderer;
import org.typedipc.runtime.IpcRendererEvent;

/** One message from main, delivered on the renderer's loop to one frame's listeners. */
final class EventDelivery implements Runnable, IpcRendererEvent {
  private static final System.Logger LOG = System.getLogger("org.typedipc.runtime");

  private final FrameState frame;
  private final InboundMessage message;

  EventDelivery(FrameState frame, InboundMessage message) {
    this.frame = frame;
    this.message = message;
  }

  @Override
  public void run() {
    if (frame.isClosed()) {
      return;
    }
    for (ListenerRegistry.Entry<RendererListener> entry : frame.listeners.get(message.channel)) {
      if (frame.listeners.claim(entry)) {
        try {
          entry.listener.deliver(this, message);
        } catch (RuntimeException | Error e) {
          if (e instanceof VirtualMachineError) {
            throw (VirtualMachineError) e;
          }
          LOG.log(System.Logger.Level.ERROR, ErrorMessages.listenerFailedLog("renderer", message.channel), e);
        }
      }
    }
  }

  @Override
  public IpcRenderer sender() {
    return frame.endpoint;
  }

  @Override
  public String channel() {
    return message.channel;
  }
}
