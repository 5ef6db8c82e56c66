package test;

import org.typedipc.runtime.spi.Codec;
import org.typedipc.runtime.spi.WireReader;
import org.typedipc.runtime.spi.WireWriter;

public final class TrimmedStringCodec implements Codec<String> {
  public static final TrimmedStringCodec INSTANCE = new TrimmedStringCodec();

  @Override
  public void encode(WireWriter out, String value) {
    out.writeString(value.strip());
  }

  @Override
  public String decode(WireReader in) {
    return in.readString();
  }
}
