package org.typedipc.web.internal;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.typedipc.runtime.IpcException;
import org.typedipc.runtime.RendererInvitation;

/**
 * The invitations main handed to page loads that have not connected yet. Anyone on this machine
 * can fetch an invitation (a page of another site too, without reading the answer), so unused
 * ones must not pile up: each lives {@code lifetime}, and at most {@code capacity} wait at once,
 * the oldest giving way to a new one. An expired secret is refused like a wrong one.
 */
public final class PageInvitations {
  /** Page loads in flight at once; a reload storm beyond it only expires the oldest. */
  public static final int DEFAULT_CAPACITY = 64;
  /** Ample for a page to load its scripts and connect, short enough that a leaked secret goes stale. */
  public static final Duration DEFAULT_LIFETIME = Duration.ofSeconds(60);

  private record Outstanding(RendererInvitation invitation, long issuedNanos) {}

  private final Supplier<RendererInvitation> inviter;
  private final int capacity;
  private final Duration lifetime;
  private final LongSupplier clock;
  private final ArrayDeque<Outstanding> outstanding = new ArrayDeque<>();

  public PageInvitations(Supplier<RendererInvitation> inviter, int capacity, Duration lifetime, LongSupplier nanoClock) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity " + capacity + " must be at least 1");
    }
    this.inviter = inviter;
    this.capacity = capacity;
    this.lifetime = lifetime;
    this.clock = nanoClock;
  }

  /** A new single-use secret for one page load. */
  public synchronized byte[] next() {
    expireStale();
    while (outstanding.size() >= capacity) {
      expire(outstanding.poll(), WebMessages.invitationDisplaced(capacity));
    }
    RendererInvitation invitation = inviter.get();
    outstanding.add(new Outstanding(invitation, clock.getAsLong()));
    return invitation.endpoint().secret();
  }

  /** Forgets the invitations that were used, and expires those older than the lifetime. */
  public synchronized void expireStale() {
    long now = clock.getAsLong();
    outstanding.removeIf(o -> o.invitation().renderer().isDone());
    while (!outstanding.isEmpty() && now - outstanding.peek().issuedNanos() >= lifetime.toNanos()) {
      expire(outstanding.poll(), WebMessages.invitationExpired(lifetime));
    }
  }

  /** How many invitations wait for their page. */
  public synchronized int waiting() {
    outstanding.removeIf(o -> o.invitation().renderer().isDone());
    return outstanding.size();
  }

  // Failing the invitation's future is how the runtime forgets its secret: a later HELLO with it is refused.
  private static void expire(Outstanding o, String why) {
    o.invitation().renderer().completeExceptionally(new IpcException(why));
  }
}
