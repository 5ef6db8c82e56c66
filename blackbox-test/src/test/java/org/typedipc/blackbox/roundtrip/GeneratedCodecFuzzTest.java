package org.typedipc.blackbox.roundtrip;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.typedipc.blackbox.custom.ShopIpc;
import org.typedipc.runtime.spi.Codec;
import org.typedipc.runtime.testing.DecoderPromises;

/**
 * Coverage-guided fuzzing of generated codecs: records of every supported type, enums, a sealed
 * hierarchy, a recursive record, an argument list and codecs declared with {@code @IpcCodecs}. The
 * first byte of an input picks the codec, the rest is the message; the promises checked are the
 * runtime decoders' ({@link DecoderPromises}).
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class GeneratedCodecFuzzTest {
  private static final List<Codec<?>> CODECS = List.of(
      EverythingIpc.SCALARS_CHANNEL.argsCodec(),
      EverythingIpc.BOXES_CHANNEL.argsCodec(),
      EverythingIpc.LIBRARY_CHANNEL.argsCodec(),
      EverythingIpc.ZONED_CHANNEL.argsCodec(),
      EverythingIpc.ARRAYS_CHANNEL.argsCodec(),
      EverythingIpc.COLLECTIONS_CHANNEL.argsCodec(),
      EverythingIpc.TREE_CHANNEL.argsCodec(),
      EverythingIpc.SHAPE_CHANNEL.argsCodec(),
      EverythingIpc.SUM_CHANNEL.argsCodec(),
      EverythingIpc.SHAPE_CHANNEL.resultCodec(),
      ShopIpc.PAINT_CHANNEL.argsCodec());

  @FuzzTest
  void generatedCodecs(byte[] input) {
    if (input.length > 0) {
      DecoderPromises.check(CODECS.get((input[0] & 0xFF) % CODECS.size()), Arrays.copyOfRange(input, 1, input.length));
    }
  }
}
