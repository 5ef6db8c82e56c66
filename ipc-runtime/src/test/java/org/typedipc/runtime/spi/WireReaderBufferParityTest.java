package org.typedipc.runtime.spi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.typedipc.runtime.IpcProtocolException;
import org.typedipc.runtime.spi.CodecSamples.Sample;
import org.typedipc.runtime.testing.ReplayableSeed;

/**
 * A payload read from a direct buffer (through the reader's window) decodes exactly as the same
 * bytes in an array: the same value, or the same typed exception with the same message (offsets,
 * remaining counts), for well-formed, truncated, mutated and too-large input; values that cross
 * the window's end or are longer than it included.
 */
@Timeout(120)
class WireReaderBufferParityTest {
  /** Past the reader's window of 8 KiB, so that values cross its end or are longer than it. */
  private static final int WINDOW = 8 * 1024;

  @RegisterExtension final ReplayableSeed.Recorder seeds = new ReplayableSeed.Recorder();

  @Test
  void everySampleAndEverySingleByteMutationOfItDecodesAlikeBothWays() {
    int rejected = 0;
    for (Sample<?> sample : CodecSamples.all()) {
      byte[] golden = sample.encoding();
      assertSame(sample.codec(), golden, sample.name());
      for (int position = 0; position < golden.length; position++) {
        for (int b = 0; b < 256; b += 17) {
          byte[] mutant = golden.clone();
          mutant[position] = (byte) b;
          if (!assertSame(sample.codec(), mutant, sample.name() + ", byte " + position + " set to " + b)) {
            rejected++;
          }
        }
      }
    }
    assertTrue(rejected > 0, "no mutant was rejected");
  }

  @Test
  void everyTruncationAndTrailingByteDecodesAlikeBothWays() {
    for (Sample<?> sample : CodecSamples.all()) {
      byte[] golden = sample.encoding();
      for (int length = 0; length < golden.length; length++) {
        assertSame(sample.codec(), Arrays.copyOf(golden, length), sample.name() + ", first " + length + " bytes");
      }
      assertSame(sample.codec(), Arrays.copyOf(golden, golden.length + 1), sample.name() + ", a trailing byte");
    }
  }

  @Test
  void largeValuesAcrossTheWindowDecodeAlikeBothWaysWhetherWholeTruncatedOrMutated() {
    Random random = seeds.draw("large values across the window").random();
    for (Sample<?> sample : largeSamples()) {
      byte[] golden = sample.encoding();
      String name = sample.name();
      assertTrue(assertSame(sample.codec(), golden, name), name + " did not decode");
      List<Integer> positions = new ArrayList<>();
      for (int edge = WINDOW; edge < golden.length + WINDOW; edge += WINDOW) {
        for (int i = -9; i <= 9; i++) {
          positions.add(edge + i);
        }
      }
      for (int i = 0; i < 40; i++) {
        positions.add(random.nextInt(golden.length));
      }
      for (int position : positions) {
        if (position < 0 || position >= golden.length) {
          continue;
        }
        assertSame(sample.codec(), Arrays.copyOf(golden, position), name + ", first " + position + " bytes");
        byte[] mutant = golden.clone();
        mutant[position] = (byte) random.nextInt(256);
        assertSame(sample.codec(), mutant, name + ", byte " + position + " set to " + mutant[position]);
        byte[] notUtf8 = golden.clone();
        notUtf8[position] = (byte) 0xC0;
        assertSame(sample.codec(), notUtf8, name + ", byte " + position + " not UTF-8");
      }
    }
  }

  @Test
  void theDecodedSizeLimitFailsAlikeBothWays() {
    for (Sample<?> sample : largeSamples()) {
      byte[] golden = sample.encoding();
      for (long limit : new long[] {1, 100, WINDOW, golden.length / 2, golden.length, 4L * golden.length}) {
        assertSame(sample.codec(), golden, limit, sample.name() + ", limited to " + limit + " bytes");
      }
    }
  }

