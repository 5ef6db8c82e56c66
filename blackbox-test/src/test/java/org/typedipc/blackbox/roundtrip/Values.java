package org.typedipc.blackbox.roundtrip;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.SplittableRandom;
import org.typedipc.runtime.testing.Gen;
import org.typedipc.runtime.testing.Generators;
import org.typedipc.runtime.testing.PrimitiveArrays;
import org.typedipc.runtime.testing.ValueGenerators;
import org.typedipc.blackbox.roundtrip.Everything.Arrays;
import org.typedipc.blackbox.roundtrip.Everything.Boxes;
import org.typedipc.blackbox.roundtrip.Everything.Circle;
import org.typedipc.blackbox.roundtrip.Everything.Collections;
import org.typedipc.blackbox.roundtrip.Everything.Color;
import org.typedipc.blackbox.roundtrip.Everything.Group;
import org.typedipc.blackbox.roundtrip.Everything.Level;
import org.typedipc.blackbox.roundtrip.Everything.Library;
import org.typedipc.blackbox.roundtrip.Everything.Scalars;
import org.typedipc.blackbox.roundtrip.Everything.Shape;
import org.typedipc.blackbox.roundtrip.Everything.Square;
import org.typedipc.blackbox.roundtrip.Everything.Tree;
import org.typedipc.blackbox.roundtrip.Everything.Zoned;

/**
 * Seeded generators of every type in {@link Everything}: nulls, empty collections, any Unicode,
 * the edge values of {@link Generators} (NaN payloads, -0.0, the ends of time, huge numbers).
 */
final class Values {
  private Values() {}

  /** Well-formed strings of up to 12 code points from every plane, empty included. */
  static Gen<String> text() {
    return Generators.strings(12);
  }

  /** Non-empty text, as a {@link Group} name must be. */
  static Gen<String> nonEmptyText() {
    Gen<String> text = text();
    return random -> {
      String s = text.next(random);
      return s.isEmpty() ? "g" : s;
    };
  }

  static Gen<Scalars> scalars() {
    Gen<Boolean> z = Generators.booleans();
    Gen<Byte> b = Generators.bytes();
    Gen<Short> s = Generators.shorts();
    Gen<Character> c = Generators.chars();
    Gen<Integer> i = Generators.ints();
    Gen<Long> l = Generators.longs();
    Gen<Float> f = Generators.floats();
    Gen<Double> d = Generators.doubles();
    return random -> new Scalars(
        z.next(random), b.next(random), s.next(random), c.next(random), i.next(random),
        l.next(random), f.next(random), d.next(random));
  }

  static Gen<Boxes> boxes() {
    Gen<Boolean> z = Generators.booleans().orNull();
    Gen<Byte> b = Generators.bytes().orNull();
    Gen<Short> s = Generators.shorts().orNull();
    Gen<Character> c = Generators.chars().orNull();
    Gen<Integer> i = Generators.ints().orNull();
    Gen<Long> l = Generators.longs().orNull();
    Gen<Float> f = Generators.floats().orNull();
    Gen<Double> d = Generators.doubles().orNull();
    return random -> new Boxes(
        z.next(random), b.next(random), s.next(random), c.next(random), i.next(random),
        l.next(random), f.next(random), d.next(random));
  }

  static Gen<Library> library() {
    Gen<String> text = text().orNull();
    var instants = Generators.instants().orNull();
    var durations = Generators.durations().orNull();
    var uuids = Generators.uuids().orNull();
    Gen<BigInteger> bigIntegers = Generators.bigIntegers().orNull();
    Gen<BigDecimal> bigDecimals = Generators.bigDecimals().orNull();
    var dates = Generators.localDates().orNull();
    var dateTimes = Generators.localDateTimes().orNull();
    return random -> new Library(
        text.next(random), instants.next(random), durations.next(random), uuids.next(random),
        bigIntegers.next(random), bigDecimals.next(random), dates.next(random),
        dateTimes.next(random));
  }

