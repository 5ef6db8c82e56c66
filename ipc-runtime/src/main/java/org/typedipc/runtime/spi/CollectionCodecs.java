package org.typedipc.runtime.spi;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import org.typedipc.runtime.IpcValueException;
import org.typedipc.runtime.internal.messages.ErrorMessages;

/**
 * Lists, sets, maps and object arrays: the count, then each element (each key, then its value).
 * Each is one nesting level on both sides; a decoded count is checked against the bytes left, at
 * the element's smallest size, before anything is allocated. A count sizes nothing beyond {@link
 * #MAX_PRESIZE}: collections grow as their elements arrive, so nested counts that each claim all the
 * bytes left cannot multiply what is allocated. Sets and maps check the {@link HashWork} of their
 * keys before building their hash table.
 */
final class CollectionCodecs {
  private CollectionCodecs() {}

  /**
   * The most elements a decoded collection is sized for up front. Past it the collection grows as
   * elements arrive, so a count that lies costs no more memory than the elements read before the lie
   * shows, and 64 nested counts that each claim every byte left allocate 64 small collections.
   */
  static final int MAX_PRESIZE = 16;

  /** The estimated heap of one hash-table entry: the entry, its links and its table slot. */
  static final int ENTRY_BYTES = 48;

  /** The estimated heap of an empty list, beyond the object {@link WireReader#enter()} counts. */
  static final int LIST_BYTES = 16;

  /** The estimated heap of an empty hash table, set or map, beyond that object. */
  static final int HASH_TABLE_BYTES = 64;

  /** A list's initial capacity for {@code count} elements. */
  static int listCapacity(int count) {
    return Math.min(count, MAX_PRESIZE);
  }

  /** A hash table's initial capacity for {@code count} entries, at the default load factor. */
  static int hashCapacity(int count) {
    return Math.min(count, MAX_PRESIZE) * 4 / 3 + 1;
  }

  /** Writes a collection's elements in iteration order; lists and sets differ only in decoding. */
  private abstract static class CollectionCodec<T, C extends Collection<T>>
      extends BuiltinCodec<C> {
    private final Codec<T> element;
    private final int elementBytes;
    private final String where;

    CollectionCodec(String typeName, Codec<T> element) {
      super(typeName, 1);
      this.element = element;
      this.elementBytes = minBytes(element);
      this.where = "a " + typeName;
    }

    /** The collection of the decoded {@code elements}, which it may take over; null for none. */
    abstract C collect(ArrayList<T> elements, WireReader in);

    /** The estimated heap of the empty collection. */
    abstract int containerBytes();

    @Override
    public final void encode(WireWriter out, C value) {
      if (value == null) {
        throw nullValue();
      }
      out.enter(where);
      int size = value.size();
      out.writeLength(size);
      Iterator<T> elements = value.iterator();
      for (int i = 0; i < size; i++) {
        if (!elements.hasNext()) {
          throw new IpcValueException(ErrorMessages.changedWhileEncoding(typeName(), size));
        }
        element.encode(out, elements.next());
      }
      if (elements.hasNext()) {
        throw new IpcValueException(ErrorMessages.changedWhileEncoding(typeName(), size));
      }
      out.exit();
    }

    @Override
    public final C decode(WireReader in) {
      in.enter();
      int count = in.readCount(elementBytes);
      in.charge(containerBytes());
      // Empty: no list to gather into, the smallest inputs cost the least.
      ArrayList<T> elements = count == 0 ? null : new ArrayList<>(listCapacity(count));
      for (int i = 0; i < count; i++) {
        in.charge(WireReader.SLOT_BYTES);
        elements.add(element.decode(in));
      }
      C collection = collect(elements, in);
      in.exit();
      return collection;
    }
  }

  /** Decodes to a mutable {@link ArrayList}. */
  static final class ListCodec<T> extends CollectionCodec<T, List<T>> {
    ListCodec(Codec<T> element) {
      super("List", element);
    }

    @Override
    List<T> collect(ArrayList<T> elements, WireReader in) {
      return elements == null ? new ArrayList<>() : elements;
    }

    @Override
    int containerBytes() {
      return LIST_BYTES;
    }
  }

  /** Decodes to a {@link LinkedHashSet} in written order; an element read twice is malformed. */
  static final class SetCodec<T> extends CollectionCodec<T, Set<T>> {
    SetCodec(Codec<T> element) {
      super("Set", element);
    }

