package org.typedipc.runtime.spi;

import java.util.function.BiConsumer;
import java.util.function.Function;

/** A codec made of two functions; see {@link Codecs#of}. */
final class FunctionCodec<T> implements Codec<T> {
  private final BiConsumer<WireWriter, T> encoder;
  private final Function<WireReader, T> decoder;

  FunctionCodec(BiConsumer<WireWriter, T> encoder, Function<WireReader, T> decoder) {
    this.encoder = encoder;
    this.decoder = decoder;
  }

  @Override
  public void encode(WireWriter out, T value) {
    encoder.accept(out, value);
  }

  @Override
  public T decode(WireReader in) {
    return decoder.apply(in);
  }
}
