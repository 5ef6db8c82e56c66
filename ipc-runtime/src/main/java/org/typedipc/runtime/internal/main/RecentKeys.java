package org.typedipc.runtime.internal.main;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The keys seen most recently, at most a fixed number of them: "log once" for keys an untrusted
 * peer chooses (its frames, its channels), whose memory must not grow with what the peer sends. A
 * key forgotten to make room is logged again when it comes back, which is rare and harmless.
 */
final class RecentKeys {
  private final Map<String, Boolean> keys;

  /** Remembers at most {@code capacity} keys, forgetting the least recently seen first. */
  RecentKeys(int capacity) {
    this.keys = new LinkedHashMap<>(16, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
        return size() > capacity;
      }
    };
  }

  /** Whether {@code key} is new, that is not among the keys remembered; remembers it either way. */
  synchronized boolean firstTime(String key) {
    return keys.put(key, Boolean.TRUE) == null;
  }

  /** How many keys are remembered now. */
  synchronized int size() {
    return keys.size();
  }
}
