package test;

import org.typedipc.runtime.spi.Codec;
import org.typedipc.runtime.spi.WireReader;
import org.typedipc.runtime.spi.WireWriter;

public final class MoneyCodec implements Codec<Money> {
  @Override
  public void encode(WireWriter out, Money value) {
    out.writeLong(value.cents);
  }

  @Override
  public Money decode(WireReader in) {
    return new Money(in.readLong());
  }
}
