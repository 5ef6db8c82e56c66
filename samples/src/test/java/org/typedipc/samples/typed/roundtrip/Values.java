package org.typedipc.samples.typed.roundtrip;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.typedipc.samples.typed.roundtrip.Everything.Arrays;
import org.typedipc.samples.typed.roundtrip.Everything.Boxes;
import org.typedipc.samples.typed.roundtrip.Everything.Circle;
import org.typedipc.samples.typed.roundtrip.Everything.Collections;
import org.typedipc.samples.typed.roundtrip.Everything.Color;
import org.typedipc.samples.typed.roundtrip.Everything.Group;
import org.typedipc.samples.typed.roundtrip.Everything.Level;
import org.typedipc.samples.typed.roundtrip.Everything.Library;
import org.typedipc.samples.typed.roundtrip.Everything.Scalars;
import org.typedipc.samples.typed.roundtrip.Everything.Shape;
import org.typedipc.samples.typed.roundtrip.Everything.Square;
import org.typedipc.samples.typed.roundtrip.Everything.Tree;

/** Arbitrary values of every type in {@link Everything}: nulls, empty collections, any Unicode. */
final class Values {
  private Values() {}

  /** Any string of valid code points, from every plane, empty included. */
  static Arbitrary<String> text() {
    return Arbitraries.integers().between(0, Character.MAX_CODE_POINT)
        .filter(cp -> cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE)
        .list().ofMaxSize(12)
        .map(codePoints -> {
          StringBuilder b = new StringBuilder();
          codePoints.forEach(b::appendCodePoint);
          return b.toString();
        });
  }

  static Arbitrary<Float> floats() {
    return Arbitraries.floats().withSpecialValue(Float.NaN).withSpecialValue(-0.0f)
        .withSpecialValue(Float.NEGATIVE_INFINITY).withSpecialValue(Float.MIN_VALUE);
  }

  static Arbitrary<Double> doubles() {
    return Arbitraries.doubles().withSpecialValue(Double.NaN).withSpecialValue(-0.0)
        .withSpecialValue(Double.POSITIVE_INFINITY).withSpecialValue(Double.MAX_VALUE);
  }

  static Arbitrary<Scalars> scalars() {
    return Combinators.combine(
            Arbitraries.of(true, false), Arbitraries.bytes(), Arbitraries.shorts(), Arbitraries.chars(),
            Arbitraries.integers(), Arbitraries.longs(), floats(), doubles())
        .as(Scalars::new);
  }

  static Arbitrary<Boxes> boxes() {
    return Combinators.combine(
            Arbitraries.of(true, false).injectNull(0.2), Arbitraries.bytes().injectNull(0.2),
            Arbitraries.shorts().injectNull(0.2), Arbitraries.chars().injectNull(0.2),
            Arbitraries.integers().injectNull(0.2), Arbitraries.longs().injectNull(0.2),
            floats().injectNull(0.2), doubles().injectNull(0.2))
        .as(Boxes::new);
  }

  static Arbitrary<Instant> instants() {
    return Combinators.combine(
            Arbitraries.longs().between(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond()),
            Arbitraries.integers().between(0, 999_999_999))
        .as(Instant::ofEpochSecond);
  }

  static Arbitrary<UUID> uuids() {
    return Combinators.combine(Arbitraries.longs(), Arbitraries.longs()).as(UUID::new);
  }

