package org.typedipc.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.IpcRemoteException;
import org.typedipc.runtime.Renderer;
import org.typedipc.runtime.RendererInvitation;

/**
 * Streams between a TypeScript page in Node (ts/conformance/streams.ts) and a Java main over the
 * WebSocket, both ways: credit as the page consumes (it never holds more than its window), cancel
 * from the page by leaving its loop or aborting, main's failure with Electron's text, no handler,
 * completion; and main reading the page's generator, pulled only as far as main requested,
 * cancelled by main, failing, or not a stream at all.
 */
@Timeout(120)
class WebRendererStreamTest {
  @TempDir Path work;

  private IpcMain ipcMain;
  private WebRenderers web;
  private final LinkedBlockingQueue<Object[]> reports = new LinkedBlockingQueue<>();
  private final LinkedBlockingQueue<Object> finallies = new LinkedBlockingQueue<>();
  private final LinkedBlockingQueue<CountingPublisher<Object>> endless = new LinkedBlockingQueue<>();
  private volatile CountingPublisher<Object> counting;
  private final CountDownLatch stallsCancelled = new CountDownLatch(1);

  @BeforeEach
  void serve() throws Exception {
    ipcMain = IpcMain.create();
    ipcMain.on("report", (event, args) -> reports.add(args));
    ipcMain.on("ticks-finally", (event, args) -> finallies.add(args[0]));
    ipcMain.handleStream("count", (event, args) -> counting = CountingPublisher.numbers(((Number) args[0]).longValue(), null));
    ipcMain.handle("requested", (event, args) -> counting.requested.get());
    ipcMain.handleStream("endless", (event, args) -> {
      CountingPublisher<Object> publisher = CountingPublisher.numbers(Long.MAX_VALUE, null);
      endless.add(publisher);
      return publisher;
    });
    ipcMain.handleStream("stalls", (event, args) -> subscriber -> subscriber.onSubscribe(new Flow.Subscription() {
      private boolean sent;

      @Override
      public synchronized void request(long n) {
        if (!sent) {
          sent = true;
          subscriber.onNext("one"); // and nothing after it
        }
      }

      @Override
      public void cancel() {
        stallsCancelled.countDown();
      }
    }));
    ipcMain.handleStream("fails-later", (event, args) -> CountingPublisher.numbers(2, new IllegalStateException("disk gone")));
    Files.writeString(work.resolve("index.html"), "<!doctype html><title>t</title>");
    web = IpcWeb.serveWeb(ipcMain, work);
  }

  @AfterEach
  void stop() {
    web.close();
    ipcMain.close();
  }

  @Test
  void aPageReadsMainsStreamsWithCredit() throws Exception {
    RendererInvitation invitation = web.acceptor().invite();
    try (NodeRenderer node = NodeRenderer.start(NodeRenderer.STREAMS, invitation.endpoint(), work)) {
      Renderer page = invitation.renderer().get(30, TimeUnit.SECONDS);
      node.awaitLine("ready", Duration.ofSeconds(60));

      Matcher slow = Pattern.compile("40 items inOrder=true maxAhead=(\\d+)").matcher(step(page, "slow"));
      assertTrue(slow.matches(), slow.toString());
      int maxAhead = Integer.parseInt(slow.group(1));
      assertTrue(maxAhead >= 1 && maxAhead <= 4, "main was granted at most the window of 4 beyond what the page consumed: " + maxAhead);
      assertTrue(counting.requested.get() <= 40 + 4, "credit stops at the window past the end: " + counting.requested.get());

      assertEquals("broke after 5", step(page, "cancel"));
      assertTrue(endless.take().cancelled.await(30, TimeUnit.SECONDS), "leaving the loop cancelled main's publisher");
      assertEquals("3 then AbortError", step(page, "abort"));
      assertTrue(endless.take().cancelled.await(30, TimeUnit.SECONDS), "the abort cancelled main's publisher");

      assertEquals("[0,1] then IpcRemoteError: Error invoking remote method 'fails-later': java.lang.IllegalStateException: disk gone",
          step(page, "fails"));
      assertEquals("IpcRemoteError: Error invoking remote method 'nobody-streams': No handler registered for 'nobody-streams'",
          step(page, "missing"));
      assertEquals("[0,1,2] [0,1,2]", step(page, "twice"), "each loop opens its own stream");
      assertEquals("[\"one\"] then IpcTimeoutError: Stream 'stalls': no item within the idle deadline of 300 ms while items"
          + " were requested; the producer was cancelled. Give the stream a longer idle deadline if it may pause longer.",
          step(page, "idle"), "the item before the silence, then the idle deadline with Java's text");
      assertTrue(stallsCancelled.await(30, TimeUnit.SECONDS), "the idle deadline cancelled main's publisher");
    }
  }

  @Test
  void mainReadsAPagesGeneratorOnlyAsFarAsItRequested() throws Exception {
    RendererInvitation invitation = web.acceptor().invite();
    try (NodeRenderer node = NodeRenderer.start(NodeRenderer.STREAMS, invitation.endpoint(), work)) {
      Renderer page = invitation.renderer().get(30, TimeUnit.SECONDS);
      node.awaitLine("ready", Duration.ofSeconds(60));

      RecordingSubscriber ticks = new RecordingSubscriber();
      page.stream("ticks", 1000).subscribe(ticks);
      ticks.request(3);
      assertEquals(List.of(0, 1, 2), List.of(ticks.next(), ticks.next(), ticks.next()));
      assertEquals(3, page.invoke("produced").get(30, TimeUnit.SECONDS), "the generator ran only as far as main's credit");
      ticks.request(2);
      assertEquals(List.of(3, 4), List.of(ticks.next(), ticks.next()));
      assertEquals(5, page.invoke("produced").get(30, TimeUnit.SECONDS));
      ticks.cancel();
      assertEquals(5, finallies.poll(30, TimeUnit.SECONDS), "main's cancel ran the generator's finally");

      RecordingSubscriber all = new RecordingSubscriber();
      page.stream("ticks", 4).subscribe(all);
      all.request(Long.MAX_VALUE);
      assertNull(all.awaitEnd(), "the generator's return completes main's stream");
      assertEquals(List.of(0, 1, 2, 3), List.copyOf(all.items));

      RecordingSubscriber failing = new RecordingSubscriber();
      page.stream("ticks-fail").subscribe(failing);
      failing.request(10);
      Throwable failure = failing.awaitEnd();
      assertInstanceOf(IpcRemoteException.class, failure);
      assertEquals("Error invoking remote method 'ticks-fail': TypeError: page says no", failure.getMessage());
      assertEquals(List.of("one"), List.copyOf(failing.items));

      RecordingSubscriber plain = new RecordingSubscriber();
      page.stream("plain").subscribe(plain);
      plain.request(1);
      assertEquals("Error invoking remote method 'plain': TypeError: The handler for stream 'plain' returned a number, not an iterable;"
          + " a stream's handler returns (or is) an async generator or another iterable of its items.", plain.awaitEnd().getMessage());
    }
  }

  private String step(Renderer page, String name) throws InterruptedException {
    page.send("step", name);
    Object[] report = reports.poll(60, TimeUnit.SECONDS);
    if (report == null) {
      throw new AssertionError("the page did not report step " + name);
    }
    assertEquals(name, report[0], "the page reported another step");
    return (String) report[1];
  }
}
