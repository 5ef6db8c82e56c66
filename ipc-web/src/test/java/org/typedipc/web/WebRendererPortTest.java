package org.typedipc.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.typedipc.runtime.EmbeddedRenderer;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.MessageChannelMain;
import org.typedipc.runtime.MessagePort;
import org.typedipc.runtime.Renderer;
import org.typedipc.runtime.RendererInvitation;

/**
 * Message ports between a TypeScript page in Node (ts/conformance/ports.ts) and a Java main over
 * the WebSocket: a port main posts arrives in {@code event.ports}, messages go both ways, those
 * main sent before the page's {@code start()} wait and then arrive in order, {@code close()} on
 * either end fires the other's close event, a port posted back to main works there and no longer
 * on the page, main's messages the page's listeners had not had travel with a port posted back
 * (once, in order), a bad transfer list is refused with Electron's text, and a page talks to a JVM
 * renderer through a pair main created and only brokers; a pair the page made itself talks with
 * main through the end it posted and closes there when the page goes away.
 */
@Timeout(120)
class WebRendererPortTest {
  @TempDir Path work;

  private IpcMain ipcMain;
  private WebRenderers web;
  private final Map<String, LinkedBlockingQueue<String>> reports = new ConcurrentHashMap<>();
  private final LinkedBlockingQueue<Object[]> postedBack = new LinkedBlockingQueue<>();
  private final LinkedBlockingQueue<List<MessagePort>> postedBackPorts = new LinkedBlockingQueue<>();

  @BeforeEach
  void serve() throws Exception {
    ipcMain = IpcMain.create();
    ipcMain.on("report", (event, args) -> reports(String.valueOf(args[0])).add(String.valueOf(args[1])));
    ipcMain.on("back", (event, args) -> {
      postedBack.add(args);
      postedBackPorts.add(event.ports());
    });
    Files.writeString(work.resolve("index.html"), "<!doctype html><title>t</title>");
    web = IpcWeb.serveWeb(ipcMain, work);
  }

  @AfterEach
  void stop() {
    web.close();
    ipcMain.close();
  }

  @Test
  void aPageHoldsPortsMainPostedToIt() throws Exception {
    RendererInvitation invitation = web.acceptor().invite();
    try (NodeRenderer node = NodeRenderer.start(NodeRenderer.PORTS, invitation.endpoint(), work)) {
      Renderer page = invitation.renderer().get(30, TimeUnit.SECONDS);
      node.awaitLine("ready", Duration.ofSeconds(60));

      MessageChannelMain channel = new MessageChannelMain();
      LinkedBlockingQueue<Object> received = new LinkedBlockingQueue<>();
      channel.port1().onMessage(event -> received.add(event.data()));
      channel.port1().start();
      page.postMessage("port", "hello", List.of(channel.port2()));
      channel.port1().postMessage("early-1");
      channel.port1().postMessage("early-2");
      assertEquals("hello ports=1", awaitReport("port"), "the port came in event.ports with the message");
      assertEquals("started", step(page, "start"));
      assertEquals(List.of("page says hi", "echo: early-1", "echo: early-2"), take(received, 3),
          "messages from before start() waited, then came in order, behind what the page posted at once");
      channel.port1().postMessage("live");
      assertEquals(List.of("echo: live"), take(received, 1));
      assertEquals("TypeError: Port at index 0 is not a valid port"
          + " | TypeError: Port at index 1 is a duplicate of an earlier port: post each port once.", step(page, "bad-transfer"));
      channel.port1().postMessage("still the page's");
      assertEquals(List.of("echo: still the page's"), take(received, 1), "a refused post left the port where it was");
      assertEquals(null, postedBack.poll(), "a refused post sent nothing");
      channel.port1().close();
      assertEquals("the other end closed", awaitReport("closed"), "main's close() fired the page's close event");

      MessageChannelMain second = new MessageChannelMain();
      CountDownLatch pageClosed = new CountDownLatch(1);
      LinkedBlockingQueue<Object> afterClose = new LinkedBlockingQueue<>();
      second.port1().onClose(pageClosed::countDown);
      second.port1().onMessage(event -> afterClose.add(event.data()));
      second.port1().start();
      page.postMessage("port2", null, List.of(second.port2()));
      assertEquals("ports=1", awaitReport("port2"));
      assertEquals("closed", step(page, "close-own"));
      assertTrue(pageClosed.await(30, TimeUnit.SECONDS), "the page's close() fired main's close event");
      assertEquals(null, afterClose.poll(), "a message posted after close is dropped");

      MessageChannelMain third = new MessageChannelMain();
      LinkedBlockingQueue<Object> viaMain = new LinkedBlockingQueue<>();
      third.port1().onMessage(event -> viaMain.add(event.data()));
      third.port1().start();
      page.postMessage("port3", null, List.of(third.port2()));
      assertEquals("ports=1", awaitReport("port3"));
      String postBack = step(page, "post-back");
      assertTrue(postBack.matches("posted \\| Error: MessagePort #\\d+ was posted elsewhere and can no longer be used here;"
          + " use the port the receiver got in event\\.ports\\. \\| TypeError: Port at index 0 is already neutered\\. MessagePort #\\d+"
          + " is closed or was posted already: a port can be posted once, from where it is held now;"
          + " no port of this message moved and nothing was sent\\."), postBack);
      assertEquals("yours", postedBack.poll(30, TimeUnit.SECONDS)[0]);
      List<MessagePort> back = postedBackPorts.poll(30, TimeUnit.SECONDS);
      assertEquals(1, back.size(), "main's listener got the page's port in event.ports()");
      back.get(0).postMessage("via main");
      assertEquals(List.of("via main"), take(viaMain, 1), "the port the page posted back works in main");
      assertEquals(null, postedBack.poll(), "the refused second post sent nothing");
    }
  }

