package org.typedipc.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.typedipc.runtime.ConnectionSettings;
import org.typedipc.runtime.ContractDescriptor;
import org.typedipc.runtime.IpcDisconnectedException;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.IpcMainOptions;
import org.typedipc.runtime.Renderer;
import org.typedipc.runtime.RendererGone;
import org.typedipc.web.internal.WebLimits;

/**
 * The guards of main's web server, met by hand-written clients: Host and Origin checks, the
 * single-use secret, contract fingerprints, size limits before and after HELLO, the outbound
 * budget, pings that keep a quiet page alive, and bounded invitations.
 */
@Timeout(120)
class WebSecurityTest {
  @TempDir Path pageRoot;

  private IpcMain ipcMain;
  private WebRenderers web;

  private void serve(IpcMainOptions options, WebLimits limits) throws Exception {
    Files.writeString(pageRoot.resolve("index.html"), "<!doctype html><title>page</title>");
    ipcMain = IpcMain.create(options);
    web = IpcWeb.serve(ipcMain, WebSocketTransport.servingPage(pageRoot).withLimits(limits));
  }

  private void serve() throws Exception {
    serve(IpcMainOptions.defaults(), WebLimits.DEFAULTS);
  }

  @AfterEach
  void stop() {
    if (web != null) {
      web.close();
    }
    if (ipcMain != null) {
      ipcMain.close();
    }
  }

  private int port() {
    return URI.create(web.url()).getPort();
  }

  private String ownOrigin() {
    return "http://127.0.0.1:" + port();
  }

