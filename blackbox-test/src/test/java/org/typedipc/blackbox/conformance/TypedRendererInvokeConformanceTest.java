package org.typedipc.blackbox.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.typedipc.runtime.testing.Waits.SHORT_DEADLINE;
import static org.typedipc.runtime.testing.Waits.assertFailsWith;
import static org.typedipc.runtime.testing.Waits.await;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.typedipc.blackbox.conformance.Tasks.Busy;
import org.typedipc.blackbox.conformance.Tasks.Report;
import org.typedipc.runtime.Frame;
import org.typedipc.runtime.IpcNoHandlerException;
import org.typedipc.runtime.IpcRemoteException;
import org.typedipc.runtime.IpcRenderer;
import org.typedipc.runtime.IpcRendererEvent;
import org.typedipc.runtime.IpcRendererInvokeEvent;
import org.typedipc.runtime.IpcTimeoutException;
import org.typedipc.runtime.testing.OverEveryTransport;

/**
 * Main calls a renderer through the generated {@code TasksIpc}: invokes answered by the renderer's
 * typed handlers, with values, stages, declared exceptions, Electron's error texts and deadlines.
 */
@OverEveryTransport
class TypedRendererInvokeConformanceTest extends TypedConformanceFixture {
  @Test
  void anInvokeReturnsTheRenderersValue() throws Busy {
    TasksIpc.renderer(ipc).handleRun((event, task, size) -> new Report(task, size * 2, List.of("read", "indexed")));

    assertEquals(new Report("scan", 6, List.of("read", "indexed")), await(TasksIpc.to(renderer).run("scan", 3)));
  }

  @Test
  void anAsyncHandlerAnswersWithItsStage() {
    TasksIpc.renderer(ipc).handleDescribeAsync((event, task) -> CompletableFuture.supplyAsync(() -> "about " + task,
        CompletableFuture.delayedExecutor(20, TimeUnit.MILLISECONDS)));

    CompletionStage<String> described = TasksIpc.to(renderer).describe("scan");

    assertEquals("about scan", await(described));
  }

  @Test
  void aDeclaredExceptionReachesMainAsItselfWithItsData() throws Busy {
    TasksIpc.renderer(ipc).handleRun((event, task, size) -> {
      throw new Busy(size);
    });

    Busy busy = assertFailsWith(Busy.class, TasksIpc.to(renderer).run("scan", 7));

    assertEquals(7, busy.queued());
    assertEquals("7 tasks queued", busy.getMessage());
  }

  @Test
  void anUndeclaredHandlerFailureKeepsElectronsText() throws Busy {
    TasksIpc.renderer(ipc).handleRun((event, task, size) -> {
      throw new IllegalStateException("no disk for " + task);
    });

    IpcRemoteException failure = assertFailsWith(IpcRemoteException.class, TasksIpc.to(renderer).run("scan", 1));

    assertEquals("Error invoking remote method 'tasks:run': java.lang.IllegalStateException: no disk for scan", failure.getMessage());
  }

  @Test
  void withoutAHandlerTheInvokeFailsWithElectronsText() throws Busy {
    IpcNoHandlerException failure = assertFailsWith(IpcNoHandlerException.class, TasksIpc.to(renderer).run("scan", 1));

    assertEquals("Error invoking remote method 'tasks:run': No handler registered for 'tasks:run'", failure.getMessage());
  }

  @Test
  void aHandleOnceHandlerAnswersOneInvokeOnly() {
    TasksIpc.renderer(ipc).handleOnceDescribe((event, task) -> "once " + task);

    assertEquals("once a", await(TasksIpc.to(renderer).describe("a")));
    assertEquals("Error invoking remote method 'tasks:describe': No handler registered for 'tasks:describe'",
        assertFailsWith(IpcNoHandlerException.class, TasksIpc.to(renderer).describe("b")).getMessage());
  }

  @Test
  void aPerCallDeadlineFailsTheInvokeAndTellsTheHandler() {
    CountDownLatch cancelled = new CountDownLatch(1);
    TasksIpc.renderer(ipc).handleStallAsync(event -> {
      event.onCancel(cancelled::countDown);
      return new CompletableFuture<Void>();
    });

    assertFailsWith(IpcTimeoutException.class, TasksIpc.to(renderer, SHORT_DEADLINE).stall());
    await(cancelled);
  }

  @Test
  void oneHandlerImplementationServesEveryEventAndInvoke() throws Busy {
    BlockingQueue<String> progress = new LinkedBlockingQueue<>();
    TasksIpc.register(ipc, new TasksIpc.Handler() {
      @Override
      public void progress(IpcRendererEvent event, String task, int percent) {
        progress.add(task + " " + percent);
      }

      @Override
      public CompletionStage<Report> run(IpcRendererInvokeEvent event, String task, int size) {
        return CompletableFuture.completedFuture(new Report(task, size, List.of()));
      }

      @Override
      public CompletionStage<String> describe(IpcRendererInvokeEvent event, String task) {
        return CompletableFuture.completedFuture(task.toUpperCase(java.util.Locale.ROOT));
      }

      @Override
      public CompletionStage<Void> stall(IpcRendererInvokeEvent event) {
        return CompletableFuture.completedFuture(null);
      }
    });
    Tasks tasks = TasksIpc.to(renderer);

    tasks.progress("scan", 50);
    assertEquals(new Report("scan", 4, List.of()), await(tasks.run("scan", 4)));
    assertEquals("SCAN", await(tasks.describe("scan")));
    assertEquals(null, await(tasks.stall()));
    // The event was sent before the invokes to the same frame, so it has arrived.
    assertEquals("scan 50", progress.poll());
  }

  @Test
  void anInvokeToAFrameReachesThatFrameOnly() {
    IpcRenderer child = openFrame(ipc);
    Frame childFrame = frameOf(child);
    TasksIpc.renderer(ipc).handleDescribe((event, task) -> "main frame");
    TasksIpc.renderer(child).handleDescribe((event, task) -> "frame " + event.sender().frameId());

    assertEquals("frame " + child.frameId(), await(TasksIpc.to(childFrame).describe("x")));
    assertEquals("main frame", await(TasksIpc.to(renderer).describe("x")));
  }

  @Test
  void replyToInvokesTheFrameThatSentTheMessage() {
    IpcRenderer child = openFrame(ipc);
    TasksIpc.renderer(child).handleDescribe((event, task) -> "child answers " + task);
    CompletableFuture<String> answer = new CompletableFuture<>();
    global.onNote((event, text) -> TasksIpc.replyTo(event).describe(text).whenComplete((value, failure) -> {
      if (failure == null) {
        answer.complete(value);
      } else {
        answer.completeExceptionally(failure);
      }
    }));

    ConformanceIpc.renderer(child).note("hello");

    assertEquals("child answers hello", await(answer));
    assertTrue(child.frameId() != ipc.frameId(), "the child is its own frame");
  }
}
