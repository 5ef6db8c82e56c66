package org.typedipc.runtime.internal.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class TurnQueueTest {
  @Test
  void sourcesTakeTurnsHoweverMuchOneQueued() {
    SerialLoop loop = new SerialLoop(null);
    ByteBudget budget = new ByteBudget(1 << 20);
    TurnQueue a = new TurnQueue(loop, budget.account(1 << 20));
    TurnQueue b = new TurnQueue(loop, budget.account(1 << 20));
    List<String> ran = new ArrayList<>();
    // Queued from inside a task, so that nothing runs until the outer task returns.
    loop.execute(() -> {
      for (int i = 0; i < 3; i++) {
        int n = i;
        a.execute(() -> ran.add("a" + n), 10);
      }
      b.execute(() -> ran.add("b0"), 10);
      b.execute(() -> ran.add("b1"), 10);
    });
    assertEquals(List.of("a0", "b0", "a1", "b1", "a2"), ran);
  }

  @Test
  void creditIsHeldUntilTheTaskRan() throws Exception {
    SerialLoop loop = new SerialLoop(null);
    ByteBudget budget = new ByteBudget(100);
    TurnQueue queue = new TurnQueue(loop, budget.account(100));
    List<Long> usedWhileRunning = new ArrayList<>();
    loop.execute(() -> {
      queue.execute(() -> usedWhileRunning.add(budget.used()), 60);
      queue.execute(() -> usedWhileRunning.add(budget.used()), 60);
      usedWhileRunning.add(budget.used());
    });
    assertEquals(List.of(120L, 120L, 60L), usedWhileRunning);
    assertEquals(0, budget.used());
  }

  @Test
  void tasksRunInTheOrderTheyCameWhileTheQueueGrowsAndWrapsAround() {
    SerialLoop loop = new SerialLoop(null);
    ByteBudget budget = new ByteBudget(1 << 20);
    TurnQueue queue = new TurnQueue(loop, budget.account(1 << 20));
    List<Integer> ran = new ArrayList<>();
    // Each task queues two more while it runs, so the queue grows with its oldest task past the
    // start of its storage; ids are given in the order the tasks are queued.
    int[] next = {0};
    loop.execute(() -> {
      for (int i = 0; i < 20; i++) {
        queueNumbered(queue, next, ran);
      }
    });
    List<Integer> expected = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      expected.add(i);
    }
    assertEquals(expected, ran);
    assertEquals(0, budget.used());
  }

  private static void queueNumbered(TurnQueue queue, int[] next, List<Integer> ran) {
    int id = next[0]++;
    queue.execute(() -> {
      ran.add(id);
      for (int i = 0; i < 2 && next[0] < 200; i++) {
        queueNumbered(queue, next, ran);
      }
    }, 1);
  }
}
