package test;

import org.typedipc.runtime.spi.Codec;
import org.typedipc.runtime.spi.WireReader;
import org.typedipc.runtime.spi.WireWriter;

/** Money as its currency code and cents, with no length in front. */
public final class MoneyCodec implements Codec<Money> {
  public static final MoneyCodec INSTANCE = new MoneyCodec();

  @Override
  public void encode(WireWriter out, Money value) {
    out.writeString(value.currency());
    out.writeLong(value.cents());
  }

  @Override
  public Money decode(WireReader in) {
    return new Money(in.readString(), in.readLong());
  }
}
