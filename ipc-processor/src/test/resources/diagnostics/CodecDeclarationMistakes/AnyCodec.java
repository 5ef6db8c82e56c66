package test;

import org.typedipc.runtime.spi.Codec;
import org.typedipc.runtime.spi.WireReader;
import org.typedipc.runtime.spi.WireWriter;

public final class AnyCodec<T> implements Codec<T> {
  @Override
  public void encode(WireWriter out, T value) {}

  @Override
  public T decode(WireReader in) {
    return null;
  }
}
