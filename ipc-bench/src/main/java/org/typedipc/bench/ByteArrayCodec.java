package org.typedipc.bench;

import org.typedipc.runtime.spi.Channel;
import org.typedipc.runtime.spi.Codec;
import org.typedipc.runtime.spi.WireReader;
import org.typedipc.runtime.spi.WireWriter;

/** The benchmark's echo channel: a byte array in, the same bytes back. */
public final class ByteArrayCodec implements Codec<byte[]> {
  public static final Channel<byte[], byte[]> ECHO = Channel.invoke("bench:echo", new ByteArrayCodec(), new ByteArrayCodec());
  public static final Channel<byte[], Void> ONE_WAY = Channel.send("bench:one-way", new ByteArrayCodec());

  @Override
  public void encode(WireWriter out, byte[] value) {
    out.writeBytes(value);
  }

  @Override
  public byte[] decode(WireReader in) {
    return in.readBytes();
  }
}
