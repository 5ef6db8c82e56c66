package org.typedipc.web.pricing;

import org.typedipc.runtime.spi.Codec;
import org.typedipc.runtime.spi.WireReader;
import org.typedipc.runtime.spi.WireWriter;

/** Money as its cents, then its currency code: no length or nesting level in front, as a codec of one's own writes. */
public final class MoneyCodec implements Codec<Money> {
  public static final MoneyCodec INSTANCE = new MoneyCodec();

  @Override
  public void encode(WireWriter out, Money value) {
    out.writeLong(value.cents());
    out.writeString(value.currency());
  }

  @Override
  public Money decode(WireReader in) {
    long cents = in.readLong();
    return new Money(in.readString(), cents);
  }
}
