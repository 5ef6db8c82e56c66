package org.typedipc.runtime.spi;

import java.util.Arrays;
import java.util.List;
import org.typedipc.runtime.internal.messages.ErrorMessages;

/**
 * The comparisons a hash table spends on keys that share a hash code, checked before a decoded set
 * or map is built. {@link java.util.HashMap} orders a crowded bin of {@link Comparable} keys as a
 * tree, but must compare other keys (records, lists) one by one: keys crafted to share hash codes
 * would make decoding quadratic. The limit, {@value #FREE_PER_KEY} comparisons per key plus
 * {@value #FREE}, is far above what honest keys need (the points of a 1000 × 1000 grid of
 * {@code record Point(int x, int y)} need about 16 per key), and keeps decoding linear in the input.
 */
final class HashWork {
  static final int FREE_PER_KEY = 64;
  static final int FREE = 4096;

  private HashWork() {}

  /**
   * Fails when inserting {@code keys} into a hash table would compare more than the limit; keys
   * that are all {@link Comparable} or fewer than two cost no check.
   */
  static void check(List<?> keys, String typeName, WireReader in) {
    int n = keys.size();
    if (n < 2 || allComparable(keys)) {
      return;
    }
    int[] hashes = new int[n];
    for (int i = 0; i < n; i++) {
      Object key = keys.get(i);
      hashes[i] = key == null ? 0 : key.hashCode();
    }
    Arrays.sort(hashes); // O(n log n) for any input: the JDK's sort falls back to heap sort
    long limit = FREE + (long) FREE_PER_KEY * n;
    long work = 0;
    int run = 1;
    for (int i = 1; i < n; i++) {
      run = hashes[i] == hashes[i - 1] ? run + 1 : 1;
      work += run - 1; // the i-th key of a run is compared with those before it
      if (work > limit) {
        throw in.malformed(ErrorMessages.tooManyEqualHashes(typeName, work, limit));
      }
    }
  }

  private static boolean allComparable(List<?> keys) {
    for (Object key : keys) {
      if (key != null && !(key instanceof Comparable)) {
        return false;
      }
    }
    return true;
  }
}
