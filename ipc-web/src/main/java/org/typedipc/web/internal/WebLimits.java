package org.typedipc.web.internal;

import java.time.Duration;

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
 */
public record WebLimits(
    long maxFrameBytes,
    long outboundBudget,
    Duration stallLimit,
    int invitationCapacity,
    Duration invitationLifetime,
    Duration pingInterval) {
  public static final WebLimits DEFAULTS = new WebLimits(16L * 1024 * 1024 + 64, 32L * 1024 * 1024, Duration.ofSeconds(10),
      PageInvitations.DEFAULT_CAPACITY, PageInvitations.DEFAULT_LIFETIME, Duration.ofSeconds(1));
}