    @Override
    int containerBytes() {
      return HASH_TABLE_BYTES;
    }

    @Override
    Set<T> collect(ArrayList<T> elements, WireReader in) {
      if (elements == null) {
        return new LinkedHashSet<>();
      }
      HashWork.check(elements, typeName(), in);
      in.charge((long) ENTRY_BYTES * elements.size());
      Set<T> set = new LinkedHashSet<>(elements.size() * 4 / 3 + 1);
      for (T e : elements) {
        if (!set.add(e)) {
          throw in.malformed(ErrorMessages.duplicate(typeName(), "element"));
        }
      }
      return set;
    }
  }

  /** Each key, then its value; decodes to a {@link LinkedHashMap}; a repeated key is malformed. */
  static final class MapCodec<K, V> extends BuiltinCodec<Map<K, V>> {
    private final Codec<K> key;
    private final Codec<V> value;
    private final int entryBytes;

    MapCodec(Codec<K> key, Codec<V> value) {
      super("Map", 1);
      this.key = key;
      this.value = value;
      this.entryBytes = minBytes(key) + minBytes(value);
    }

    @Override
    public void encode(WireWriter out, Map<K, V> map) {
      if (map == null) {
        throw nullValue();
      }
      out.enter("a Map");
      int size = map.size();
      out.writeLength(size);
      Iterator<Map.Entry<K, V>> entries = map.entrySet().iterator();
      for (int i = 0; i < size; i++) {
        if (!entries.hasNext()) {
          throw new IpcValueException(ErrorMessages.changedWhileEncoding("Map", size));
        }
        Map.Entry<K, V> entry = entries.next();
        key.encode(out, entry.getKey());
        value.encode(out, entry.getValue());
      }
      if (entries.hasNext()) {
        throw new IpcValueException(ErrorMessages.changedWhileEncoding("Map", size));
      }
      out.exit();
    }

    @Override
    public Map<K, V> decode(WireReader in) {
      in.enter();
      int count = in.readCount(entryBytes);
      in.charge(HASH_TABLE_BYTES);
      if (count == 0) {
        in.exit();
        return new LinkedHashMap<>();
      }
      ArrayList<K> keys = new ArrayList<>(listCapacity(count));
      ArrayList<V> values = new ArrayList<>(listCapacity(count));
      for (int i = 0; i < count; i++) {
        in.charge(2 * WireReader.SLOT_BYTES);
        keys.add(key.decode(in));
        values.add(value.decode(in));
      }
      HashWork.check(keys, "Map", in);
      in.charge((long) ENTRY_BYTES * count);
      Map<K, V> map = new LinkedHashMap<>(count * 4 / 3 + 1);
      for (int i = 0; i < count; i++) {
        map.put(keys.get(i), values.get(i));
        if (map.size() != i + 1) {
          throw in.malformed(ErrorMessages.duplicate("Map", "key"));
        }
      }
      in.exit();
      return map;
    }
  }

  /** An array of references, created by a constructor reference such as {@code Foo[]::new}. */
  static final class ArrayCodec<T> extends BuiltinCodec<T[]> {
    private final Codec<T> element;
    private final IntFunction<T[]> newArray;
    private final int elementBytes;

    ArrayCodec(Codec<T> element, IntFunction<T[]> newArray) {
      super("array", 1);
      this.element = element;
      this.newArray = newArray;
      this.elementBytes = minBytes(element);
    }

    @Override
    public void encode(WireWriter out, T[] array) {
      if (array == null) {
        throw nullValue();
      }
      out.enter("an array");
      out.writeLength(array.length);
      for (T e : array) {
        element.encode(out, e);
      }
      out.exit();
    }

    @Override
    public T[] decode(WireReader in) {
      in.enter();
      int count = in.readCount(elementBytes);
      T[] array;
      if (count <= MAX_PRESIZE) {
        array = newArray.apply(count);
        for (int i = 0; i < count; i++) {
          in.charge(WireReader.SLOT_BYTES);
          array[i] = element.decode(in);
        }
      } else {
        // Gathered first: the array is allocated once its elements proved the count true.
        ArrayList<T> elements = new ArrayList<>(MAX_PRESIZE);
        for (int i = 0; i < count; i++) {
          in.charge(WireReader.SLOT_BYTES);
          elements.add(element.decode(in));
        }
        array = elements.toArray(newArray.apply(count));
      }
      in.exit();
      return array;
    }
  }
}