  @Test
  void readingABufferMovesNeitherItsPositionNorItsLimit() {
    byte[] golden = CodecTesting.encode(Codecs.BYTES, new byte[3 * WINDOW]);
    ByteBuffer buffer = direct(golden);
    int position = buffer.position();
    int limit = buffer.limit();
    WireReader reader = new WireReader(new byte[0]).reset(buffer);
    assertEquals(golden.length, reader.remaining());
    assertArrayEquals(new byte[3 * WINDOW], reader.readBytes());
    reader.requireFullyRead();
    assertEquals(position, buffer.position());
    assertEquals(limit, buffer.limit());
  }

  /** Values long and short, ASCII and not, around and past the window's size, in lists and records of mixed fields. */
  private static List<Sample<?>> largeSamples() {
    List<Sample<?>> samples = new ArrayList<>();
    List<String> strings = new ArrayList<>();
    List<byte[]> arrays = new ArrayList<>();
    for (int length : new int[] {1, WINDOW - 3, WINDOW, WINDOW + 1, 3 * WINDOW + 7}) {
      strings.add("a".repeat(length));
      strings.add("\u00DF".repeat(length / 2) + "x");
      byte[] array = new byte[length];
      Arrays.fill(array, (byte) length);
      arrays.add(array);
    }
    samples.add(new Sample<>("long and short strings", Codecs.list(Codecs.STRING), strings));
    samples.add(new Sample<>("long and short byte arrays", Codecs.list(Codecs.BYTES), arrays));
    List<Long> longs = new ArrayList<>();
    for (long i = 0; i < 3 * WINDOW / 8 + 5; i++) {
      longs.add(i * 0x0101010101L);
    }
    samples.add(new Sample<>("longs across the window", Codecs.list(Codecs.LONG), longs));
    List<Object> mixed = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      mixed.add(i % 3 == 0 ? "s" + i : i % 3 == 1 ? (Object) (long) i : (Object) (i % 2 == 0));
    }
    samples.add(new Sample<>("mixed dynamic values", Codecs.DYNAMIC_ARGS, mixed.toArray()));
    return samples;
  }

  private static <T> boolean assertSame(Codec<T> codec, byte[] input, String what) {
    return assertSame(codec, input, Long.MAX_VALUE, what);
  }

  /**
   * Decodes {@code input} from an array and from a direct buffer and fails unless both give the
   * same value (by its encoding) or the same exception; returns whether it decoded.
   */
  private static <T> boolean assertSame(Codec<T> codec, byte[] input, long limit, String what) {
    Object fromArray = outcome(codec, new WireReader(input), limit);
    Object fromBuffer = outcome(codec, new WireReader(new byte[0]).reset(direct(input)), limit);
    if (fromArray instanceof byte[]) {
      assertTrue(fromBuffer instanceof byte[], what + ": an array decoded, a buffer gave " + fromBuffer);
      assertArrayEquals((byte[]) fromArray, (byte[]) fromBuffer, what);
      return true;
    }
    assertEquals(fromArray, fromBuffer, what);
    return false;
  }

  /** The encoding of what {@code reader} decodes, or the class and message of the protocol exception it throws. */
  private static <T> Object outcome(Codec<T> codec, WireReader reader, long limit) {
    try {
      if (limit != Long.MAX_VALUE) {
        reader.limitDecodedBytes(limit, "the test's payload");
      }
      T value = codec.decode(reader);
      reader.requireFullyRead();
      return CodecTesting.encode(codec, value);
    } catch (IpcProtocolException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }

  /** {@code bytes} in a direct buffer, past a few other bytes and before some more, so that position and limit matter. */
  private static ByteBuffer direct(byte[] bytes) {
    ByteBuffer buffer = ByteBuffer.allocateDirect(bytes.length + 10);
    buffer.put(new byte[] {9, 9, 9}).put(bytes).put(new byte[] {7, 7, 7, 7, 7, 7, 7});
    return buffer.position(3).limit(3 + bytes.length);
  }
}
