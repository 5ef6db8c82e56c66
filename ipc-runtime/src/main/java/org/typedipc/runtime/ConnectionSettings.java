package org.typedipc.runtime;

import java.time.Duration;
import java.util.Objects;
import org.typedipc.runtime.internal.messages.ErrorMessages;

/**
 * The limits and timers of connections to renderer processes.
 *
 * @param maxPacketBytes the largest packet either side accepts; larger sends fail at the call
 * @param maxBufferedBytes the bytes queued for writing before writers block (back-pressure)
 * @param heartbeatInterval how often an idle side sends a heartbeat
 * @param livenessTimeout how long a side waits for a whole packet before it declares the peer gone:
 *     a peer that trickles a packet (say one byte a second) is dropped as surely as a silent one
 * @param handshakeTimeout how long a new connection may take to complete the handshake
 * @param maxPendingHandshakes how many connections may wait to send their HELLO at once; when all
 *     are taken, the one waiting longest is closed to make room, so silent connections cannot lock
 *     out a renderer, which sends its HELLO as soon as it connects
 *
 * <p>Before a renderer has proved its invitation's secret, main reads no packet larger than {@value
 * #MAX_HELLO_BYTES} bytes, whatever {@code maxPacketBytes} says: a larger length closes the
 * connection at once ({@link IpcPacketTooLargeException}), and an unauthenticated connection costs
 * main one fixed buffer of that size.
 */
public record ConnectionSettings(
    int maxPacketBytes,
    long maxBufferedBytes,
    Duration heartbeatInterval,
    Duration livenessTimeout,
    Duration handshakeTimeout,
    int maxPendingHandshakes) {
  /** The largest HELLO main reads from a connection that has not yet authenticated: 64 KiB. */
  public static final int MAX_HELLO_BYTES = 64 * 1024;

  private static final ConnectionSettings DEFAULTS =
      new ConnectionSettings(16 * 1024 * 1024, 64L * 1024 * 1024, Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(10), 64);

  /** Checks the components. */
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
  }

  /** 16 MiB packets, 64 MiB buffered, heartbeat 1 s, liveness 5 s, handshake 10 s, 64 pending handshakes. */
  public static ConnectionSettings defaults() {
    return DEFAULTS;
  }

  /** These settings with another packet limit. */
  public ConnectionSettings withMaxPacketBytes(int bytes) {
    return new ConnectionSettings(bytes, Math.max(maxBufferedBytes, bytes), heartbeatInterval, livenessTimeout, handshakeTimeout, maxPendingHandshakes);
  }

  /** These settings with another heartbeat interval and liveness timeout. */
  public ConnectionSettings withHeartbeat(Duration interval, Duration liveness) {
    return new ConnectionSettings(maxPacketBytes, maxBufferedBytes, interval, liveness, handshakeTimeout, maxPendingHandshakes);
  }

  /** These settings with another handshake timeout and cap on pending handshakes. */
  public ConnectionSettings withHandshake(Duration timeout, int maxPending) {
    return new ConnectionSettings(maxPacketBytes, maxBufferedBytes, heartbeatInterval, livenessTimeout, timeout, maxPending);
  }

  /** These settings with another outbound buffer bound. */
  public ConnectionSettings withMaxBufferedBytes(long bytes) {
    return new ConnectionSettings(maxPacketBytes, bytes, heartbeatInterval, livenessTimeout, handshakeTimeout, maxPendingHandshakes);
  }

  // Not shared with RendererOptions: its defaults hold an instance of this class, and a call into
  // it from here would run its initializer before this class's defaults exist.
  private static void requirePositive(Duration duration, String name) {
    Objects.requireNonNull(duration, name);
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(ErrorMessages.nonPositiveDuration(name, duration));
    }
  }

  @Override
  public String toString() {
    return Objects.toString(maxPacketBytes) + " B packets, " + maxBufferedBytes + " B buffered, heartbeat " + heartbeatInterval
        + ", liveness " + livenessTimeout + ", handshake " + handshakeTimeout + " (" + maxPendingHandshakes + " pending)";
  }
}
