package org.typedipc.runtime.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.typedipc.runtime.spi.CodecTesting.decodesOrRejects;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.typedipc.runtime.spi.CodecSamples.Sample;

/**
 * Every single-byte change of a few golden encodings either decodes to a value or fails with an
 * {@link org.typedipc.runtime.IpcProtocolException}, never with another throwable. Deterministic:
 * no randomness, every case is enumerated.
 */
class CodecsMutationSweepTest {
  /** The varint of 2^31-1: the largest length a writer can claim. */
  private static final byte[] MAX_LENGTH = {-1, -1, -1, -1, 0x07};

  @Test
  @Timeout(60)
  void everySingleByteValueAtEveryPositionDecodesOrIsRejected() {
    for (Sample<?> sample : CodecSamples.all()) {
      byte[] golden = sample.encoding();
      int decoded = 0;
      int rejected = 0;
      for (int position = 0; position < golden.length; position++) {
        for (int b = 0; b < 256; b++) {
          if ((byte) b == golden[position]) {
            continue;
          }
          byte[] mutant = golden.clone();
          mutant[position] = (byte) b;
          String what = sample.name() + ", byte " + position + " set to " + b;
          if (decodesOrRejects(sample.codec(), mutant, what)) {
            decoded++;
          } else {
            rejected++;
          }
        }
      }
      assertEquals(golden.length * 255, decoded + rejected, sample.name());
      assertTrue(rejected > 0, sample.name() + ": no mutant was rejected");
    }
  }

  @Test
  @Timeout(60)
  void aMaximalLengthAtEveryPositionDecodesOrIsRejected() {
    for (Sample<?> sample : CodecSamples.all()) {
      byte[] golden = sample.encoding();
      for (int position = 0; position <= golden.length; position++) {
        byte[] replaced = splice(golden, position, 1, MAX_LENGTH);
        decodesOrRejects(
            sample.codec(), replaced, sample.name() + ", max length over byte " + position);
        byte[] inserted = splice(golden, position, 0, MAX_LENGTH);
        decodesOrRejects(
            sample.codec(), inserted, sample.name() + ", max length before byte " + position);
      }
    }
  }

  @Test
  @Timeout(60)
  void deletingOrDuplicatingAnyByteDecodesOrIsRejected() {
    for (Sample<?> sample : CodecSamples.all()) {
      byte[] golden = sample.encoding();
      for (int position = 0; position < golden.length; position++) {
        byte[] deleted = splice(golden, position, 1, new byte[0]);
        decodesOrRejects(
            sample.codec(), deleted, sample.name() + ", byte " + position + " deleted");
        byte[] doubled = splice(golden, position, 0, new byte[] {golden[position]});
        decodesOrRejects(
            sample.codec(), doubled, sample.name() + ", byte " + position + " doubled");
      }
    }
  }

  /** {@code bytes} with {@code removed} bytes at {@code position} replaced by {@code inserted}. */
  private static byte[] splice(byte[] bytes, int position, int removed, byte[] inserted) {
    int cut = Math.min(removed, bytes.length - position);
    byte[] result = Arrays.copyOf(bytes, bytes.length - cut + inserted.length);
    System.arraycopy(inserted, 0, result, position, inserted.length);
    System.arraycopy(
        bytes, position + cut, result, position + inserted.length, bytes.length - position - cut);
    return result;
  }
}
