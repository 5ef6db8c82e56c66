package org.typedipc.runtime.internal.dispatch;

import org.typedipc.runtime.IpcDecodedTooLargeException;
import org.typedipc.runtime.IpcProtocolException;
import org.typedipc.runtime.internal.messages.ErrorMessages;
import org.typedipc.runtime.internal.messages.RateLimitedLog;
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
  private final RateLimitedLog senderLog;
  private final String side;
  private Codec<?> decodedWith;
  private Object decoded;
  private IpcProtocolException malformed;

  /**
   * {@code maxDecodedBytes} bounds the heap one decoding of the arguments may take; {@code
   * senderLog} takes the lines about the sender's faults, {@code side} ("main", "renderer") says
   * where the message arrived.
   */
  public InboundMessage(String channel, byte[] payload, long maxDecodedBytes, RateLimitedLog senderLog, String side) {
    this.channel = channel;
    this.payload = payload;
    this.maxDecodedBytes = maxDecodedBytes;
    this.senderLog = senderLog;
    this.side = side;
  }

  /**
   * Whether a listener's or handler's failure is this message's own (its arguments are past the
   * decoded-size limit, or malformed): the sender's doing, so it is logged without a stack trace, in
   * the sender's rate-limited log, not as a failure of the listener. A malformed message is logged
   * where its sender is dropped.
   */
  public boolean isSendersFault(Throwable failure) {
    if (failure instanceof IpcDecodedTooLargeException) {
      senderLog.log(System.Logger.Level.WARNING, () -> ErrorMessages.peerMessageFailedLog(side, channel, failure.getMessage()));
      return true;
    }
    return failure != null && failure == malformed;
  }

  @SuppressWarnings("unchecked")
  public <A> A args(Codec<A> codec) {
    if (decodedWith != codec) {
      try {
        decoded = Payloads.decode(codec, payload, channel, maxDecodedBytes);
      } catch (IpcDecodedTooLargeException e) {
        throw e; // a limit, not a broken protocol: the call fails, the sender stays
      } catch (IpcProtocolException e) {
        malformed = e;
        throw e;
      }
      decodedWith = codec;
    }
    return (A) decoded;
  }

  /**
   * Why the arguments could not be decoded, once a listener tried; null if they could. A sender
   * that sends a malformed payload breaks the protocol, whatever the listener made of it.
   */
  public IpcProtocolException malformed() {
    return malformed;
  }

  public Object[] dynamicArgs() {
    return args(Codecs.DYNAMIC_ARGS);
  }

  /** The size of the encoded arguments. */
  public int payloadBytes() {
    return payload.length;
  }

  /**
   * The arguments decoded for an interceptor: shared with the listeners when they use the same
   * codec, but a payload that does not decode with the codec the interceptor guessed does not
   * count as the sender's fault — only a listener's decoding does.
   */
  @SuppressWarnings("unchecked")
  public <A> A peekArgs(Codec<A> codec) {
    if (decodedWith == codec) {
      return (A) decoded;
    }
    A value = Payloads.decode(codec, payload, channel, maxDecodedBytes);
    decoded = value;
    decodedWith = codec;
    return value;
  }

  /** The untyped arguments, for an interceptor. */
  public Object[] args() {
    return peekArgs(Codecs.DYNAMIC_ARGS);
  }
}
