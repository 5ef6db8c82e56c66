package org.typedipc.samples.typed.roundtrip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.typedipc.runtime.codec.Codec;
import org.typedipc.runtime.codec.WireReader;
import org.typedipc.runtime.codec.WireWriter;
import org.typedipc.samples.typed.roundtrip.Everything.Arrays;
import org.typedipc.samples.typed.roundtrip.Everything.Boxes;
import org.typedipc.samples.typed.roundtrip.Everything.Collections;
import org.typedipc.samples.typed.roundtrip.Everything.Library;
import org.typedipc.samples.typed.roundtrip.Everything.Scalars;
import org.typedipc.samples.typed.roundtrip.Everything.Shape;
import org.typedipc.samples.typed.roundtrip.Everything.Tree;

/**
 * Every generated codec reads back exactly what it wrote: the same value, and the same bytes when
 * written again, with every byte consumed. Generation is bounded by jqwik's tries (200 each).
 */
class GeneratedCodecProperties {
  @Property(tries = 200)
  void scalarsRoundTrip(@ForAll("scalars") Scalars value) {
    assertEquals(value, roundTrip(EverythingIpc.SCALARS_CHANNEL.argsCodec(), value));
  }

  @Property(tries = 200)
  void boxesRoundTripWithNulls(@ForAll("boxes") Boxes value) {
    assertEquals(value, roundTrip(EverythingIpc.BOXES_CHANNEL.argsCodec(), value));
  }

  @Property(tries = 200)
  void libraryTypesRoundTrip(@ForAll("library") Library value) {
    assertEquals(value, roundTrip(EverythingIpc.LIBRARY_CHANNEL.argsCodec(), value));
  }

  @Property(tries = 200)
  void arraysRoundTrip(@ForAll("arrays") Arrays value) {
    Arrays back = roundTrip(EverythingIpc.ARRAYS_CHANNEL.argsCodec(), value);
    if (value == null) {
      assertNull(back);
      return;
    }
    assertArrayEquals(value.bytes(), back.bytes());
    assertArrayEquals(value.z(), back.z());
    assertArrayEquals(value.s(), back.s());
    assertArrayEquals(value.c(), back.c());
    assertArrayEquals(value.i(), back.i());
    assertArrayEquals(value.l(), back.l());
    assertArrayEquals(value.f(), back.f());
    assertArrayEquals(value.d(), back.d());
    assertArrayEquals(value.strings(), back.strings());
    assertArrayEquals(value.grid(), back.grid());
    assertArrayEquals(value.shapes(), back.shapes());
  }

  @Property(tries = 200)
  void collectionsRoundTripEmptyAndWithNulls(@ForAll("collections") Collections value) {
    assertEquals(value, roundTrip(EverythingIpc.COLLECTIONS_CHANNEL.argsCodec(), value));
  }

  @Property(tries = 200)
  void recursiveRecordsRoundTrip(@ForAll("trees") Tree value) {
    assertEquals(value, roundTrip(EverythingIpc.TREE_CHANNEL.argsCodec(), value));
  }

  @Property(tries = 30)
  void nestingUpToTheLimitRoundTrips(@ForAll("depths") int depth) {
    Tree chain = Values.chain(depth);
    assertEquals(chain, roundTrip(EverythingIpc.TREE_CHANNEL.argsCodec(), chain));
  }

  @Property(tries = 200)
  void sealedVariantsRoundTrip(@ForAll("shapes") Shape value) {
    assertEquals(value, roundTrip(EverythingIpc.SHAPE_CHANNEL.argsCodec(), value));
  }

  @Provide
  Arbitrary<Scalars> scalars() {
    return Values.scalars();
  }

  @Provide
  Arbitrary<Boxes> boxes() {
    return Values.boxes().injectNull(0.05);
  }

  @Provide
  Arbitrary<Library> library() {
    return Values.library().injectNull(0.05);
  }

  @Provide
  Arbitrary<Arrays> arrays() {
    return Values.arrays().injectNull(0.05);
  }

  @Provide
  Arbitrary<Collections> collections() {
    return Values.collections().injectNull(0.05);
  }

  @Provide
  Arbitrary<Tree> trees() {
    return Values.trees(5).injectNull(0.05);
  }

  /** A tree level is two nesting levels (the record and its list): 31 levels stay within 64. */
  @Provide
  Arbitrary<Integer> depths() {
    return Arbitraries.integers().between(1, 31);
  }

  @Provide
  Arbitrary<Shape> shapes() {
    return Values.shapes().injectNull(0.05);
  }

  /** Encodes, decodes, checks every byte was read and that writing again gives the same bytes. */
  static <T> T roundTrip(Codec<T> codec, T value) {
    WireWriter out = new WireWriter();
    codec.encode(out, value);
    byte[] bytes = out.toByteArray();
    WireReader in = new WireReader(bytes);
    T back = codec.decode(in);
    in.requireFullyRead();
    WireWriter again = new WireWriter();
    codec.encode(again, back);
    assertArrayEquals(bytes, again.toByteArray());
    return back;
  }
}