  @Test
  void messagesAPageDidNotDeliverTravelWithThePortItPostsBack() throws Exception {
    RendererInvitation invitation = web.acceptor().invite();
    try (NodeRenderer node = NodeRenderer.start(NodeRenderer.PORTS, invitation.endpoint(), work)) {
      Renderer page = invitation.renderer().get(30, TimeUnit.SECONDS);
      node.awaitLine("ready", Duration.ofSeconds(60));

      // Not started on the page: w1 and w2 wait there; w3 and w4 reach the page after it posted the
      // port (main routes by where the port was) or wait in main for the first two to come back.
      MessageChannelMain waiting = new MessageChannelMain();
      page.postMessage("port4", null, List.of(waiting.port2()));
      assertEquals("ports=1", awaitReport("port4"));
      waiting.port1().postMessage("w1");
      waiting.port1().postMessage("w2");
      page.send("step", "post-waiting");
      waiting.port1().postMessage("w3");
      waiting.port1().postMessage("w4");
      assertEquals("posted", awaitReport("post-waiting"));
      assertEquals("waiting", postedBack.poll(30, TimeUnit.SECONDS)[0]);
      LinkedBlockingQueue<Object> inMain = listen(postedBackPorts.poll(30, TimeUnit.SECONDS));
      waiting.port1().postMessage("last");
      assertEquals(List.of("w1", "w2", "w3", "w4", "last"), take(inMain, 5),
          "what waited for start() on the page came to main once, in order, before what main sent later");

      // Started on the page: s1 was delivered there and stays; r1 and r2 follow the port to main.
      MessageChannelMain started = new MessageChannelMain();
      page.postMessage("port5", null, List.of(started.port2()));
      assertEquals("ports=1", awaitReport("port5"));
      started.port1().postMessage("s1");
      assertEquals("s1", awaitReport("seen"));
      page.send("step", "post-started");
      started.port1().postMessage("r1");
      started.port1().postMessage("r2");
      assertEquals("posted", awaitReport("post-started"));
      assertEquals("started", postedBack.poll(30, TimeUnit.SECONDS)[0]);
      LinkedBlockingQueue<Object> inMainToo = listen(postedBackPorts.poll(30, TimeUnit.SECONDS));
      started.port1().postMessage("last");
      assertEquals(List.of("r1", "r2", "last"), take(inMainToo, 3),
          "a message the page's listener had did not come back; those sent meanwhile came once, in order");
      assertEquals(null, reports("seen").poll(), "the page's listener heard nothing after the post");
    }
  }

