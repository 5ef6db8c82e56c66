package org.typedipc.runtime.internal.main;

import org.typedipc.runtime.spi.Codecs;
import org.typedipc.runtime.internal.dispatch.ListenerAdapter;
import org.typedipc.runtime.internal.dispatch.ListenerRegistry;
import org.typedipc.runtime.spi.TypedEvent;
import org.typedipc.runtime.internal.dispatch.Payloads;
import org.typedipc.runtime.internal.dispatch.RemoteError;
import org.typedipc.runtime.internal.dispatch.ReplySink;
import org.typedipc.runtime.internal.messages.ErrorMessages;
import java.util.concurrent.atomic.AtomicBoolean;
import org.typedipc.runtime.spi.Channel;
import java.util.List;
import org.typedipc.runtime.IpcMainEvent;
import org.typedipc.runtime.IpcOutcome;
import org.typedipc.runtime.internal.dispatch.CallTracker;
import org.typedipc.runtime.IpcWarning;
import org.typedipc.runtime.MessagePort;
import org.typedipc.runtime.IpcMessageHook;
import org.typedipc.runtime.IpcValueException;
import org.typedipc.runtime.spi.Codec;

/**
 * One {@code send} or {@code sendSync} on main's loop: the renderer's hooks, then the sending
 * frame's scope, the renderer's and the global one; every listener runs, in that order. It is
 * also the event those listeners get.
 */
final class MessageDelivery extends FrameDelivery implements IpcMainEvent, TypedEvent {

  private final ReplySink syncReply;
  /** Whether a listener answered the sendSync (the first answer wins); null for a send. */
  private final AtomicBoolean returned;
  /** A return value that could not be encoded, unless a listener set another one after it. */
  private volatile IpcValueException unencodable;

  private final List<MessagePort> ports;
  /** The interceptors' tracker, or null; set before the listeners run. */
  private CallTracker tracker;

  /** {@code syncReply} is null for a {@code send}; {@code ports} came with a {@code postMessage}. */
  MessageDelivery(FrameHandle frame, String channel, byte[] payload, ReplySink syncReply, List<MessagePort> ports) {
    super(frame, channel, payload);
    this.ports = ports;
    this.syncReply = syncReply;
    this.returned = syncReply == null ? null : new AtomicBoolean();
  }

  @Override
  public Type type() {
    return syncReply == null ? Type.SEND : Type.SEND_SYNC;
  }

  @Override
  public List<MessagePort> ports() {
    return ports;
  }

  @Override
  public void run() {
    tracker = intercept(syncReply);
    if (tracker == REFUSED) {
      return;
    }
    long start = System.nanoTime();
    IpcOutcome.Status status = dispatch();
    frame.session().handled(System.nanoTime() - start);
    if (tracker == null) {
      return;
    }
    if (syncReply == null || status == IpcOutcome.Status.FAILED) {
      tracker.finish(status, 0);
    } else if (!returned.get()) {
      // A listener may still set the value, later and from another thread: the sendSync ends when
      // its answer is sent (see answered), or when its caller stops waiting.
      syncReply.onCancel(() -> tracker.finish(IpcOutcome.Status.FAILED, 0));
    }
  }

  /** Sends the sendSync's one answer: its end for the stats and the interceptors. */
  private void answer(byte[] value, RemoteError error) {
    int replyBytes = value == null ? 0 : value.length;
    frame.session().replied(Type.SEND_SYNC, replyBytes);
    if (tracker != null) {
      tracker.finish(value == null ? IpcOutcome.Status.FAILED : IpcOutcome.Status.SUCCEEDED, replyBytes);
    }
    if (value == null) {
      syncReply.fail(error);
    } else {
      syncReply.succeed(value);
    }
  }

  private IpcOutcome.Status dispatch() {
    RendererSession renderer = frame.session();
    int listeners = runHooks(renderer);
    listeners += runScope(frame.scope);
    listeners += runScope(renderer.scope);
    listeners += runScope(renderer.main);
    if (malformed() != null) {
      renderer.malformedPayload(channel, malformed());
      return IpcOutcome.Status.FAILED;
    }
    if (syncReply != null && unencodable != null && returned.compareAndSet(false, true)) {
      // The listeners are done and no value could be encoded: the caller learns why now, not at its deadline.
      answer(null, RemoteError.of(unencodable));
      return IpcOutcome.Status.FAILED;
    }
    if (syncReply != null && listeners == 0 && !returned.get()) {
      renderer.main.warnings.expected(System.Logger.Level.WARNING, new IpcWarning(IpcWarning.Kind.NO_LISTENER, channel,
          renderer.id(), ErrorMessages.syncWithoutListeners(renderer.id(), channel), null));
      answer(null, new RemoteError(RemoteError.Kind.NO_LISTENER, null, null));
      return IpcOutcome.Status.FAILED;
    }
    return IpcOutcome.Status.SUCCEEDED;
  }

  private int runHooks(RendererSession renderer) {
    ListenerRegistry.Entry<IpcMessageHook>[] hooks = renderer.hooks();
    int ran = 0;
    for (ListenerRegistry.Entry<IpcMessageHook> hook : hooks) {
      ran++;
      try {
        hook.listener.onMessage(this, channel, dynamicArgs());
      } catch (RuntimeException | Error e) {
        logFailure(e);
      }
    }
    return ran;
  }

  private int runScope(MainScope scope) {
    ListenerRegistry.Entry<ListenerAdapter<IpcMainEvent>>[] entries = scope.listeners.get(channel);
    int ran = 0;
    for (ListenerRegistry.Entry<ListenerAdapter<IpcMainEvent>> entry : entries) {
      if (scope.listeners.claim(entry)) {
        ran++;
        try {
          entry.listener.deliver(this, this);
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
    if (isSendersFault(e)) {
      return; // logged as the sender's, a malformed message once for the connection (see run)
    }
    RendererSession renderer = frame.session();
    renderer.main.warnings.failure(new IpcWarning(IpcWarning.Kind.LISTENER_FAILED, channel, renderer.id(),
        ErrorMessages.listenerFailedLog("main", channel), e));
  }

  // ---- IpcMainEvent ----

  @Override
  public boolean isSync() {
    return syncReply != null;
  }

  @Override
  public void setReturnValue(Object value) {
    setReturnValue(Codecs.DYNAMIC, value);
  }

  @Override
  public <R> void setReturnValue(Channel<?, R> channel, R value) {
    setReturnValue(channel.resultCodec(), value);
  }

  private <R> void setReturnValue(Codec<R> codec, R value) {
    if (syncReply == null || returned.get()) {
      return;
    }
    byte[] payload;
    try {
      payload = Payloads.encode(codec, value);
    } catch (IpcValueException e) {
      unencodable = new IpcValueException(ErrorMessages.badReturnValue(channel, e.getMessage()));
      throw unencodable;
    }
    if (returned.compareAndSet(false, true)) {
      answer(payload, null);
    }
  }

  @Override
  public void setReturnException(Channel<?, ?> channel, Exception declared) {
    if (syncReply == null || returned.get()) {
      return;
    }
    RemoteError error = RemoteError.of(declared, channel.exceptions());
    if (error.kind() != RemoteError.Kind.DECLARED) {
      throw new IllegalArgumentException(ErrorMessages.notDeclaredException(channel.name(), declared.getClass().getName()));
    }
    if (returned.compareAndSet(false, true)) {
      answer(null, error);
    }
  }

  @Override
  public void reply(String channel, Object... args) {
    frame.send(channel, args);
  }

  @Override
  public <A> void reply(Channel<A, ?> channel, A args) {
    frame.send(channel, args);
  }
}
