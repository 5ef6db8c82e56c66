package test;

import org.typedipc.runtime.spi.Codec;
import org.typedipc.runtime.spi.WireReader;
import org.typedipc.runtime.spi.WireWriter;

public final class RgbCodec implements Codec<Rgb> {
  @Override
  public void encode(WireWriter out, Rgb value) {
    out.writeInt(value.red() << 16 | value.green() << 8 | value.blue());
  }

  @Override
  public Rgb decode(WireReader in) {
    int rgb = in.readInt();
    return new Rgb(rgb >>> 16 & 0xFF, rgb >>> 8 & 0xFF, rgb & 0xFF);
  }
}
