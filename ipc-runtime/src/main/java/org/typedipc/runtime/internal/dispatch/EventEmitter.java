package org.typedipc.runtime.internal.dispatch;

import java.util.Set;
import org.typedipc.runtime.Registration;
import org.typedipc.runtime.internal.messages.Checks;
import org.typedipc.runtime.spi.Channel;
import org.typedipc.runtime.spi.ChannelListener;

/**
 * Electron's emitter methods over one {@link ListenerRegistry}, written once for main's scopes and
 * renderer frames: on, addListener, once, off, removeListener, removeAllListeners, eventNames and
 * listenerCount, for string channels and typed {@link Channel}s.
 *
 * @param <E> the event type listeners get
 * @param <L> the side's string-channel listener type
 */
public abstract class EventEmitter<E, L> {
  protected EventEmitter() {}

  /** The registry these methods read and write. */
  protected abstract ListenerRegistry<ListenerAdapter<E>> listeners();

  /** Adapts a string-channel listener: it gets the message's dynamic arguments. */
  protected abstract ListenerAdapter<E> adapt(L listener);

  /**
   * Adds one registration, its arguments already checked; {@code key} is the user's listener, what
   * {@code off} matches. A side with more to do around an add overrides this.
   */
  protected Registration register(String channel, Object key, ListenerAdapter<E> adapter, boolean once) {
    return listeners().add(channel, key, adapter, once);
  }

  public Registration on(String channel, L listener) {
    return addDynamic(channel, listener, false);
  }

  public Registration addListener(String channel, L listener) {
    return addDynamic(channel, listener, false);
  }

  public Registration once(String channel, L listener) {
    return addDynamic(channel, listener, true);
  }

  private Registration addDynamic(String channel, L listener, boolean once) {
    Checks.requireName(channel);
    Checks.requireListener(listener, "listener");
    return register(channel, listener, adapt(listener), once);
  }

  public void off(String channel, L listener) {
    listeners().removeLast(Checks.requireName(channel), listener);
  }

  public void removeListener(String channel, L listener) {
    off(channel, listener);
  }

  public void removeAllListeners(String channel) {
    listeners().removeAll(Checks.requireName(channel));
  }

  public void removeAllListeners() {
    listeners().removeAll();
  }

  public Set<String> eventNames() {
    return listeners().channelNames();
  }

  public int listenerCount(String channel) {
    return listeners().count(Checks.requireName(channel));
  }

  public <A> Registration on(Channel<A, ?> channel, ChannelListener<E, A> listener) {
    return addTyped(channel, listener, false);
  }

  public <A> Registration once(Channel<A, ?> channel, ChannelListener<E, A> listener) {
    return addTyped(channel, listener, true);
  }

  private <A> Registration addTyped(Channel<A, ?> channel, ChannelListener<E, A> listener, boolean once) {
    Checks.requireListener(channel, "channel");
    Checks.requireListener(listener, "listener");
    ListenerAdapter<E> adapter = (event, message) -> listener.onMessage(event, message.args(channel.argsCodec()));
    return register(channel.name(), listener, adapter, once);
  }

  public <A> void off(Channel<A, ?> channel, ChannelListener<E, A> listener) {
    listeners().removeLast(channel.name(), listener);
  }
}