  static Gen<Zoned> zoned() {
    var times = Generators.localTimes().orNull();
    var periods = ValueGenerators.periods().orNull();
    var offsets = ValueGenerators.zoneOffsets().orNull();
    var zones = ValueGenerators.zoneIds().orNull();
    var offsetDateTimes = ValueGenerators.offsetDateTimes().orNull();
    var zonedDateTimes = ValueGenerators.zonedDateTimes().orNull();
    var uris = ValueGenerators.uris().orNull();
    var paths = ValueGenerators.paths().orNull();
    var currencies = ValueGenerators.currencies().orNull();
    var bitSets = ValueGenerators.bitSets().orNull();
    return random -> new Zoned(
        times.next(random), periods.next(random), offsets.next(random), zones.next(random),
        offsetDateTimes.next(random), zonedDateTimes.next(random), uris.next(random),
        paths.next(random), currencies.next(random), bitSets.next(random));
  }

  static Gen<Arrays> arrays() {
    Gen<byte[]> bytes = Generators.byteArrays(20).orNull();
    Gen<boolean[]> booleans = PrimitiveArrays.booleans(20).orNull();
    Gen<short[]> shorts = PrimitiveArrays.shorts(20).orNull();
    Gen<char[]> chars = PrimitiveArrays.chars(20).orNull();
    Gen<int[]> ints = PrimitiveArrays.ints(20).orNull();
    Gen<long[]> longs = PrimitiveArrays.longs(20).orNull();
    Gen<float[]> floats = PrimitiveArrays.floats(20).orNull();
    Gen<double[]> doubles = PrimitiveArrays.doubles(20).orNull();
    Gen<String[]> strings = text().orNull().list(6).map(list -> list.toArray(new String[0])).orNull();
    Gen<int[][]> grid = PrimitiveArrays.ints(6).orNull().list(4).map(list -> list.toArray(new int[0][])).orNull();
    Gen<Shape[]> shapes = shapes().orNull().list(4).map(list -> list.toArray(new Shape[0])).orNull();
    return random -> new Arrays(
        bytes.next(random), booleans.next(random), shorts.next(random), chars.next(random),
        ints.next(random), longs.next(random), floats.next(random), doubles.next(random),
        strings.next(random), grid.next(random), shapes.next(random));
  }

  static Gen<Collections> collections() {
    var list = text().orNull().list(5).orNull();
    var set = Generators.ints().orNull().set(5).orNull();
    var map = Gen.mapOf(text(), Generators.longs().orNull().list(3).orNull(), 4).orNull();
    var optional = text().optional().orNull();
    var shapes = shapes().list(3).optional().orNull();
    var levels = Generators.enums(Level.class).orNull().list(5).orNull();
    var byLevel = Gen.mapOf(Generators.enums(Level.class), Generators.uuids().set(3), 2).orNull();
    return random -> new Collections(
        list.next(random), set.next(random), map.next(random), optional.next(random),
        shapes.next(random), levels.next(random), byLevel.next(random));
  }

  /** Trees up to {@code depth} levels, each level at most three children wide. */
  static Gen<Tree> trees(int depth) {
    Gen<String> label = text().orNull();
    if (depth <= 1) {
      return label.map(l -> new Tree(l, List.of()));
    }
    Gen<List<Tree>> children = trees(depth - 1).list(3).orNull();
    return random -> new Tree(label.next(random), children.next(random));
  }

  /** A chain of {@code depth} trees, each the only child of the one before. */
  static Tree chain(int depth) {
    Tree tree = new Tree("leaf", List.of());
    for (int i = 1; i < depth; i++) {
      tree = new Tree("level " + i, List.of(tree));
    }
    return tree;
  }

  /** Every variant of the sealed {@link Shape}: two records, an enum, and a group of them. */
  static Gen<Shape> shapes() {
    Gen<Double> doubles = Generators.doubles();
    Gen<String> labels = text().orNull();
    Gen<Color> colors = Generators.enums(Color.class);
    Gen<Shape> leaves = random -> switch (random.nextInt(3)) {
      case 0 -> new Circle(doubles.next(random));
      case 1 -> new Square(doubles.next(random), labels.next(random));
      default -> colors.next(random);
    };
    Gen<String> names = nonEmptyText();
    Gen<List<Shape>> members = leaves.list(3);
    return random -> random.nextInt(4) == 0
        ? new Group(names.next(random), members.next(random))
        : leaves.next(random);
  }

  /** {@code gen}, or {@code null} about one time in twenty (whole values, rarely absent). */
  static <T> Gen<T> rarelyNull(Gen<T> gen) {
    return (SplittableRandom random) -> random.nextInt(20) == 0 ? null : gen.next(random);
  }
}
