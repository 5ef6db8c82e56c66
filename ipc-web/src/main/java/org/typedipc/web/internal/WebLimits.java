package org.typedipc.web.internal;

import java.time.Duration;
import org.typedipc.runtime.ConnectionSettings;

/**
 * The bounds of main's web server.
 *
 * @param maxFrameBytes the largest WebSocket frame Jetty takes whole; a larger one reaches main in
 *     pieces, which is harmless: the protocol's own packet limit bounds what main reads
 * @param outboundBudget bytes sent to one page that it has not taken yet, before main's writer waits
 * @param stallLimit how long main's writer waits for a page over budget before dropping it
 * @param invitationCapacity how many page-load invitations may wait unused at once
 * @param invitationLifetime how long an unused invitation stays valid
 * @param pingInterval how often main pings each page
 * @param helloTimeout how long a new socket may take to send its whole HELLO before it is closed
 * @param maxAwaitingHello how many sockets may wait to send their HELLO at once; when all are taken,
 *     the one that has waited longest is closed to make room
 */
public record WebLimits(
    long maxFrameBytes,
    long outboundBudget,
    Duration stallLimit,
    int invitationCapacity,
    Duration invitationLifetime,
    Duration pingInterval,
    Duration helloTimeout,
    int maxAwaitingHello) {
  public static final WebLimits DEFAULTS = new WebLimits(16L * 1024 * 1024 + 64, 32L * 1024 * 1024, Duration.ofSeconds(10),
      PageInvitations.DEFAULT_CAPACITY, PageInvitations.DEFAULT_LIFETIME, Duration.ofSeconds(1));

  /** The bounds given, and the HELLO's bounds of main's connection defaults. */
  public WebLimits(long maxFrameBytes, long outboundBudget, Duration stallLimit, int invitationCapacity,
      Duration invitationLifetime, Duration pingInterval) {
    this(maxFrameBytes, outboundBudget, stallLimit, invitationCapacity, invitationLifetime, pingInterval,
        ConnectionSettings.defaults().handshakeTimeout(), ConnectionSettings.defaults().maxPendingHandshakes());
  }

  /** The same with other bounds on sockets that have not sent their HELLO yet. */
  public WebLimits withHello(Duration timeout, int maxAwaiting) {
    return new WebLimits(maxFrameBytes, outboundBudget, stallLimit, invitationCapacity, invitationLifetime, pingInterval,
        timeout, maxAwaiting);
  }
}
