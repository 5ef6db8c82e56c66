package org.typedipc.runtime.testing;

import java.util.SplittableRandom;

/**
 * Runs a check over many generated values, all drawn from one seed. The seed is printed when the
 * property starts and is part of every failure message; {@code -Dtypedipc.seed=<seed>} fixes it,
 * so a failure reruns with the same values:
 *
 * <pre>{@code
 * @Test
 * @Timeout(10)
 * void intsRoundTrip(Property property) {  // resolved by PropertyExtension
 *   property.forAll(10_000, Generators.ints(), value -> assertEquals(value, roundTrip(INT, value)));
 * }
 * }</pre>
 */
public final class Property {
  /** The system property that fixes the seed of every property of a run. */
  public static final String SEED_PROPERTY = "typedipc.seed";

  private final String name;
  private final long seed;
  private final SplittableRandom random;

  private Property(String name, long seed) {
    this.name = name;
    this.seed = seed;
    this.random = new SplittableRandom(seed);
  }

  /**
   * Starts the property {@code name} with the seed of {@value #SEED_PROPERTY} if set (decimal, or
   * hexadecimal after {@code 0x}), or else a fresh one, and prints the seed.
   */
  public static Property start(String name) {
    String fixed = System.getProperty(SEED_PROPERTY);
    long seed = fixed != null ? Long.decode(fixed.trim()) : new SplittableRandom().nextLong();
    Property property = new Property(name, seed);
    System.out.println("[property] " + property.describe());
    return property;
  }

  public long seed() {
    return seed;
  }

  /** The property's name, its seed and how to rerun it with that seed. */
  public String describe() {
    return name + " seed=" + seed + " (rerun with -D" + SEED_PROPERTY + "=" + seed + ")";
  }

  /** Checks {@code tries} values of {@code gen}; the first failure fails with its seed and value. */
  public <T> void forAll(int tries, Gen<T> gen, Check<? super T> check) {
    for (int i = 1; i <= tries; i++) {
      T value = gen.next(random);
      try {
        check.accept(value);
      } catch (Throwable failure) {
        throw new Failure(this, i, tries, Show.value(value), failure);
      }
    }
  }

  /** Checks {@code tries} pairs of values of {@code first} and {@code second}. */
  public <A, B> void forAll(
      int tries, Gen<A> first, Gen<B> second, Check2<? super A, ? super B> check) {
    for (int i = 1; i <= tries; i++) {
      A a = first.next(random);
      B b = second.next(random);
      try {
        check.accept(a, b);
      } catch (Throwable failure) {
        throw new Failure(this, i, tries, Show.value(a) + ", " + Show.value(b), failure);
      }
    }
  }

  /** A check of one value, which fails by throwing. */
  @FunctionalInterface
  public interface Check<T> {
    void accept(T value) throws Throwable;
  }

  /** A check of two values, which fails by throwing. */
  @FunctionalInterface
  public interface Check2<A, B> {
    void accept(A first, B second) throws Throwable;
  }

  /** A failed try: the property, its seed, the try and the value, then the check's own message. */
  static final class Failure extends AssertionError {
    private static final long serialVersionUID = 1L;

    Failure(Property property, int attempt, int tries, String value, Throwable cause) {
      super(
          property.describe()
              + " failed on try "
              + attempt
              + " of "
              + tries
              + "\n  value: "
              + value
              + "\n  "
              + cause,
          cause);
    }
  }
}
