package org.typedipc.runtime.internal.dispatch;

import org.typedipc.runtime.internal.messages.ErrorMessages;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.typedipc.runtime.Registration;

/**
 * Listeners per channel with Node's EventEmitter rules: registration order, {@code once} removed
 * before it runs, removal of the most recent registration of a listener. Writers lock; a delivery
 * reads an immutable snapshot without locking, so listeners added or removed during a delivery
 * take effect from the next one (as Node's {@code emit} does).
 *
 * @param <L> the adapter type the dispatcher calls
 */
public final class ListenerRegistry<L> {
  /** One registration. */
  public static final class Entry<L> {
    public final String channel;
    public final Object key;
    public final L listener;
    private final AtomicBoolean onceFired;

    Entry(String channel, Object key, L listener, boolean once) {
      this.channel = channel;
      this.key = key;
      this.listener = listener;
      this.onceFired = once ? new AtomicBoolean() : null;
    }
  }

  private static final Entry<?>[] NONE = {};

  private volatile Map<String, Entry<?>[]> channels = Collections.emptyMap();
  private String closedBy;

  /**
   * Adds a registration.
   *
   * @param key what {@link #removeLast} matches: the listener the user passed
   * @throws IllegalStateException if the registry was closed
   */
  public synchronized Registration add(String channel, Object key, L listener, boolean once) {
    if (closedBy != null) {
      throw new IllegalStateException(ErrorMessages.registerOnClosed(closedBy));
    }
    Entry<L> entry = new Entry<>(channel, key, listener, once);
    Entry<?>[] current = channels.getOrDefault(channel, NONE);
    Entry<?>[] next = Arrays.copyOf(current, current.length + 1);
    next[current.length] = entry;
    put(channel, next);
    return () -> remove(entry);
  }

  /** The registrations of {@code channel} now, in order; never null. */
  @SuppressWarnings("unchecked")
  public Entry<L>[] get(String channel) {
    return (Entry<L>[]) channels.getOrDefault(channel, NONE);
  }

  /**
   * Decides whether {@code entry} runs for a delivery: always for {@code on}; for {@code once} only
   * the first time, removing it before it runs.
   */
  public boolean claim(Entry<L> entry) {
    if (entry.onceFired == null) {
      return true;
    }
    if (entry.onceFired.compareAndSet(false, true)) {
      remove(entry);
      return true;
    }
    return false;
  }

  /** Removes the most recent registration of {@code key} on {@code channel}, if any. */
  public synchronized void removeLast(String channel, Object key) {
    Entry<?>[] current = channels.getOrDefault(channel, NONE);
    for (int i = current.length - 1; i >= 0; i--) {
      if (current[i].key == key) {
        removeAt(channel, current, i);
        return;
      }
    }
  }

  public synchronized void remove(Entry<L> entry) {
    Entry<?>[] current = channels.getOrDefault(entry.channel, NONE);
    for (int i = 0; i < current.length; i++) {
      if (current[i] == entry) {
        removeAt(entry.channel, current, i);
        return;
      }
    }
  }

  public synchronized void removeAll(String channel) {
    if (channels.containsKey(channel)) {
      put(channel, NONE);
    }
  }

  public synchronized void removeAll() {
    channels = Collections.emptyMap();
  }

  /** Removes everything and refuses later registrations, naming {@code owner} in the error. */
  public synchronized void close(String owner) {
    closedBy = owner;
    channels = Collections.emptyMap();
  }

  public Set<String> channelNames() {
    return Collections.unmodifiableSet(channels.keySet());
  }

  public int count(String channel) {
    return channels.getOrDefault(channel, NONE).length;
  }

  private void removeAt(String channel, Entry<?>[] current, int index) {
    Entry<?>[] next = new Entry<?>[current.length - 1];
    System.arraycopy(current, 0, next, 0, index);
    System.arraycopy(current, index + 1, next, index, current.length - index - 1);
    put(channel, next);
  }

  /** Publishes a new map with {@code channel} set to {@code entries}, dropping it when empty. */
  private void put(String channel, Entry<?>[] entries) {
    Map<String, Entry<?>[]> next = new LinkedHashMap<>(channels);
    if (entries.length == 0) {
      next.remove(channel);
    } else {
      next.put(channel, entries);
    }
    channels = next;
  }
}