  @Test
  void aPairThePageMadeTalksWithMainAndItsEndInMainClosesWhenThePageGoesAway() throws Exception {
    RendererInvitation invitation = web.acceptor().invite();
    try (NodeRenderer node = NodeRenderer.start(NodeRenderer.PORTS, invitation.endpoint(), work)) {
      Renderer page = invitation.renderer().get(30, TimeUnit.SECONDS);
      node.awaitLine("ready", Duration.ofSeconds(60));

      assertEquals("posted #" + (1 << 30 | 1), step(page, "own-pair"), "the page's first pair, in the renderer's space of ids");
      assertEquals("own", postedBack.poll(30, TimeUnit.SECONDS)[0]);
      List<MessagePort> ports = postedBackPorts.poll(30, TimeUnit.SECONDS);
      CountDownLatch pageGone = new CountDownLatch(1);
      ports.get(0).onClose(pageGone::countDown);
      LinkedBlockingQueue<Object> inMain = listen(ports);
      assertEquals(List.of("waited on the page"), take(inMain, 1), "the message that waited on the page travelled with the port");
      ports.get(0).postMessage("from main");
      assertEquals("from main", awaitReport("own-heard"), "main's message reached the end that stayed on the page");
      assertEquals("leaving", step(page, "leave"));
      assertTrue(pageGone.await(30, TimeUnit.SECONDS), "the page going away closed main's end of the pair it made");
    }
  }

  @Test
  void aPageAndAJvmRendererTalkThroughAPairMainCreated() throws Exception {
    EmbeddedRenderer jvm = ipcMain.embedRenderer();
    jvm.ipcRenderer().on("peer", (event, args) -> {
      MessagePort port = event.ports().get(0);
      port.onMessage(message -> {
        port.postMessage("jvm echoes " + message.data());
        port.close();
      });
      port.start();
    });
    RendererInvitation invitation = web.acceptor().invite();
    try (NodeRenderer node = NodeRenderer.start(NodeRenderer.PORTS, invitation.endpoint(), work)) {
      Renderer page = invitation.renderer().get(30, TimeUnit.SECONDS);
      node.awaitLine("ready", Duration.ofSeconds(60));

      MessageChannelMain link = new MessageChannelMain();
      jvm.renderer().postMessage("peer", null, List.of(link.port1()));
      page.postMessage("peer", null, List.of(link.port2()));
      assertEquals("jvm echoes hi jvm", awaitReport("peer"), "the page's message reached the JVM renderer and its answer came back");
      assertEquals("the JVM renderer closed its end", awaitReport("peer-closed"));
    } finally {
      jvm.close();
    }
  }

  private LinkedBlockingQueue<String> reports(String name) {
    return reports.computeIfAbsent(name, n -> new LinkedBlockingQueue<>());
  }

  private String awaitReport(String name) throws InterruptedException {
    String report = reports(name).poll(60, TimeUnit.SECONDS);
    if (report == null) {
      throw new AssertionError("the page did not report " + name);
    }
    return report;
  }

  private String step(Renderer page, String name) throws InterruptedException {
    page.send("step", name);
    return awaitReport(name);
  }

  /** Starts a port main got back from the page; what it hears lands in the returned queue. */
  private static LinkedBlockingQueue<Object> listen(List<MessagePort> ports) {
    if (ports == null) {
      throw new AssertionError("main's listener got no post from the page");
    }
    assertEquals(1, ports.size(), "main's listener got the page's port in event.ports()");
    LinkedBlockingQueue<Object> heard = new LinkedBlockingQueue<>();
    ports.get(0).onMessage(event -> heard.add(event.data()));
    ports.get(0).start();
    return heard;
  }

  private static List<Object> take(LinkedBlockingQueue<Object> queue, int count) throws InterruptedException {
    List<Object> taken = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Object next = queue.poll(30, TimeUnit.SECONDS);
      if (next == null) {
        throw new AssertionError("only " + taken + " arrived of " + count);
      }
      taken.add(next);
    }
    return taken;
  }
}
