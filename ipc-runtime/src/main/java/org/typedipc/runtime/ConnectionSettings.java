package org.typedipc.runtime;

import java.time.Duration;
import java.util.Objects;
import org.typedipc.runtime.internal.messages.ErrorMessages;

/**
 * The limits and timers of connections to renderer processes. The limits bound what one peer can
 * make the other hold.
 *
 * <p>Every connection has its own writer thread, so writing never blocks the code that sends: it
 * queues. What is queued and what was read but not yet handled are bounded, per connection and in
 * total per main (or per renderer process connection), so that a fast producer is slowed down
 * instead of filling the heap:
 *
 * <ul>
 *   <li>Outbound: at most {@code maxBufferedBytes} wait for one peer, {@code totalBufferedBytes} for
 *       all the renderers of one main. A renderer thread that sends beyond that blocks until the
 *       peer reads; main's loop never blocks: a renderer that is that far behind when a listener
 *       sends to it is disconnected ({@link RendererGone.Reason#UNRESPONSIVE}). A peer that reads
 *       nothing of what waits for it for {@code drainTimeout} is disconnected with that reason too.
 *   <li>Inbound: each connection may have {@code inboundCreditBytes} of messages read but not yet
 *       handled (payload plus {@value #MESSAGE_OVERHEAD_BYTES} bytes a message), and all the
 *       connections of one main {@code totalInboundBytes}; beyond that the connection stops reading
 *       until its listeners caught up, so the sender's writes block in turn. A connection with
 *       nothing waiting always gets one more message, so no renderer starves behind the others.
 *   <li>Decoding: each message decodes to at most {@code maxDecodedBytes} of heap (a 16 MiB packet
 *       of byte arrays or strings fits; decoders allocate at most a small constant times the bytes
 *       they read, and this bound holds whatever the constant); past it the message fails with an
 *       {@link IpcDecodedTooLargeException} naming its channel and the limit.
 *   <li>Peer caps: a renderer may have {@code maxFramesPerRenderer} frames open at once and declare
 *       {@code maxChannels} channel names of {@code maxChannelNameBytes} in all per connection and
 *       direction; a peer past a cap is disconnected with a reason naming the cap.
 * </ul>
 *
 * <p>Before a renderer has proved its invitation's secret, main reads no packet larger than {@value
 * #MAX_HELLO_BYTES} bytes, whatever {@code maxPacketBytes} says: a larger length closes the
 * connection at once ({@link IpcPacketTooLargeException}), and an unauthenticated connection costs
 * main one fixed buffer of that size.
 *
 * @param maxPacketBytes the largest packet either side accepts; larger sends fail at the call
 * @param maxBufferedBytes the bytes queued for writing to one peer before senders block
 * @param heartbeatInterval how often an idle side sends a heartbeat
 * @param livenessTimeout how long a side waits for a whole packet before it declares the peer gone:
 *     a peer that trickles a packet (say one byte a second) is dropped as surely as a silent one
 * @param handshakeTimeout how long a new connection may take to complete the handshake
 * @param maxPendingHandshakes how many connections may wait to send their HELLO at once; when all
 *     are taken, the one waiting longest is closed to make room, so silent connections cannot lock
 *     out a renderer, which sends its HELLO as soon as it connects: one thread reads the HELLOs of
 *     socket connections with a selector and reads every HELLO that has arrived before a slot is
 *     taken, so an invitation's own connection is always admitted
 * @param drainTimeout how long a peer may leave queued bytes unread before it is disconnected
 * @param inboundCreditBytes the bytes of messages one connection may have read but not yet handled
 * @param totalBufferedBytes the bytes queued for writing to all the renderers of one main
 * @param totalInboundBytes the bytes of messages all the renderers of one main may have waiting;
 *     also how much of one renderer's messages main reads on past its credit while an invoke of
 *     that renderer waits for its reply, before it disconnects the renderer
 * @param maxDecodedBytes the estimated heap one message may decode to; at least {@code maxPacketBytes}
 * @param maxFramesPerRenderer how many frames one renderer may have open at once
 * @param maxChannels how many channel names a peer may declare on one connection
 * @param maxChannelNameBytes how many UTF-8 bytes of channel names a peer may declare on one connection
 */
