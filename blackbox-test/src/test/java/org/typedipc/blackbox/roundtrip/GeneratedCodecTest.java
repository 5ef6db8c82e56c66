package org.typedipc.blackbox.roundtrip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD;
import static org.typedipc.blackbox.roundtrip.Values.rarelyNull;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.typedipc.runtime.spi.Channel;
import org.typedipc.runtime.spi.Codec;
import org.typedipc.runtime.spi.WireReader;
import org.typedipc.runtime.spi.WireWriter;
import org.typedipc.runtime.testing.Generators;
import org.typedipc.runtime.testing.Property;
import org.typedipc.runtime.testing.PropertyExtension;
import org.typedipc.blackbox.roundtrip.Everything.Arrays;
import org.typedipc.blackbox.roundtrip.Everything.Tree;

/**
 * Every generated codec of {@link Everything} reads back exactly what it wrote: the same value, and
 * the same bytes when written again, with every byte consumed. Values are seeded (see {@link
 * Property} to rerun a failure with {@code -Dtypedipc.seed=}).
 */
@ExtendWith(PropertyExtension.class)
@Timeout(value = 30, threadMode = SEPARATE_THREAD)
class GeneratedCodecTest {
  private static final int TRIES = 500;

  @Test
  void scalarsRoundTrip(Property property) {
    property.forAll(TRIES, Values.scalars(),
        value -> assertEquals(value, bothWays(EverythingIpc.SCALARS_CHANNEL, value)));
  }

  @Test
  void boxesRoundTripWithNulls(Property property) {
    property.forAll(TRIES, rarelyNull(Values.boxes()),
        value -> assertEquals(value, bothWays(EverythingIpc.BOXES_CHANNEL, value)));
  }

  @Test
  void libraryTypesRoundTrip(Property property) {
    property.forAll(TRIES, rarelyNull(Values.library()),
        value -> assertEquals(value, bothWays(EverythingIpc.LIBRARY_CHANNEL, value)));
  }

  @Test
  void zonedAndTextValuesRoundTrip(Property property) {
    property.forAll(TRIES, rarelyNull(Values.zoned()),
        value -> assertEquals(value, bothWays(EverythingIpc.ZONED_CHANNEL, value)));
  }

  @Test
  void arraysRoundTrip(Property property) {
    property.forAll(TRIES, rarelyNull(Values.arrays()), value -> {
      Arrays back = bothWays(EverythingIpc.ARRAYS_CHANNEL, value);
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
    });
  }

  @Test
  void collectionsRoundTripEmptyAndWithNulls(Property property) {
    property.forAll(TRIES, rarelyNull(Values.collections()),
        value -> assertEquals(value, bothWays(EverythingIpc.COLLECTIONS_CHANNEL, value)));
  }

  @Test
  void recursiveRecordsRoundTrip(Property property) {
    property.forAll(TRIES, rarelyNull(Values.trees(5)),
        value -> assertEquals(value, bothWays(EverythingIpc.TREE_CHANNEL, value)));
  }

  /** A tree level is two nesting levels (the record and its list): 31 levels stay within 64. */
  @Test
  void nestingUpToTheLimitRoundTrips(Property property) {
    property.forAll(60, Generators.ints(1, 31), depth -> {
      Tree chain = Values.chain(depth);
      assertEquals(chain, bothWays(EverythingIpc.TREE_CHANNEL, chain));
    });
    Tree deepest = Values.chain(31);
    assertEquals(deepest, bothWays(EverythingIpc.TREE_CHANNEL, deepest));
  }

  @Test
  void sealedVariantsRoundTrip(Property property) {
    property.forAll(TRIES, rarelyNull(Values.shapes()),
        value -> assertEquals(value, bothWays(EverythingIpc.SHAPE_CHANNEL, value)));
  }

  @Test
  void sendSyncArgumentsRoundTrip(Property property) {
    property.forAll(TRIES, Generators.ints(), Values.shapes().optional(), (a, shape) -> {
      var codec = EverythingIpc.SUM_CHANNEL.argsCodec();
      var args = new EverythingIpc.SumArgs(a, -(long) a, a / 3f, shape);
      assertEquals(args, roundTrip(codec, args));
    });
    assertEquals(Optional.empty(), roundTrip(EverythingIpc.SUM_CHANNEL.argsCodec(),
        new EverythingIpc.SumArgs(0, 0, 0f, Optional.empty())).shape());
  }

  /**
   * Round-trips {@code value} through the channel's argument codec and its result codec (an echo
   * channel: both carry the same type) and returns what the argument codec read back.
   */
  static <T> T bothWays(Channel<T, T> channel, T value) {
    T back = roundTrip(channel.argsCodec(), value);
    T result = roundTrip(channel.resultCodec(), value);
    if (!(value instanceof Arrays)) {
      assertEquals(value, result, "result codec");
    }
    return back;
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
