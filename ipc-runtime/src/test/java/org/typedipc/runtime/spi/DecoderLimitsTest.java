package org.typedipc.runtime.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.typedipc.runtime.IpcProtocolException;
import org.typedipc.runtime.internal.dispatch.Payloads;
import org.typedipc.runtime.internal.messages.ErrorMessages;
import org.typedipc.runtime.testing.DecoderPromises;

/**
 * Decoders cannot amplify: what they allocate, measured with the thread's allocation counter, stays
 * within {@link DecoderPromises#MAX_AMPLIFICATION} times the input, for lying counts nested 64 deep
 * and for valid messages of the smallest values; the decoded-size limit fails a message that would
 * pass it; and keys crafted to share hash codes cost a bounded number of comparisons. Each figure is
 * logged at INFO under {@code org.typedipc.runtime.figures}.
 */
@Timeout(120)
class DecoderLimitsTest {
  private static final System.Logger FIGURES = System.getLogger("org.typedipc.runtime.figures");
  private static final int LIST = 9;
  private static final int MAP = 10;
  private static final int STRING = 6;

  static Stream<Arguments> payloads() {
    return Stream.of(
        Arguments.of("dynamic lists nested 64 deep, each count claiming every byte left", Codecs.DYNAMIC,
            (Supplier<byte[]>) () -> nestedLying(LIST, new byte[0], 16 * 1024)),
        Arguments.of("dynamic maps nested 64 deep, each count claiming every byte left", Codecs.DYNAMIC,
            (Supplier<byte[]>) () -> nestedLying(MAP, new byte[] {0}, 16 * 1024)),
        Arguments.of("typed arrays nested 60 deep, each count claiming every byte left", nestedArrays(60),
            (Supplier<byte[]>) () -> nestedLyingTyped(60, 16 * 1024)),
        Arguments.of("262,144 empty strings", Codecs.DYNAMIC_ARGS,
            (Supplier<byte[]>) () -> argsOfRepeated(262_144, STRING, 0)),
        Arguments.of("262,144 empty maps", Codecs.DYNAMIC_ARGS,
            (Supplier<byte[]>) () -> argsOfRepeated(262_144, MAP, 0)),
        Arguments.of("a list of 262,144 empty lists", Codecs.DYNAMIC,
            (Supplier<byte[]>) () -> listOfRepeated(262_144, LIST, 0)),
        Arguments.of("a typed list of 262,144 empty lists", Codecs.list(Codecs.list(Codecs.INT)),
            (Supplier<byte[]>) () -> typedListOfEmpty(262_144)),
        Arguments.of("a typed list of 262,144 empty sets", Codecs.list(Codecs.set(Codecs.INT)),
            (Supplier<byte[]>) () -> typedListOfEmpty(262_144)),
        Arguments.of("a typed list of 262,144 empty maps", Codecs.list(Codecs.map(Codecs.INT, Codecs.INT)),
            (Supplier<byte[]>) () -> typedListOfEmpty(262_144)),
        Arguments.of("a boolean[] whose count claims every byte left", Codecs.BOOLEAN_ARRAY,
            (Supplier<byte[]>) () -> lyingPrimitiveArray(16 * 1024)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("payloads")
  void allocationStaysWithinTheAmplificationBound(String what, Codec<?> codec, Supplier<byte[]> payload) {
    byte[] input = payload.get();
    DecoderPromises.allocatedDecoding(codec, input); // classes initialised, code compiled
    long allocated = DecoderPromises.allocatedDecoding(codec, input);
    double ratio = (double) allocated / input.length;
    FIGURES.log(System.Logger.Level.INFO, String.format("amplification, %s: %,d bytes in, %,d allocated, %.1fx", what, input.length, allocated, ratio));
    assertTrue(ratio <= DecoderPromises.MAX_AMPLIFICATION, what + ": " + allocated + " bytes allocated for " + input.length);
  }

  @Test
  void aMessagePastTheDecodedSizeLimitFailsNamingChannelAndLimit() {
    byte[] input = argsOfRepeated(100_000, MAP, 0);
    long limit = 1024 * 1024;
    IpcProtocolException e = assertThrows(IpcProtocolException.class,
        () -> Payloads.decode(Codecs.DYNAMIC_ARGS, input, "settings", limit));
    assertEquals(ErrorMessages.decodedTooLarge(ErrorMessages.onChannel("settings"), limit), e.getMessage());
    assertEquals(100_000, Payloads.decode(Codecs.DYNAMIC_ARGS, input, "settings", 64L * 1024 * 1024).length);
  }

  @Test
  void aByteArrayAsLargeAsTheLimitIsCharged() {
    byte[] input = CodecTesting.encode(Codecs.BYTES, new byte[10_000]);
    assertThrows(IpcProtocolException.class, () -> Payloads.decode(Codecs.BYTES, input, "blob", 9_000));
    assertEquals(10_000, Payloads.decode(Codecs.BYTES, input, "blob", 10_100).length);
  }

  @Test
  void keysCraftedToShareHashCodesAreRejectedInLinearTime() {
    int n = 20_000;
    Codec<Set<List<Integer>>> codec = Codecs.set(Codecs.list(Codecs.INT));
    byte[] crafted = setOfListsWithHashesInRunsOf(n, n);
    byte[] benign = setOfListsWithHashesInRunsOf(n, 1);
    assertEquals(benign.length, crafted.length, "same size, same shape");
    IpcProtocolException e = assertThrows(IpcProtocolException.class, () -> CodecTesting.decode(codec, crafted));
    assertTrue(e.getMessage().contains("share hash codes"), e.getMessage());
    long benignNanos = bestOfFive(() -> CodecTesting.decode(codec, benign));
    long craftedNanos = bestOfFive(() -> assertThrows(IpcProtocolException.class, () -> CodecTesting.decode(codec, crafted)));
    FIGURES.log(System.Logger.Level.INFO, String.format("collisions, %,d keys of one hash code (%,d bytes): rejected in %.1f ms; benign keys: %.1f ms",
        n, crafted.length, craftedNanos / 1e6, benignNanos / 1e6));
    assertTrue(craftedNanos < 10 * benignNanos + 50_000_000L, craftedNanos + " ns crafted, " + benignNanos + " ns benign");
  }

  @Test
  void keysSharingHashCodesWithinTheAllowanceDecodeInTimeLinearInTheirNumber() {
    int n = 20_000;
    int run = 100; // 99 comparisons per key at most, about 50 on average: within the 64 per key allowed
    Codec<Set<List<Integer>>> codec = Codecs.set(Codecs.list(Codecs.INT));
    byte[] crafted = setOfListsWithHashesInRunsOf(n, run);
    byte[] benign = setOfListsWithHashesInRunsOf(n, 1);
    assertEquals(n, CodecTesting.decode(codec, crafted).size());
    long benignNanos = bestOfFive(() -> CodecTesting.decode(codec, benign));
    long craftedNanos = bestOfFive(() -> CodecTesting.decode(codec, crafted));
    FIGURES.log(System.Logger.Level.INFO, String.format("collisions, %,d keys in runs of %d sharing a hash code (%,d bytes): %.1f ms; benign keys: %.1f ms (%.1fx)",
        n, run, crafted.length, craftedNanos / 1e6, benignNanos / 1e6, (double) craftedNanos / benignNanos));
    assertTrue(craftedNanos < 100 * benignNanos + 100_000_000L, craftedNanos + " ns crafted, " + benignNanos + " ns benign");
  }

  /**
   * The encoding of a set of {@code n} distinct two-element lists whose hash codes repeat in runs of
   * {@code run}: the hash of [a, b] is 31 * (31 + a) + b, so [a + k, b - 31k] share it. Written
   * directly, as building such a set in a hash table is what the test shows to be slow.
   */
  private static byte[] setOfListsWithHashesInRunsOf(int n, int run) {
    Codec<List<Integer>> element = Codecs.list(Codecs.INT);
    WireWriter out = new WireWriter();
    out.writeLength(n);
    Set<List<Integer>> seen = new java.util.TreeSet<>(java.util.Comparator.<List<Integer>>comparingInt(l -> l.get(0)).thenComparingInt(l -> l.get(1)));
    for (int i = 0; i < n; i++) {
      int group = i / run;
      int k = i % run;
      List<Integer> list = List.of(group * 1000 + k, group * 1_000_000 - 31 * k);
      assertTrue(seen.add(list), "distinct");
      element.encode(out, list);
    }
    return out.toByteArray();
  }

  private static long bestOfFive(Runnable decode) {
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      long start = System.nanoTime();
      decode.run();
      best = Math.min(best, System.nanoTime() - start);
    }
    return best;
  }

  // ---- payloads ----

  /** {@code tag} containers nested 64 deep, each claiming every byte left, over a pad of nulls. */
  private static byte[] nestedLying(int tag, byte[] beforeChild, int padding) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int depth = WireWriter.MAX_DEPTH;
    for (int level = 0; level < depth; level++) {
      out.write(tag);
      writeLength(out, padding);
      out.writeBytes(beforeChild);
    }
    out.write(0);
    out.writeBytes(new byte[padding]);
    return out.toByteArray();
  }

  private static Codec<?> nestedArrays(int depth) {
    Codec<Object> codec = castArray(Codecs.array(Codecs.nullable(Codecs.INT), Integer[]::new));
    for (int i = 1; i < depth; i++) {
      codec = castArray(Codecs.array(codec, Object[]::new));
    }
    return codec;
  }

  @SuppressWarnings("unchecked")
  private static Codec<Object> castArray(Codec<?> codec) {
    return (Codec<Object>) codec;
  }

  private static byte[] nestedLyingTyped(int depth, int padding) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int level = 0; level < depth; level++) {
      writeLength(out, padding);
    }
    out.writeBytes(new byte[padding]); // absent Integers, one byte each
    return out.toByteArray();
  }

  private static byte[] argsOfRepeated(int count, int tag, int length) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writeLength(out, count);
    for (int i = 0; i < count; i++) {
      out.write(tag);
      writeLength(out, length);
    }
    return out.toByteArray();
  }

  private static byte[] listOfRepeated(int count, int tag, int length) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(LIST);
    out.writeBytes(argsOfRepeated(count, tag, length));
    return out.toByteArray();
  }

  private static byte[] typedListOfEmpty(int count) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writeLength(out, count);
    out.writeBytes(new byte[count]);
    return out.toByteArray();
  }

  private static byte[] lyingPrimitiveArray(int padding) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writeLength(out, padding);
    out.writeBytes(new byte[padding - 1]); // one short: rejected after the allocation
    return out.toByteArray();
  }

  private static void writeLength(ByteArrayOutputStream out, int length) {
    WireWriter writer = new WireWriter();
    writer.writeLength(length);
    out.writeBytes(writer.toByteArray());
  }
}
