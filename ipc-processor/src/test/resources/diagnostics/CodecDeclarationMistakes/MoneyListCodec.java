package test;

import java.util.List;
import org.typedipc.runtime.spi.Codec;
import org.typedipc.runtime.spi.WireReader;
import org.typedipc.runtime.spi.WireWriter;

public final class MoneyListCodec implements Codec<List<Money>> {
  @Override
  public void encode(WireWriter out, List<Money> value) {}

  @Override
  public List<Money> decode(WireReader in) {
    return List.of();
  }
}
