package org.typedipc.runtime.internal.dispatch;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReferenceFieldUpdater;
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
 *
 * <p>A connection's reader may lend a small payload instead of handing over an array of its own
 * ({@link #InboundMessage(String, byte[], int, long, RateLimitedLog, String)}): the reader's
 * own thread, which runs the delivery when main's loop is idle, decodes the arguments where they
 * lie; any other thread takes a copy first. Before the reader reuses the lent bytes it ends the
 * loan ({@link #endLoan}), which copies them unless the delivery said nothing will read them again
 * ({@link #argsSettled}).
 */
public class InboundMessage {
  public final String channel;
  /**
   * The arguments: an array of their own, from index 0; or while lent, the lender's array (from
   * index 0) or direct buffer (from its position to its limit, neither of which moves), which holds
   * the same bytes until the lender ends the loan (so a reader may see either). One field for both,
   * so that a delivery takes no more memory for the rare direct buffer.
   */
  private volatile Object payload;
  private final int length;
  /**
   * While the arguments are lent, the thread that lent them, the only one that reads them where
   * they lie; {@link #COPYING} while another thread copies them out, which the lender waits for
   * before it reuses its array; {@link #SETTLED} once they were decoded and the lent bytes given
   * back uncopied (only the decoded value is left); null once {@link #payload} is their own array.
   */
  private volatile Object loan;
  private static final AtomicReferenceFieldUpdater<InboundMessage, Object> LOAN =
      AtomicReferenceFieldUpdater.newUpdater(InboundMessage.class, Object.class, "loan");
  private static final Object COPYING = new Object();
  private static final Object SETTLED = new Object();
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
    this(channel, payload, payload.length, null, maxDecodedBytes, senderLog, side);
  }

  /**
   * A message whose arguments are the first {@code length} bytes of {@code lent}, lent by the
   * calling thread until it calls {@link #endLoan}; otherwise as {@link #InboundMessage(String,
   * byte[], long, RateLimitedLog, String)}.
   */
  public InboundMessage(String channel, byte[] lent, int length, long maxDecodedBytes, RateLimitedLog senderLog, String side) {
    this(channel, lent, length, Thread.currentThread(), maxDecodedBytes, senderLog, side);
  }

  /**
   * A message whose arguments are those of {@code lent} from its position to its limit, lent by the
   * calling thread until it calls {@link #endLoan}; otherwise as {@link #InboundMessage(String,
   * byte[], long, RateLimitedLog, String)}.
   */
  public InboundMessage(String channel, ByteBuffer lent, long maxDecodedBytes, RateLimitedLog senderLog, String side) {
    this(channel, lent, lent.remaining(), Thread.currentThread(), maxDecodedBytes, senderLog, side);
  }

  private InboundMessage(String channel, Object payload, int length, Thread lender, long maxDecodedBytes, RateLimitedLog senderLog,
      String side) {
    this.channel = channel;
    this.payload = payload;
    this.length = length;
    this.loan = lender;
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
        decoded = decode(codec);
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
    return length;
  }

  /** Decodes the arguments: in place on the lender's thread while lent, else from an array of their own. */
  private <A> A decode(Codec<A> codec) {
    // The lender reuses its array only after it ended the loan, later on this same thread.
    if (loan == Thread.currentThread()) {
      Object lent = payload;
      return lent instanceof ByteBuffer
          ? Payloads.decode(codec, (ByteBuffer) lent, channel, maxDecodedBytes)
          : Payloads.decode(codec, (byte[]) lent, 0, length, channel, maxDecodedBytes);
    }
    byte[] bytes = owned();
    return Payloads.decode(codec, bytes, 0, length, channel, maxDecodedBytes);
  }

  /** The arguments in an array of their own, copied out of the lender's first if they still are there. */
  private byte[] owned() {
    while (true) {
      Object state = loan;
      if (state == null) {
        return (byte[]) payload;
      }
      if (state == SETTLED) {
        throw new IllegalStateException(ErrorMessages.argumentsSettled(channel));
      }
      if (state instanceof Thread && LOAN.compareAndSet(this, state, COPYING)) {
        return copyOut();
      }
      waitForCopy();
    }
  }

  /**
   * Called by the lender before it reuses its array: from then on the arguments are read from a
   * copy, unless {@link #argsSettled} said nothing will read them again. A no-op if they were never
   * lent.
   */
  public final void endLoan() {
    while (true) {
      Object state = loan;
      if (state == null || state == SETTLED) {
        return;
      }
      if (state instanceof Thread && LOAN.compareAndSet(this, state, COPYING)) {
        copyOut();
        return;
      }
      waitForCopy();
    }
  }

  /**
   * Ends the loan of an array the lender would otherwise drop: the message keeps the array itself
   * unless the delivery settled the arguments (or another thread copied them meanwhile).
   *
   * @return whether the lender has its array back, to reuse
   */
  public final boolean endLoanLeavingArray() {
    while (true) {
      Object state = loan;
      if (state == null || state == SETTLED) {
        return true; // another thread copied the arguments out, or nothing reads them again
      }
      if (state instanceof Thread && LOAN.compareAndSet(this, state, null)) {
        return false; // the lent array is the message's own now
      }
      waitForCopy();
    }
  }

  /** Copies the lent bytes to an array of their own; the caller set the loan to {@link #COPYING}. */
  private byte[] copyOut() {
    Object lent = payload;
    byte[] own;
    if (lent instanceof ByteBuffer) {
      own = new byte[length];
      ((ByteBuffer) lent).get(((ByteBuffer) lent).position(), own);
    } else {
      own = Arrays.copyOf((byte[]) lent, length);
    }
    payload = own;
    loan = null;
    return own;
  }

  /** Another thread copies the lent bytes, which takes no longer than the copy: wait for it. */
  private static void waitForCopy() {
    Thread.onSpinWait();
    Thread.yield();
  }

  /**
   * Tells a lent message that nothing reads its arguments again, unless with the codec they were
   * decoded with (the delivery ran, and no interceptor or recording holds the call): the lender may
   * then reuse the lent bytes without copying them. Does nothing if the arguments were not decoded.
   */
  protected final void argsSettled() {
    Object state = loan;
    if (decodedWith != null && state instanceof Thread && LOAN.compareAndSet(this, state, SETTLED)) {
      payload = null; // the lender's array is not kept with the message
    }
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
    A value = decode(codec);
    decoded = value;
    decodedWith = codec;
    return value;
  }

  /** The untyped arguments, for an interceptor. */
  public Object[] args() {
    return peekArgs(Codecs.DYNAMIC_ARGS);
  }
}
