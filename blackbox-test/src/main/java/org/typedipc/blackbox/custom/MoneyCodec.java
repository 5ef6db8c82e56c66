package org.typedipc.blackbox.custom;

import org.typedipc.runtime.spi.Codec;
import org.typedipc.runtime.spi.Codecs;
import org.typedipc.runtime.spi.WireReader;
import org.typedipc.runtime.spi.WireWriter;

/** Writes a {@link Money} as its currency's code, then its minor units; generated code takes {@link #INSTANCE}. */
public final class MoneyCodec implements Codec<Money> {
  /** The one instance generated code uses. */
  public static final MoneyCodec INSTANCE = new MoneyCodec();

  private MoneyCodec() {}

  @Override
  public void encode(WireWriter out, Money value) {
    Codecs.CURRENCY.encode(out, value.currency());
    out.writeLong(value.minorUnits());
  }

  @Override
  public Money decode(WireReader in) {
    return new Money(Codecs.CURRENCY.decode(in), in.readLong());
  }
}
