package org.typedipc.runtime.internal;

import org.typedipc.runtime.IpcMessageHook;

/**
 * One {@code send} or {@code sendSync} on main's loop: the renderer's hooks, then the sending
 * frame's scope, the renderer's and the global one; every listener runs, in that order.
 */
final class MessageDelivery extends InboundMessage implements Runnable {
  private static final System.Logger LOG = System.getLogger("org.typedipc.runtime");

  private final FrameHandle frame;
  private final ReplySink syncReply;

  /** {@code syncReply} is null for a {@code send}. */
  MessageDelivery(FrameHandle frame, String channel, byte[] payload, ReplySink syncReply) {
    super(channel, payload);
    this.frame = frame;
    this.syncReply = syncReply;
  }

  @Override
  public void run() {
    RendererSession renderer = frame.session();
    MainEvent event = new MainEvent(frame, channel, syncReply);
    int listeners = runHooks(renderer, event);
    listeners += runScope(frame.scope, event);
    listeners += runScope(renderer.scope, event);
    listeners += runScope(renderer.main, event);
    if (syncReply != null && listeners == 0 && !event.hasReturned()) {
      LOG.log(System.Logger.Level.WARNING, ErrorMessages.syncWithoutListeners(renderer.id(), channel));
      syncReply.fail(new RemoteError(RemoteError.Kind.NO_LISTENER, null, null));
    }
  }

  private int runHooks(RendererSession renderer, MainEvent event) {
    ListenerRegistry.Entry<IpcMessageHook>[] hooks = renderer.hooks();
    int ran = 0;
    for (ListenerRegistry.Entry<IpcMessageHook> hook : hooks) {
      ran++;
      try {
        hook.listener.onMessage(event, channel, dynamicArgs());
      } catch (RuntimeException | Error e) {
        logFailure(e);
      }
    }
    return ran;
  }

  private int runScope(MainScope scope, MainEvent event) {
    ListenerRegistry.Entry<MainListener>[] entries = scope.listeners.get(channel);
    int ran = 0;
    for (ListenerRegistry.Entry<MainListener> entry : entries) {
      if (scope.listeners.claim(entry)) {
        ran++;
        try {
          entry.listener.deliver(event, this);
        } catch (RuntimeException | Error e) {
          logFailure(e);
        }
      }
    }
    return ran;
  }

  private void logFailure(Throwable e) {
    if (e instanceof VirtualMachineError) {
      throw (VirtualMachineError) e;
    }
    LOG.log(System.Logger.Level.ERROR, ErrorMessages.listenerFailedLog("main", channel), e);
  }
}
