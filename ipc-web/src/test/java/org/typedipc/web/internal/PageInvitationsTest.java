package org.typedipc.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.typedipc.runtime.IpcEndpoint;
import org.typedipc.runtime.Renderer;
import org.typedipc.runtime.RendererInvitation;

/** Unused page invitations stay few and short-lived, on a clock the test moves. */
@Timeout(30)
class PageInvitationsTest {
  private final AtomicLong now = new AtomicLong();
  private final List<RendererInvitation> issued = new ArrayList<>();

  private PageInvitations invitations(int capacity, Duration lifetime) {
    return new PageInvitations(() -> {
      byte[] secret = new byte[32];
      secret[0] = (byte) issued.size();
      RendererInvitation invitation = new RendererInvitation(new IpcEndpoint("WEBSOCKET", "ws://127.0.0.1:1/s", secret), new CompletableFuture<>());
      issued.add(invitation);
      return invitation;
    }, capacity, lifetime, now::get);
  }

  @Test
  void atMostCapacityWaitAndTheOldestGiveWay() {
    PageInvitations invitations = invitations(4, Duration.ofMinutes(1));
    for (int i = 0; i < 1000; i++) {
      invitations.next();
    }
    assertEquals(4, invitations.waiting());
    assertTrue(issued.get(0).renderer().isCompletedExceptionally());
    assertTrue(issued.get(995).renderer().isCompletedExceptionally());
    assertFalse(issued.get(996).renderer().isDone());
    assertFalse(issued.get(999).renderer().isDone());
  }

  @Test
  void anUnusedInvitationExpiresAfterItsLifetime() {
    PageInvitations invitations = invitations(4, Duration.ofSeconds(60));
    invitations.next();
    now.addAndGet(Duration.ofSeconds(59).toNanos());
    invitations.next();
    invitations.expireStale();
    assertEquals(2, invitations.waiting());
    now.addAndGet(Duration.ofSeconds(1).toNanos());
    invitations.expireStale();
    assertEquals(1, invitations.waiting());
    assertTrue(issued.get(0).renderer().isCompletedExceptionally());
    assertFalse(issued.get(1).renderer().isDone());
  }

  @Test
  void aUsedInvitationLeavesTheCountAndIsNotExpiredLater() {
    PageInvitations invitations = invitations(4, Duration.ofSeconds(60));
    invitations.next();
    CompletableFuture<Renderer> used = issued.get(0).renderer();
    used.complete(null);
    assertEquals(0, invitations.waiting());
    now.addAndGet(Duration.ofMinutes(5).toNanos());
    invitations.expireStale();
    assertFalse(used.isCompletedExceptionally());
  }
}