public record ConnectionSettings(
    int maxPacketBytes,
    long maxBufferedBytes,
    Duration heartbeatInterval,
    Duration livenessTimeout,
    Duration handshakeTimeout,
    int maxPendingHandshakes,
    Duration drainTimeout,
    long inboundCreditBytes,
    long totalBufferedBytes,
    long totalInboundBytes,
    long maxDecodedBytes,
    int maxFramesPerRenderer,
    int maxChannels,
    long maxChannelNameBytes) {
  /** The largest HELLO main reads from a connection that has not yet authenticated: 64 KiB. */
  public static final int MAX_HELLO_BYTES = 64 * 1024;

  /** What one inbound message counts against the credit beyond its payload: the objects that carry it. */
  public static final int MESSAGE_OVERHEAD_BYTES = 256;

  private static final ConnectionSettings DEFAULTS = new ConnectionSettings(16 << 20, 16L << 20, Duration.ofSeconds(1),
      Duration.ofSeconds(5), Duration.ofSeconds(10), 64, Duration.ofSeconds(10), 1L << 20, 64L << 20, 16L << 20,
      64L << 20, 4096, 16_384, 1L << 20);

  /**
   * Checks the components against each other.
   *
   * @param maxPacketBytes the largest packet either side accepts, at least 1 KiB
   * @param maxBufferedBytes the bytes queued for writing to one peer before senders block
   * @param heartbeatInterval how often an idle side sends a heartbeat
   * @param livenessTimeout how long a side waits for a whole packet; longer than {@code heartbeatInterval}
   * @param handshakeTimeout how long a new connection may take to complete the handshake
   * @param maxPendingHandshakes how many connections may wait to send their HELLO at once
   * @param drainTimeout how long a peer may leave queued bytes unread before it is disconnected
   * @param inboundCreditBytes the bytes of messages one connection may have read but not yet handled
   * @param totalBufferedBytes the bytes queued for writing to all the renderers of one main
   * @param totalInboundBytes the bytes of messages all the renderers of one main may have waiting
   * @param maxDecodedBytes the estimated heap one message may decode to
   * @param maxFramesPerRenderer how many frames one renderer may have open at once
   * @param maxChannels how many channel names a peer may declare on one connection
   * @param maxChannelNameBytes how many UTF-8 bytes of channel names a peer may declare on one connection
   * @throws IllegalArgumentException if a limit is below its minimum (packets of 1 KiB, a credit of
   *     one message's overhead, one frame, channel and byte), a duration is not positive, the
   *     liveness timeout is not longer than the heartbeat interval, or a total or decoded-size bound
   *     is smaller than the per-connection or packet bound it must hold
   */
  public ConnectionSettings {
    if (maxPacketBytes < 1024) {
      throw new IllegalArgumentException(ErrorMessages.packetLimitTooSmall(maxPacketBytes));
    }
    if (maxBufferedBytes < maxPacketBytes) {
      throw new IllegalArgumentException(ErrorMessages.bufferBelowPacketLimit());
    }
    requirePositive(heartbeatInterval, "heartbeatInterval");
    requirePositive(livenessTimeout, "livenessTimeout");
    requirePositive(handshakeTimeout, "handshakeTimeout");
    if (livenessTimeout.compareTo(heartbeatInterval) <= 0) {
      throw new IllegalArgumentException(ErrorMessages.livenessNotAfterHeartbeat());
    }
    if (maxPendingHandshakes < 1) {
      throw new IllegalArgumentException(ErrorMessages.noPendingHandshakes());
    }
    requirePositive(drainTimeout, "drainTimeout");
    if (inboundCreditBytes < MESSAGE_OVERHEAD_BYTES) {
      throw new IllegalArgumentException(ErrorMessages.inboundCreditTooSmall(inboundCreditBytes, MESSAGE_OVERHEAD_BYTES));
    }
    if (totalBufferedBytes < maxBufferedBytes || totalInboundBytes < inboundCreditBytes) {
      throw new IllegalArgumentException(ErrorMessages.totalBelowPerConnection());
    }
    if (maxDecodedBytes < maxPacketBytes) {
      throw new IllegalArgumentException(ErrorMessages.decodedLimitBelowPacketLimit());
    }
    requirePositive(maxFramesPerRenderer, "maxFramesPerRenderer");
    requirePositive(maxChannels, "maxChannels");
    requirePositive(maxChannelNameBytes, "maxChannelNameBytes");
  }

  /**
   * 16 MiB packets; 16 MiB queued per peer and 64 MiB per main; heartbeat 1 s, liveness 5 s, drain
   * 10 s; handshake 10 s, 64 pending handshakes; 1 MiB inbound credit per connection and 16 MiB per
   * main; 64 MiB decoded per message; 4,096 frames per renderer, 16,384 channels and 1 MiB of
   * channel names per connection.
   *
   * @return the default settings
   */
  public static ConnectionSettings defaults() {
    return DEFAULTS;
  }

  /**
   * These settings with another packet limit; the outbound and decoded-size bounds grow to hold one such packet.
   *
   * @param bytes the largest packet either side accepts, at least 1 KiB
   * @return a copy with that limit
   */
  public ConnectionSettings withMaxPacketBytes(int bytes) {
    long buffered = Math.max(maxBufferedBytes, bytes);
    return new ConnectionSettings(bytes, buffered, heartbeatInterval, livenessTimeout, handshakeTimeout, maxPendingHandshakes,
        drainTimeout, inboundCreditBytes, Math.max(totalBufferedBytes, buffered), totalInboundBytes,
        Math.max(maxDecodedBytes, bytes), maxFramesPerRenderer, maxChannels, maxChannelNameBytes);
  }

  /**
   * These settings with another heartbeat interval and liveness timeout.
   *
   * @param interval how often an idle side sends a heartbeat
   * @param liveness how long a side waits for a whole packet; longer than {@code interval}
   * @return a copy with those timers
   */
  public ConnectionSettings withHeartbeat(Duration interval, Duration liveness) {
    return new ConnectionSettings(maxPacketBytes, maxBufferedBytes, interval, liveness, handshakeTimeout, maxPendingHandshakes,
        drainTimeout, inboundCreditBytes, totalBufferedBytes, totalInboundBytes,
        maxDecodedBytes, maxFramesPerRenderer, maxChannels, maxChannelNameBytes);
  }

  /**
   * These settings with another handshake timeout and cap on pending handshakes.
   *
   * @param timeout how long a new connection may take to complete the handshake
   * @param maxPending how many connections may wait to send their HELLO at once
   * @return a copy with those handshake bounds
   */
  public ConnectionSettings withHandshake(Duration timeout, int maxPending) {
    return new ConnectionSettings(maxPacketBytes, maxBufferedBytes, heartbeatInterval, livenessTimeout, timeout, maxPending,
        drainTimeout, inboundCreditBytes, totalBufferedBytes, totalInboundBytes,
        maxDecodedBytes, maxFramesPerRenderer, maxChannels, maxChannelNameBytes);
  }

  /**
   * These settings with another outbound bound per peer; the total per main grows to hold it.
   *
   * @param bytes the bytes queued for writing to one peer before senders block
   * @return a copy with that bound
   */
  public ConnectionSettings withMaxBufferedBytes(long bytes) {
    return new ConnectionSettings(maxPacketBytes, bytes, heartbeatInterval, livenessTimeout, handshakeTimeout, maxPendingHandshakes,
        drainTimeout, inboundCreditBytes, Math.max(totalBufferedBytes, bytes), totalInboundBytes,
        maxDecodedBytes, maxFramesPerRenderer, maxChannels, maxChannelNameBytes);
  }

  /**
   * These settings with another outbound bound for all the renderers of one main.
   *
   * @param bytes the bytes queued for writing to all the renderers of one main
   * @return a copy with that bound
   */
  public ConnectionSettings withTotalBufferedBytes(long bytes) {
    return new ConnectionSettings(maxPacketBytes, maxBufferedBytes, heartbeatInterval, livenessTimeout, handshakeTimeout,
        maxPendingHandshakes, drainTimeout, inboundCreditBytes, bytes, totalInboundBytes,
        maxDecodedBytes, maxFramesPerRenderer, maxChannels, maxChannelNameBytes);
  }

  /**
   * These settings with another time a peer may leave queued bytes unread before it is disconnected.
   *
   * @param timeout how long a peer may read nothing of what waits for it
   * @return a copy with that timeout
   */
  public ConnectionSettings withDrainTimeout(Duration timeout) {
    return new ConnectionSettings(maxPacketBytes, maxBufferedBytes, heartbeatInterval, livenessTimeout, handshakeTimeout,
        maxPendingHandshakes, timeout, inboundCreditBytes, totalBufferedBytes, totalInboundBytes,
        maxDecodedBytes, maxFramesPerRenderer, maxChannels, maxChannelNameBytes);
  }

  /**
   * These settings with another inbound credit per connection and in total per main.
   *
   * <pre>{@code
   * ConnectionSettings.defaults().withInboundCredit(256 << 10, 4 << 20) // 256 KiB each, 4 MiB in all
   * }</pre>
   *
   * @param perConnection the bytes of messages one connection may have read but not yet handled
   * @param total the bytes of messages all the renderers of one main may have waiting
   * @return a copy with that credit
   */
  public ConnectionSettings withInboundCredit(long perConnection, long total) {
    return new ConnectionSettings(maxPacketBytes, maxBufferedBytes, heartbeatInterval, livenessTimeout, handshakeTimeout,
        maxPendingHandshakes, drainTimeout, perConnection, totalBufferedBytes, total,
        maxDecodedBytes, maxFramesPerRenderer, maxChannels, maxChannelNameBytes);
  }

  /**
   * These settings with another decoded-size limit per message, for example {@code
   * ConnectionSettings.defaults().withMaxDecodedBytes(256L << 20)} for messages of many small values.
   *
   * @param bytes the estimated heap one message may decode to; at least the packet limit
   * @return a copy with that limit
   */
  public ConnectionSettings withMaxDecodedBytes(long bytes) {
    return new ConnectionSettings(maxPacketBytes, maxBufferedBytes, heartbeatInterval, livenessTimeout, handshakeTimeout,
        maxPendingHandshakes, drainTimeout, inboundCreditBytes, totalBufferedBytes, totalInboundBytes,
        bytes, maxFramesPerRenderer, maxChannels, maxChannelNameBytes);
  }

  /**
   * These settings with other caps on a peer's open frames, channels and channel-name bytes.
   *
   * @param maxFrames how many frames one renderer may have open at once
   * @param maxChannelCount how many channel names a peer may declare on one connection
   * @param maxNameBytes how many UTF-8 bytes of channel names a peer may declare on one connection
   * @return a copy with those caps
   */
  public ConnectionSettings withPeerCaps(int maxFrames, int maxChannelCount, long maxNameBytes) {
    return new ConnectionSettings(maxPacketBytes, maxBufferedBytes, heartbeatInterval, livenessTimeout, handshakeTimeout,
        maxPendingHandshakes, drainTimeout, inboundCreditBytes, totalBufferedBytes, totalInboundBytes,
        maxDecodedBytes, maxFrames, maxChannelCount, maxNameBytes);
  }

  // Not shared with RendererOptions: its defaults hold an instance of this class, and a call into
  // it from here would run its initializer before this class's defaults exist.
  private static void requirePositive(Duration duration, String name) {
    Objects.requireNonNull(duration, name);
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(ErrorMessages.nonPositiveDuration(name, duration));
    }
  }

  private static void requirePositive(long value, String name) {
    if (value < 1) {
      throw new IllegalArgumentException(ErrorMessages.nonPositiveLimit(name, value));
    }
  }

  @Override
  public String toString() {
    return Objects.toString(maxPacketBytes) + " B packets, " + maxBufferedBytes + " B buffered, heartbeat " + heartbeatInterval
        + ", liveness " + livenessTimeout + ", handshake " + handshakeTimeout + " (" + maxPendingHandshakes + " pending), drain "
        + drainTimeout + ", " + inboundCreditBytes + " B inbound credit, " + totalBufferedBytes + " B buffered in total, "
        + totalInboundBytes + " B inbound in total, " + maxDecodedBytes + " B decoded, " + maxFramesPerRenderer
        + " frames, " + maxChannels + " channels of " + maxChannelNameBytes + " B";
  }
}