  /** What a page gets from GET /typed-ipc/invitation: a fresh secret. */
  private byte[] fetchSecret() throws Exception {
    HttpResponse<String> answer = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(web.url() + "typed-ipc/invitation")).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, answer.statusCode(), answer::body);
    String hex = answer.body().replaceAll(".*\"secret\":\"([0-9a-f]+)\".*", "$1");
    return HexFormat.of().parseHex(hex);
  }

  private RawPage helloed(byte[] secret, String origin) throws Exception {
    RawPage page = RawPage.open(web.socketAddress(), origin);
    page.send(RawPage.preamble(), RawPage.hello(secret, Map.of()));
    return page;
  }

  @Test
  void aRequestNamingAnotherHostIsRefusedWith403() throws Exception {
    serve();
    assertEquals(200, RawPage.status(RawPage.rawRequest(port(), "/", "127.0.0.1:" + port(), null, false)));
    assertEquals(200, RawPage.status(RawPage.rawRequest(port(), "/", "localhost:" + port(), null, false)));
    // A DNS rebinding keeps the attacker's host name; another port is another server.
    assertEquals(403, RawPage.status(RawPage.rawRequest(port(), "/", "evil.example:" + port(), null, false)));
    assertEquals(403, RawPage.status(RawPage.rawRequest(port(), "/", "127.0.0.1:" + (port() + 1), null, false)));
    assertEquals(403, RawPage.status(RawPage.rawRequest(port(), "/typed-ipc/invitation", "evil.example", null, false)));
    assertEquals(403, RawPage.status(RawPage.rawRequest(port(), "/typed-ipc/socket", "evil.example:" + port(), ownOrigin(), true)));
  }

  @Test
  void anUpgradeFromAnotherOriginIsRefusedWith403() throws Exception {
    serve();
    String host = "127.0.0.1:" + port();
    assertEquals(101, RawPage.status(RawPage.rawRequest(port(), "/typed-ipc/socket", host, ownOrigin(), true)));
    assertEquals(403, RawPage.status(RawPage.rawRequest(port(), "/typed-ipc/socket", host, "http://evil.example", true)));
    assertEquals(403, RawPage.status(RawPage.rawRequest(port(), "/typed-ipc/socket", host, "http://127.0.0.1:" + (port() + 1), true)));
    assertEquals(403, RawPage.status(RawPage.rawRequest(port(), "/typed-ipc/socket", host, "null", true)));
  }

  @Test
  void theInvitationIsNeverCachedNorSharedWithOtherOrigins() throws Exception {
    serve();
    String head = RawPage.rawRequest(port(), "/typed-ipc/invitation", "127.0.0.1:" + port(), "http://evil.example", false);
    assertEquals(200, RawPage.status(head));
    assertTrue(head.toLowerCase().contains("cache-control: no-store"), head);
    assertFalse(head.toLowerCase().contains("access-control-allow-origin"), head);
  }

  @Test
  void aClientWithoutOriginIsAdmittedOnlyWithTheSecret() throws Exception {
    serve();
    try (RawPage noSecret = helloed(new byte[32], null); RawPage invited = helloed(fetchSecret(), null)) {
      assertEquals(RawPage.REJECT_ACCESS_DENIED, noSecret.rejectCode());
      assertEquals(2, invited.answer(), "WELCOME");
    }
  }

  @Test
  void aPageOfTheServersOwnOriginIsAdmittedWithItsSecret() throws Exception {
    serve();
    try (RawPage page = helloed(fetchSecret(), ownOrigin())) {
      assertEquals(2, page.answer(), "WELCOME");
    }
  }

  @Test
  void aSecretIsRefusedTheSecondTime() throws Exception {
    serve();
    byte[] secret = fetchSecret();
    try (RawPage first = helloed(secret, ownOrigin())) {
      assertEquals(2, first.answer());
      try (RawPage second = helloed(secret, ownOrigin())) {
        assertEquals(RawPage.REJECT_ACCESS_DENIED, second.rejectCode());
        assertNotNull(second.closed().get(30, TimeUnit.SECONDS));
      }
    }
  }

  @Test
  void withAWrongSecretNothingThePageSentIsDispatched() throws Exception {
    serve();
    AtomicInteger heard = new AtomicInteger();
    ipcMain.on("knock", (event, args) -> heard.incrementAndGet());
    byte[] wrong = fetchSecret();
    wrong[0] ^= 1;
    try (RawPage intruder = RawPage.open(web.socketAddress(), ownOrigin())) {
      intruder.send(RawPage.preamble(), RawPage.hello(wrong, Map.of()), RawPage.channel(0, "knock"), RawPage.sendNoArgs(0));
      assertEquals(RawPage.REJECT_ACCESS_DENIED, intruder.rejectCode());
      assertNotNull(intruder.closed().get(30, TimeUnit.SECONDS));
    }
    // The same bytes with the right secret are heard: the refusal above is the secret's doing.
    try (RawPage page = RawPage.open(web.socketAddress(), ownOrigin())) {
      page.send(RawPage.preamble(), RawPage.hello(fetchSecret(), Map.of()), RawPage.channel(0, "knock"), RawPage.sendNoArgs(0));
      assertEquals(2, page.answer());
      waitFor(() -> heard.get() == 1);
    }
    assertEquals(1, heard.get());
  }

  @Test
  void aPageWithAStaleContractIsRefusedAtConnectNamingBothFingerprints() throws Exception {
    serve(IpcMainOptions.defaults().withContracts(new ContractDescriptor("org.example.Notes", "fp-main-2")), WebLimits.DEFAULTS);
    try (RawPage stale = RawPage.open(web.socketAddress(), ownOrigin())) {
      stale.send(RawPage.preamble(), RawPage.hello(fetchSecret(), Map.of("org.example.Notes", "fp-page-1")));
      assertEquals(RawPage.REJECT_MISMATCH, stale.rejectCode());
      String reply = new String(stale.received(), java.nio.charset.StandardCharsets.UTF_8);
      assertTrue(reply.contains("fp-main-2") && reply.contains("fp-page-1"), reply);
    }
  }

  @Test
  void aHelloLargerThanTheLimitIsClosedUnreadAndAdmitsNobody() throws Exception {
    serve();
    AtomicInteger created = new AtomicInteger();
    ipcMain.onRendererCreated(renderer -> created.incrementAndGet());
    try (RawPage claims = RawPage.open(web.socketAddress(), ownOrigin()); RawPage floods = RawPage.open(web.socketAddress(), ownOrigin())) {
      // A length beyond the HELLO limit, and (separately) a megabyte of bytes in one message.
      claims.send(RawPage.preamble(), new byte[] {0, 2, 0, 0, 1, 0, 0});
      floods.sendCutOffOrNot(RawPage.preamble(), new byte[1 << 20]);
      assertNotNull(claims.closed().get(30, TimeUnit.SECONDS));
      assertNotNull(floods.closed().get(30, TimeUnit.SECONDS));
      assertEquals(-1, claims.answer(), "no WELCOME");
      assertEquals(-1, floods.answer(), "no WELCOME");
    }
    assertEquals(0, created.get());
  }

  @Test
  void aPacketBeyondTheLimitAfterHelloDropsOnlyThatPage() throws Exception {
    serve(IpcMainOptions.defaults().withConnectionSettings(ConnectionSettings.defaults().withMaxPacketBytes(64 * 1024)), WebLimits.DEFAULTS);
    CompletableFuture<RendererGone> gone = new CompletableFuture<>();
    ipcMain.onRendererGone((renderer, why) -> gone.complete(why));
    AtomicInteger heard = new AtomicInteger();
    ipcMain.on("knock", (event, args) -> heard.incrementAndGet());
    try (RawPage big = helloed(fetchSecret(), ownOrigin()); RawPage other = helloed(fetchSecret(), ownOrigin())) {
      assertEquals(2, big.answer());
      assertEquals(2, other.answer());
      big.sendCutOffOrNot(RawPage.channel(0, "knock"), RawPage.packet(10, new byte[] {1, 0}, new byte[100 * 1024]));
      RendererGone why = gone.get(30, TimeUnit.SECONDS);
      assertEquals(RendererGone.Reason.PROTOCOL_ERROR, why.reason(), why::toString);
      assertNotNull(big.closed().get(30, TimeUnit.SECONDS));
      other.send(RawPage.channel(0, "knock"), RawPage.sendNoArgs(0));
      waitFor(() -> heard.get() == 1);
      assertEquals(1, heard.get(), "the other page is still served, and the large packet was not dispatched");
    }
  }

  @Test
  void aPageThatStopsReadingIsDroppedWithAReasonWhileMainGoesOn() throws Exception {
    WebLimits small = new WebLimits(WebLimits.DEFAULTS.maxFrameBytes(), 256 * 1024, Duration.ofSeconds(1),
        WebLimits.DEFAULTS.invitationCapacity(), WebLimits.DEFAULTS.invitationLifetime(), WebLimits.DEFAULTS.pingInterval());
    // A liveness timeout longer than the test, so that only the outbound budget can drop the page.
    ConnectionSettings patient = ConnectionSettings.defaults().withHeartbeat(Duration.ofSeconds(1), Duration.ofSeconds(120));
    serve(IpcMainOptions.defaults().withConnectionSettings(patient), small);
    CompletableFuture<RendererGone> gone = new CompletableFuture<>();
    ipcMain.onRendererGone((renderer, why) -> gone.complete(why));
    CompletableFuture<Renderer> connected = new CompletableFuture<>();
    ipcMain.onRendererCreated(connected::complete);
    AtomicInteger heard = new AtomicInteger();
    ipcMain.on("knock", (event, args) -> heard.incrementAndGet());
    byte[] hello = concat(RawPage.preamble(), RawPage.hello(fetchSecret(), Map.of()));
    try (java.net.Socket stuck = RawPage.stalled(port(), ownOrigin(), hello)) {
      assertTrue(stuck.isConnected(), "the stalled page is connected and reads nothing");
      Renderer renderer = connected.get(30, TimeUnit.SECONDS);
      RawPage other = helloed(fetchSecret(), ownOrigin());
      assertEquals(2, other.answer());
      // 32 MiB: more than the socket buffers and the page's budget, less than main's own queue, so
      // that every send returns at once and main's writer alone meets the page that does not read.
      byte[] chunk = new byte[64 * 1024];
      try {
        for (int i = 0; i < 512 && !gone.isDone(); i++) {
          renderer.send("flood", chunk);
        }
      } catch (IpcDisconnectedException e) {
        // The page was dropped while the loop still sent: what this test waits for.
      }
      RendererGone why = gone.get(60, TimeUnit.SECONDS);
      assertTrue(why.detail().contains("has not taken"), why::toString);
      other.send(RawPage.channel(0, "knock"), RawPage.sendNoArgs(0));
      waitFor(() -> heard.get() == 1);
      assertEquals(1, heard.get(), "main still serves the other page");
      other.close();
    }
  }

  @Test
  void pingsKeepAQuietPageAliveAndWithoutThemItIsDropped() throws Exception {
    ConnectionSettings quick = ConnectionSettings.defaults().withHeartbeat(Duration.ofMillis(200), Duration.ofSeconds(2));
    WebLimits pingOften = withPingInterval(Duration.ofMillis(300));
    serve(IpcMainOptions.defaults().withConnectionSettings(quick), pingOften);
    List<RendererGone> gone = new java.util.concurrent.CopyOnWriteArrayList<>();
    ipcMain.onRendererGone((renderer, why) -> gone.add(why));
    try (RawPage quiet = helloed(fetchSecret(), ownOrigin())) {
      assertEquals(2, quiet.answer());
      // Three liveness timeouts without a byte from the page's script: only the pongs speak for it.
      Thread.sleep(6_000);
      assertEquals(List.of(), gone);
      assertFalse(quiet.closed().isDone());
    }
    web.close();
    ipcMain.close();

    // The control: with pings too rare the same quiet page is dropped by the liveness timeout.
    CompletableFuture<RendererGone> dropped = new CompletableFuture<>();
    serve(IpcMainOptions.defaults().withConnectionSettings(quick), withPingInterval(Duration.ofHours(1)));
    ipcMain.onRendererGone((renderer, why) -> dropped.complete(why));
    try (RawPage quiet = helloed(fetchSecret(), ownOrigin())) {
      assertEquals(2, quiet.answer());
      assertNotNull(dropped.get(30, TimeUnit.SECONDS));
    }
  }

  @Test
  void unusedInvitationsAreBoundedAndTheOldestGivesWay() throws Exception {
    WebLimits fewInvitations = new WebLimits(WebLimits.DEFAULTS.maxFrameBytes(), WebLimits.DEFAULTS.outboundBudget(),
        WebLimits.DEFAULTS.stallLimit(), 8, WebLimits.DEFAULTS.invitationLifetime(), WebLimits.DEFAULTS.pingInterval());
    serve(IpcMainOptions.defaults(), fewInvitations);
    byte[] oldest = fetchSecret();
    byte[] newest = null;
    for (int i = 0; i < 200; i++) {
      newest = fetchSecret();
    }
    try (RawPage late = helloed(oldest, ownOrigin()); RawPage current = helloed(newest, ownOrigin())) {
      assertEquals(RawPage.REJECT_ACCESS_DENIED, late.rejectCode());
      assertEquals(2, current.answer());
    }
  }

  @Test
  void anInvitationExpiresAfterItsLifetime() throws Exception {
    WebLimits shortLived = new WebLimits(WebLimits.DEFAULTS.maxFrameBytes(), WebLimits.DEFAULTS.outboundBudget(),
        WebLimits.DEFAULTS.stallLimit(), 8, Duration.ofMillis(500), Duration.ofMillis(100));
    serve(IpcMainOptions.defaults(), shortLived);
    byte[] secret = fetchSecret();
    Thread.sleep(2_000);
    try (RawPage late = helloed(secret, ownOrigin())) {
      assertEquals(RawPage.REJECT_ACCESS_DENIED, late.rejectCode());
    }
  }

  private static WebLimits withPingInterval(Duration every) {
    WebLimits d = WebLimits.DEFAULTS;
    return new WebLimits(d.maxFrameBytes(), d.outboundBudget(), d.stallLimit(), d.invitationCapacity(), d.invitationLifetime(), every);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
  }
}
