package org.typedipc.runtime.testing;

/**
 * Generators of primitive arrays of up to {@code maxLength} elements, each element drawn from the
 * matching generator of {@link Generators}; {@link Generators#byteArrays} makes byte arrays.
 */
public final class PrimitiveArrays {
  private PrimitiveArrays() {}

  public static Gen<boolean[]> booleans(int maxLength) {
    return Generators.booleans()
        .list(maxLength)
        .map(
            list -> {
              boolean[] array = new boolean[list.size()];
              for (int i = 0; i < array.length; i++) {
                array[i] = list.get(i);
              }
              return array;
            });
  }

  public static Gen<short[]> shorts(int maxLength) {
    return Generators.shorts()
        .list(maxLength)
        .map(
            list -> {
              short[] array = new short[list.size()];
              for (int i = 0; i < array.length; i++) {
                array[i] = list.get(i);
              }
              return array;
            });
  }

  public static Gen<char[]> chars(int maxLength) {
    return Generators.chars()
        .list(maxLength)
        .map(
            list -> {
              char[] array = new char[list.size()];
              for (int i = 0; i < array.length; i++) {
                array[i] = list.get(i);
              }
              return array;
            });
  }

  public static Gen<int[]> ints(int maxLength) {
    return Generators.ints()
        .list(maxLength)
        .map(list -> list.stream().mapToInt(Integer::intValue).toArray());
  }

  public static Gen<long[]> longs(int maxLength) {
    return Generators.longs()
        .list(maxLength)
        .map(list -> list.stream().mapToLong(Long::longValue).toArray());
  }

  public static Gen<float[]> floats(int maxLength) {
    return Generators.floats()
        .list(maxLength)
        .map(
            list -> {
              float[] array = new float[list.size()];
              for (int i = 0; i < array.length; i++) {
                array[i] = list.get(i);
              }
              return array;
            });
  }

  public static Gen<double[]> doubles(int maxLength) {
    return Generators.doubles()
        .list(maxLength)
        .map(list -> list.stream().mapToDouble(Double::doubleValue).toArray());
  }
}
