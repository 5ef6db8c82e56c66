package org.typedipc.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.IpcMainOptions;
import org.typedipc.runtime.IpcRemoteException;
import org.typedipc.runtime.Renderer;
import org.typedipc.runtime.RendererInvitation;
import org.typedipc.web.typed.Shop;
import org.typedipc.web.typed.ShopEvents;
import org.typedipc.web.typed.ShopEventsIpc;
import org.typedipc.web.typed.ShopIpc;

/**
 * Generated TypeScript bindings over the real WebSocket: a Node renderer built against the
 * bindings of {@link Shop} and {@link ShopEvents} (ts/conformance/typed-renderer.ts) calls a Java
 * main that registered the Java companions. Records, an enum, a sealed interface with an enum
 * variant, Optionals, longs past 2⁵³, byte arrays and collections cross both ways; main's declared
 * exception reaches the page with its data, the page's declared exception reaches main as the
 * exception itself; a page with a stale fingerprint is refused at connect.
 */
@Timeout(120)
class TypedWebRendererTest {
  private static final Instant SHIPPED = Instant.ofEpochMilli(1_700_000_000_123L);

  @TempDir Path work;

  @Test
  void nodeRendererWithGeneratedBindingsTalksToJavaMain() throws Exception {
    List<Shop.Cart> carts = new CopyOnWriteArrayList<>();
    List<String> tracked = new CopyOnWriteArrayList<>();
    try (IpcMain ipcMain = IpcMain.create(options())) {
      ShopIpc.Registrar shop = ShopIpc.main(ipcMain);
      shop.handlePlace((event, cart) -> {
        for (Shop.Line line : cart.lines()) {
          if (line != null && line.quantity() > 10) {
            throw new Shop.OutOfStock(line.sku(), 10);
          }
        }
        carts.add(cart);
        return new Shop.Order(9_007_199_254_740_993L, Shop.Status.PAID, cart, new LinkedHashSet<>(List.of("gift", "€")),
            cart.customer().getBytes(StandardCharsets.UTF_8), Optional.of(SHIPPED));
      });
      shop.handleSummary((event, statuses, customer) -> {
        Map<Shop.Status, List<Long>> summary = new LinkedHashMap<>();
        for (Shop.Status status : statuses) {
          summary.put(status, Arrays.asList(Long.MIN_VALUE, null, (long) customer.orElse("").length()));
        }
        return summary;
      });
      shop.handleSign((event, orderId, payload) -> {
        byte[] reversed = new byte[orderId == Long.MIN_VALUE ? payload.length : 0];
        for (int i = 0; i < reversed.length; i++) {
          reversed[i] = payload[payload.length - 1 - i];
        }
        return reversed;
      });
      shop.onTrack((event, what, at, status) -> tracked.add(what + " " + at + " " + status));
      shop.handleRestock((event, sku) -> new CountingPublisher<>(3, sku.equals("hammer") ? new Shop.OutOfStock(sku, 1) : null,
          n -> new Shop.Line(sku + n, (int) n)));
      Files.writeString(work.resolve("index.html"), "<!doctype html><title>t</title>");
      try (WebRenderers web = IpcWeb.serveWeb(ipcMain, work)) {
        RendererInvitation invitation = web.acceptor().invite();
        try (NodeRenderer node = NodeRenderer.start(NodeRenderer.TYPED, invitation.endpoint(), work)) {
          Renderer renderer = invitation.renderer().get(30, TimeUnit.SECONDS);
          List<String> lines = node.awaitLine("ready", Duration.ofSeconds(60));
          assertEquals(List.of(
              "placed id=9007199254740993 status=PAID customer=ada lines=nailsx3,null,é€😀x-1 "
                  + "payment=Card:4242:2030-01-31T12:00:00.005Z note=null coupons=SPRING=10,null=null tags=gift,€ "
                  + "receipt=616461 shipped=2023-11-14T22:13:20.123Z",
              "placed id=9007199254740993 status=PAID customer=ada lines=nailsx3,null,é€😀x-1 payment=Voucher:1999e-2 "
                  + "note=gift coupons=SPRING=10,null=null tags=gift,€ receipt=616461 shipped=2023-11-14T22:13:20.123Z",
              "placed id=9007199254740993 status=PAID customer=ada lines= payment=CHANGE note=null coupons= tags=gift,€ "
                  + "receipt=616461 shipped=2023-11-14T22:13:20.123Z",
              "outOfStock org.typedipc.web.typed.Shop$OutOfStock index=0 sku=hammer available=10 message=Error invoking "
                  + "remote method 'Shop:place': org.typedipc.web.typed.Shop$OutOfStock",
              "summary NEW=-9223372036854775808,null,3;SHIPPED=-9223372036854775808,null,3",
              "signed 0780ff00",
              "restock nails0x0,nails1x1,nails2x2",
              "restock hammer0x0,hammer1x1,hammer2x2 then org.typedipc.web.typed.Shop$OutOfStock index=0 sku=hammer available=1",
              "ready"), lines);

          Map<String, Integer> coupons = new LinkedHashMap<>();
          coupons.put("SPRING", 10);
          coupons.put(null, null);
          Shop.Cart first = new Shop.Cart("ada", Arrays.asList(new Shop.Line("nails", 3), null, new Shop.Line("é€😀", -1)),
              new Shop.Card("4242", Instant.parse("2030-01-31T12:00:00.005Z")), Optional.empty(), coupons);
          assertEquals(List.of(first, new Shop.Cart("ada", first.lines(), new Shop.Voucher(new BigDecimal("19.99")),
              Optional.of("gift"), coupons), new Shop.Cart("ada", List.of(), Shop.Cash.CHANGE, Optional.empty(), null)), carts);
          waitFor(() -> tracked.size() == 2);
          assertEquals(List.of("opened 9223372036854775807 Optional.empty", "paid 1 Optional[PAID]"), tracked);

          Shop.Order order = new Shop.Order(-5L, Shop.Status.SHIPPED, first, null, new byte[] {1, 2}, Optional.empty());
          ShopEvents page = ShopEventsIpc.to(renderer);
          page.shipped(order, Long.MIN_VALUE + 1);
          List<String> shipped = node.awaitLine("shipped at=-9223372036854775807 id=-5 status=SHIPPED customer=ada "
              + "lines=nailsx3,null,é€😀x-1 payment=Card:4242:2030-01-31T12:00:00.005Z note=null coupons=SPRING=10,null=null "
              + "tags= receipt=0102 shipped=null", Duration.ofSeconds(30));
          assertTrue(shipped.size() > lines.size(), shipped::toString);

          assertEquals(new ShopEvents.Rating(5, Optional.of("fast, ada")), rate(page, order).get(30, TimeUnit.SECONDS));
          Shop.Order grumpy = new Shop.Order(77L, Shop.Status.NEW,
              new Shop.Cart("grumpy", List.of(), null, Optional.empty(), Map.of()), null, null, Optional.empty());
          ExecutionException declined = assertThrows(ExecutionException.class, () -> rate(page, grumpy).get(30, TimeUnit.SECONDS));
          ShopEvents.NotRated notRated = assertInstanceOf(ShopEvents.NotRated.class, declined.getCause());
          assertEquals(77L, notRated.orderId());
          assertEquals("grumpy customers do not rate", notRated.getMessage());
          Shop.Order broken = new Shop.Order(78L, Shop.Status.NEW,
              new Shop.Cart("broken", List.of(), null, Optional.empty(), Map.of()), null, null, Optional.empty());
          ExecutionException failed = assertThrows(ExecutionException.class, () -> rate(page, broken).get(30, TimeUnit.SECONDS));
          assertInstanceOf(IpcRemoteException.class, failed.getCause());
          assertEquals("Error invoking remote method 'ShopEvents:rate': RangeError: no stars left", failed.getCause().getMessage());

          RecordingSubscriber picks = new RecordingSubscriber();
          page.picks(3).subscribe(picks);
          picks.request(Long.MAX_VALUE);
          assertNull(picks.awaitEnd(), "the page's typed generator completed main's stream");
          assertEquals(List.of(new Shop.Line("pick0", 0), new Shop.Line("pick1", 1), new Shop.Line("pick2", 2)), List.copyOf(picks.items));
        }
      }
    }
  }

