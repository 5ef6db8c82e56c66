package org.typedipc.blackbox.custom;

import org.typedipc.runtime.spi.Codec;
import org.typedipc.runtime.spi.WireReader;
import org.typedipc.runtime.spi.WireWriter;

/**
 * Writes an {@link Rgb} as 3 bytes instead of the 12 of the generated record codec; generated code
 * calls its public constructor. Every 3 bytes are a colour, so decoding cannot fail but for length.
 */
public final class RgbCodec implements Codec<Rgb> {
  /** Generated code creates its own. */
  public RgbCodec() {}

  @Override
  public void encode(WireWriter out, Rgb value) {
    out.writeByte(value.red()).writeByte(value.green()).writeByte(value.blue());
  }

  @Override
  public Rgb decode(WireReader in) {
    return new Rgb(in.readByte() & 0xFF, in.readByte() & 0xFF, in.readByte() & 0xFF);
  }
}
