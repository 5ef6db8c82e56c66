package org.typedipc.runtime.internal.dispatch;

import org.typedipc.runtime.spi.Codecs;
import org.typedipc.runtime.spi.Codec;

/**
 * A message as it arrives: its channel and encoded arguments. Arguments are decoded on first use,
 * once per codec, so every listener of one delivery sees the same fresh copy (as every listener
 * of one Electron emit sees the same objects). The delivery tasks extend it, so that a message and
 * its delivery are one object.
 */
public class InboundMessage {
  public final String channel;
  private final byte[] payload;
  private final long maxDecodedBytes;
  private Codec<?> decodedWith;
  private Object decoded;

  /** {@code maxDecodedBytes} bounds the heap one decoding of the arguments may take. */
  public InboundMessage(String channel, byte[] payload, long maxDecodedBytes) {
    this.channel = channel;
    this.payload = payload;
    this.maxDecodedBytes = maxDecodedBytes;
  }

  @SuppressWarnings("unchecked")
  public <A> A args(Codec<A> codec) {
    if (decodedWith != codec) {
      decoded = Payloads.decode(codec, payload, channel, maxDecodedBytes);
      decodedWith = codec;
    }
    return (A) decoded;
  }

  public Object[] dynamicArgs() {
    return args(Codecs.DYNAMIC_ARGS);
  }
}
