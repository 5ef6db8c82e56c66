package org.typedipc.runtime.internal.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class ByteBudgetTest {
  @Test
  void anEmptyAccountAlwaysTakesOneItemHoweverLarge() {
    ByteBudget budget = new ByteBudget(100);
    ByteBudget.Account account = budget.account(10);
    assertTrue(account.tryTake(1000));
    assertFalse(account.tryTake(1));
    assertEquals(1000, budget.used());
  }

  @Test
  void theTotalLimitsEveryAccountThatHoldsSomething() {
    ByteBudget budget = new ByteBudget(100);
    ByteBudget.Account first = budget.account(100);
    ByteBudget.Account second = budget.account(100);
    assertTrue(first.tryTake(90));
    assertTrue(second.tryTake(20)); // empty: admitted
    assertFalse(second.tryTake(1));
    assertFalse(first.hasRoom());
    first.release(90);
    assertTrue(second.tryTake(50));
  }

  @Test
  void aWaiterTakesOnceAnotherReleases() throws Exception {
    ByteBudget.Account account = new ByteBudget(10).account(10);
    account.tryTake(10);
    CompletableFuture<Boolean> took = CompletableFuture.supplyAsync(() -> {
      try {
        return account.awaitTake(5, TimeUnit.SECONDS.toNanos(5));
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    });
    Thread.sleep(50);
    assertFalse(took.isDone());
    account.release(10);
    assertTrue(took.get(5, TimeUnit.SECONDS));
    assertEquals(5, account.used());
  }

  @Test
  void closingReleasesEverythingAndEndsWaits() throws Exception {
    ByteBudget budget = new ByteBudget(10);
    ByteBudget.Account account = budget.account(10);
    account.tryTake(10);
    CompletableFuture<Boolean> took = CompletableFuture.supplyAsync(() -> {
      try {
        return account.awaitTake(5, TimeUnit.SECONDS.toNanos(5));
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    });
    Thread.sleep(50);
    account.close();
    assertFalse(took.get(5, TimeUnit.SECONDS));
    assertEquals(0, budget.used());
    account.force(7);
    assertEquals(0, budget.used(), "a closed account holds nothing");
  }

  @Test
  void awaitTakeGivesUpAfterItsTimeout() throws Exception {
    ByteBudget.Account account = new ByteBudget(10).account(10);
    account.tryTake(10);
    long start = System.nanoTime();
    assertFalse(account.awaitTake(1, TimeUnit.MILLISECONDS.toNanos(100)));
    assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(100));
  }
}