  @Test
  void pageBuiltFromAnotherVersionOfTheContractIsRefusedAtConnect() throws Exception {
    try (IpcMain ipcMain = IpcMain.create(options())) {
      ShopIpc.main(ipcMain).handleSign((event, orderId, payload) -> payload);
      Files.writeString(work.resolve("index.html"), "<!doctype html><title>t</title>");
      try (WebRenderers web = IpcWeb.serveWeb(ipcMain, work)) {
        RendererInvitation invitation = web.acceptor().invite();
        try (NodeRenderer node = NodeRenderer.start(NodeRenderer.TYPED, invitation.endpoint(), work, "stale")) {
          String rejected = node.awaitLine(line -> line.startsWith("rejected") || line.startsWith("connected")
              || line.startsWith("error"), Duration.ofSeconds(60));
          List<String> printed = node.printed();
          assertTrue(rejected.startsWith("rejected 2 "), printed::toString);
          assertTrue(rejected.contains("ff".repeat(32)), rejected);
          assertTrue(rejected.contains(ShopIpc.DESCRIPTOR.fingerprint()), rejected);
        }
      }
    }
  }

  private static IpcMainOptions options() {
    return IpcMainOptions.defaults().withContracts(ShopIpc.DESCRIPTOR, ShopEventsIpc.DESCRIPTOR);
  }

  /** The page's rating; its declared exception is the future's failure, as for any typed invoke. */
  private static CompletableFuture<ShopEvents.Rating> rate(ShopEvents page, Shop.Order order) {
    try {
      return page.rate(order);
    } catch (ShopEvents.NotRated e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
  }
}
