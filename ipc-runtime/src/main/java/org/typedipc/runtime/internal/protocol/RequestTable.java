package org.typedipc.runtime.internal.protocol;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The calls in flight on one connection, by request id: an open-addressing table of primitive
 * keys, so that tracking a call allocates nothing (a map of {@code Long} would box every id).
 *
 * @param <T> what is tracked per request
 */
final class RequestTable<T> {
  private static final long FREE = 0;
  private static final long REMOVED = -1;

  private long[] keys = new long[64];
  private Object[] values = new Object[64];
  /** The arrays of the last rehash, reused by the next one of the same size: ids only grow, so removed slots fill the table again and again. */
  private long[] spareKeys;
  private Object[] spareValues;
  private int size;
  private int used;

  /** Tracks {@code value} under {@code id}, which must be positive; false if the id is taken. */
  synchronized boolean put(long id, T value) {
    if ((used + 1) * 2 > keys.length) {
      rehash(size * 4 > keys.length ? keys.length * 2 : keys.length);
    }
    int slot = find(id);
    if (keys[slot] == id) {
      return false;
    }
    int insert = slot;
    if (keys[insert] == FREE) {
      used++;
    }
    keys[insert] = id;
    values[insert] = value;
    size++;
    return true;
  }

  /** Whether no call is in flight. */
  synchronized boolean isEmpty() {
    return size == 0;
  }

  /** The value of {@code id}, or null. */
  @SuppressWarnings("unchecked")
  synchronized T get(long id) {
    int slot = find(id);
    return keys[slot] == id ? (T) values[slot] : null;
  }

  /** Removes and returns the value of {@code id}, or null. */
  @SuppressWarnings("unchecked")
  synchronized T remove(long id) {
    int slot = find(id);
    if (keys[slot] != id) {
      return null;
    }
    T value = (T) values[slot];
    keys[slot] = REMOVED;
    values[slot] = null;
    size--;
    return value;
  }

  /** Removes {@code id} only if it maps to {@code value}. */
  synchronized void remove(long id, T value) {
    int slot = find(id);
    if (keys[slot] == id && values[slot] == value) {
      keys[slot] = REMOVED;
      values[slot] = null;
      size--;
    }
  }

  /** Removes and returns every value. */
  @SuppressWarnings("unchecked")
  synchronized List<T> removeAll() {
    List<T> all = new ArrayList<>(size);
    for (int i = 0; i < keys.length; i++) {
      if (values[i] != null) {
        all.add((T) values[i]);
      }
    }
    keys = new long[64];
    values = new Object[64];
    size = 0;
    used = 0;
    return all;
  }

  /** The slot holding {@code id}, else the first free or removed slot on its probe path. */
  private int find(long id) {
    int mask = keys.length - 1;
    int slot = (int) (id ^ (id >>> 32)) * 0x9E3779B9 & mask;
    int firstRemoved = -1;
    while (true) {
      long key = keys[slot];
      if (key == id) {
        return slot;
      }
      if (key == FREE) {
        return firstRemoved >= 0 ? firstRemoved : slot;
      }
      if (key == REMOVED && firstRemoved < 0) {
        firstRemoved = slot;
      }
      slot = (slot + 1) & mask;
    }
  }

  private void rehash(int capacity) {
    long[] oldKeys = keys;
    Object[] oldValues = values;
    if (spareKeys != null && spareKeys.length == capacity) {
      keys = spareKeys;
      values = spareValues;
    } else {
      keys = new long[capacity];
      values = new Object[capacity];
    }
    used = 0;
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldValues[i] != null) {
        int slot = find(oldKeys[i]);
        keys[slot] = oldKeys[i];
        values[slot] = oldValues[i];
        used++;
        size++;
      }
    }
    Arrays.fill(oldKeys, FREE);
    Arrays.fill(oldValues, null);
    spareKeys = oldKeys;
    spareValues = oldValues;
  }
}
