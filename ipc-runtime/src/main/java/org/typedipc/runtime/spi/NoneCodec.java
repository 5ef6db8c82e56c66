package org.typedipc.runtime.spi;

/** Writes nothing and reads {@code null}: the result codec of send and event channels. */
enum NoneCodec implements Codec<Void> {
  INSTANCE;

  @Override
  public void encode(WireWriter out, Void value) {}

  @Override
  public Void decode(WireReader in) {
    return null;
  }
}
