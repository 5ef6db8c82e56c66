package org.typedipc.runtime.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * A generator of test values: the same random state always gives the same value, so a seed
 * reproduces a whole run. {@link Generators} has the generators of JDK types; the methods here
 * build containers and variants of any generator.
 */
@FunctionalInterface
public interface Gen<T> {
  /** One value, drawn from {@code random} alone. */
  T next(SplittableRandom random);

  /** Applies {@code f} to each value. */
  default <R> Gen<R> map(Function<? super T, ? extends R> f) {
    return random -> f.apply(next(random));
  }

  /** {@code null} about one time in five, otherwise a value. */
  default Gen<T> orNull() {
    return random -> random.nextInt(5) == 0 ? null : next(random);
  }

  /** Empty about one time in four, otherwise a value. */
  default Gen<Optional<T>> optional() {
    return random -> random.nextInt(4) == 0 ? Optional.empty() : Optional.of(next(random));
  }

  /** A mutable list of at most {@code maxSize} values; empty and full ones come up often. */
  default Gen<List<T>> list(int maxSize) {
    return random -> {
      int size = size(random, maxSize);
      List<T> list = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        list.add(next(random));
      }
      return list;
    };
  }

  /** A set in encounter order of at most {@code maxSize} values (fewer when values repeat). */
  default Gen<Set<T>> set(int maxSize) {
    return list(maxSize).map(LinkedHashSet::new);
  }

  /** A map in encounter order with at most {@code maxSize} entries (fewer when keys repeat). */
  static <K, V> Gen<Map<K, V>> mapOf(Gen<K> keys, Gen<V> values, int maxSize) {
    return random -> {
      int size = size(random, maxSize);
      Map<K, V> map = new LinkedHashMap<>();
      for (int i = 0; i < size; i++) {
        map.put(keys.next(random), values.next(random));
      }
      return map;
    };
  }

  /** One of {@code values}; the first and the last come up more often than the others. */
  @SafeVarargs
  static <T> Gen<T> oneOf(T... values) {
    List<T> copy = new ArrayList<>(values.length);
    for (T value : values) {
      copy.add(value);
    }
    return random ->
        switch (random.nextInt(4)) {
          case 0 -> copy.get(0);
          case 1 -> copy.get(copy.size() - 1);
          default -> copy.get(random.nextInt(copy.size()));
        };
  }

  /** About one time in eight one of {@code edges}, otherwise a value of {@code gen}. */
  @SafeVarargs
  static <T> Gen<T> withEdges(Gen<T> gen, T... edges) {
    List<T> copy = new ArrayList<>(edges.length);
    for (T edge : edges) {
      copy.add(edge);
    }
    return random ->
        random.nextInt(8) == 0 ? copy.get(random.nextInt(copy.size())) : gen.next(random);
  }

  /**
   * A size from 0 to {@code max}: 0 and {@code max} about one time in ten each, otherwise leaning
   * towards small sizes, which make failures easier to read.
   */
  static int size(SplittableRandom random, int max) {
    int pick = random.nextInt(10);
    if (pick == 0 || max == 0) {
      return 0;
    }
    if (pick == 1) {
      return max;
    }
    return random.nextInt(random.nextInt(max) + 2);
  }
}