  static Arbitrary<LocalDate> dates() {
    return Arbitraries.longs().between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay()).map(LocalDate::ofEpochDay);
  }

  static Arbitrary<Library> library() {
    Arbitrary<BigInteger> bigIntegers = Arbitraries.bigIntegers()
        .between(BigInteger.TWO.pow(200).negate(), BigInteger.TWO.pow(200));
    return Combinators.combine(
            text().injectNull(0.1),
            instants().injectNull(0.1),
            Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(0, 999_999_999))
                .as(Duration::ofSeconds).injectNull(0.1),
            uuids().injectNull(0.1),
            bigIntegers.injectNull(0.1),
            Combinators.combine(bigIntegers, Arbitraries.integers().between(-40, 40)).as(BigDecimal::new).injectNull(0.1),
            dates().injectNull(0.1),
            Combinators.combine(dates(), Arbitraries.longs().between(0, LocalTime.MAX.toNanoOfDay()).map(LocalTime::ofNanoOfDay))
                .as(LocalDateTime::of).injectNull(0.1))
        .as(Library::new);
  }

  static Arbitrary<Arrays> arrays() {
    Arbitrary<byte[]> bytes = Arbitraries.bytes().list().ofMaxSize(20).map(list -> {
      byte[] a = new byte[list.size()];
      for (int i = 0; i < a.length; i++) {
        a[i] = list.get(i);
      }
      return a;
    });
    Arbitrary<boolean[]> booleans = Arbitraries.of(true, false).list().ofMaxSize(20).map(list -> {
      boolean[] a = new boolean[list.size()];
      for (int i = 0; i < a.length; i++) {
        a[i] = list.get(i);
      }
      return a;
    });
    Arbitrary<short[]> shorts = Arbitraries.shorts().list().ofMaxSize(20).map(list -> {
      short[] a = new short[list.size()];
      for (int i = 0; i < a.length; i++) {
        a[i] = list.get(i);
      }
      return a;
    });
    Arbitrary<char[]> chars = Arbitraries.chars().list().ofMaxSize(20).map(list -> {
      char[] a = new char[list.size()];
      for (int i = 0; i < a.length; i++) {
        a[i] = list.get(i);
      }
      return a;
    });
    Arbitrary<int[]> ints = Arbitraries.integers().list().ofMaxSize(20).map(list -> list.stream().mapToInt(i -> i).toArray());
    Arbitrary<long[]> longs = Arbitraries.longs().list().ofMaxSize(20).map(list -> list.stream().mapToLong(l -> l).toArray());
    Arbitrary<float[]> floats = floats().list().ofMaxSize(20).map(list -> {
      float[] a = new float[list.size()];
      for (int i = 0; i < a.length; i++) {
        a[i] = list.get(i);
      }
      return a;
    });
    Arbitrary<double[]> doubles = doubles().list().ofMaxSize(20).map(list -> list.stream().mapToDouble(d -> d).toArray());
    Arbitrary<String[]> strings = text().injectNull(0.1).list().ofMaxSize(6).map(list -> list.toArray(new String[0]));
    Arbitrary<int[][]> grid = ints.injectNull(0.1).list().ofMaxSize(4).map(list -> list.toArray(new int[0][]));
    Arbitrary<Shape[]> shapes = shapes().injectNull(0.1).list().ofMaxSize(4).map(list -> list.toArray(new Shape[0]));
    List<Arbitrary<Object>> parts = List.of(
        bytes.injectNull(0.1).asGeneric(), booleans.injectNull(0.1).asGeneric(), shorts.injectNull(0.1).asGeneric(),
        chars.injectNull(0.1).asGeneric(), ints.injectNull(0.1).asGeneric(), longs.injectNull(0.1).asGeneric(),
        floats.injectNull(0.1).asGeneric(), doubles.injectNull(0.1).asGeneric(), strings.injectNull(0.1).asGeneric(),
        grid.injectNull(0.1).asGeneric(), shapes.injectNull(0.1).asGeneric());
    return Combinators.combine(parts).as(v -> new Arrays(
        (byte[]) v.get(0), (boolean[]) v.get(1), (short[]) v.get(2), (char[]) v.get(3), (int[]) v.get(4),
        (long[]) v.get(5), (float[]) v.get(6), (double[]) v.get(7), (String[]) v.get(8), (int[][]) v.get(9),
        (Shape[]) v.get(10)));
  }

  static Arbitrary<Collections> collections() {
    return Combinators.combine(
            text().injectNull(0.1).list().ofMaxSize(5).injectNull(0.1),
            Arbitraries.integers().injectNull(0.1).set().ofMaxSize(5).injectNull(0.1),
            Arbitraries.maps(text(), Arbitraries.longs().injectNull(0.1).list().ofMaxSize(3).injectNull(0.1)).ofMaxSize(4)
                .injectNull(0.1),
            text().optional().injectNull(0.1),
            shapes().list().ofMaxSize(3).optional().injectNull(0.1),
            Arbitraries.of(Level.class).injectNull(0.1).list().ofMaxSize(5).injectNull(0.1),
            Arbitraries.maps(Arbitraries.of(Level.class), uuids().set().ofMaxSize(3)).ofMaxSize(2).injectNull(0.1))
        .as(Collections::new);
  }

  /** Trees up to {@code depth} levels, each level at most three children wide. */
  static Arbitrary<Tree> trees(int depth) {
    Arbitrary<String> label = text().injectNull(0.1);
    if (depth <= 1) {
      return label.map(l -> new Tree(l, List.of()));
    }
    return Combinators.combine(label, trees(depth - 1).list().ofMaxSize(3).injectNull(0.1)).as(Tree::new);
  }

  /** A chain of {@code depth} trees, each the only child of the one before. */
  static Tree chain(int depth) {
    Tree tree = new Tree("leaf", List.of());
    for (int i = 1; i < depth; i++) {
      tree = new Tree("level " + i, List.of(tree));
    }
    return tree;
  }

  static Arbitrary<Shape> shapes() {
    Arbitrary<Shape> leaves = Arbitraries.oneOf(
        doubles().map(Circle::new),
        Combinators.combine(doubles(), text().injectNull(0.2)).as(Square::new),
        Arbitraries.of(Color.class));
    Arbitrary<Shape> groups = Combinators.combine(text().filter(s -> !s.isEmpty()), leaves.list().ofMaxSize(3)).as(Group::new);
    return Arbitraries.oneOf(leaves, groups);
  }
}
