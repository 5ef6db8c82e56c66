package org.typedipc.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.typedipc.runtime.IpcMain;
import org.typedipc.runtime.IpcMainOptions;
import org.typedipc.runtime.Renderer;
import org.typedipc.runtime.RendererInvitation;
import org.typedipc.web.pricing.Money;
import org.typedipc.web.pricing.PriceEvents;
import org.typedipc.web.pricing.PriceEventsIpc;
import org.typedipc.web.pricing.Prices;
import org.typedipc.web.pricing.PricesIpc;

/**
 * A type main writes with a codec of its own crosses to a page over the real WebSocket: the Node
 * renderer (ts/conformance/pricing-renderer.ts) supplies the same codec of {@link Money} in
 * TypeScript with the generated bindings, and Money travels in a record, a list, an Optional,
 * alone, in an event and in main's invoke of the page. The bindings refuse a missing codec and a
 * second codec of Money with their typed error.
 */
@Timeout(120)
class PricingWebRendererTest {
  @TempDir Path work;

  @Test
  void pageSuppliesTheCodecOfATypeMainWritesWithItsOwnCodec() throws Exception {
    List<String> mainSaw = new CopyOnWriteArrayList<>();
    try (IpcMain ipcMain = IpcMain.create(IpcMainOptions.defaults().withContracts(PricesIpc.DESCRIPTOR, PriceEventsIpc.DESCRIPTOR))) {
      PricesIpc.Registrar prices = PricesIpc.main(ipcMain);
      prices.handleTotal((event, amounts, shipping) -> {
        mainSaw.add("total " + amounts + " + " + shipping);
        long cents = shipping.cents();
        for (Money amount : amounts) {
          cents += amount == null ? 0 : amount.cents();
        }
        return new Money(shipping.currency(), cents);
      });
      prices.handleQuote((event, sku) -> new Prices.Quote(sku, new Money("EUR", Long.MAX_VALUE), Optional.of(new Money("€", -5))));
      prices.handleDue((event, from, at, placed) -> {
        mainSaw.add("due " + from + " " + at + " " + placed);
        return from.plusDays(1);
      });
      prices.onPay((event, amount) -> mainSaw.add("pay " + amount));
      Files.writeString(work.resolve("index.html"), "<!doctype html><title>t</title>");
      try (WebRenderers web = IpcWeb.serveWeb(ipcMain, work)) {
        RendererInvitation invitation = web.acceptor().invite();
        try (NodeRenderer node = NodeRenderer.start(NodeRenderer.PRICING, invitation.endpoint(), work)) {
          Renderer renderer = invitation.renderer().get(30, TimeUnit.SECONDS);
          List<String> lines = node.awaitLine("ready", Duration.ofSeconds(60));
          assertTrue(lines.get(0).startsWith("missing The bindings of org.typedipc.web.pricing.Prices need the page's codec"
              + " of 'money'"), lines::toString);
          assertEquals(List.of("rebound refused", "total EUR:1152921504606847225", "quote nails EUR:9223372036854775807 €:-5",
              "due 2024-3-1", "ready"), lines.subList(1, lines.size()));

          PriceEvents page = PriceEventsIpc.to(renderer);
          page.changed("nails", new Money("USD", Long.MIN_VALUE));
          node.awaitLine("changed nails USD:-9223372036854775808", Duration.ofSeconds(30));
          assertEquals(new Money("USD", -21), page.offer(new Money("USD", -42)).get(30, TimeUnit.SECONDS));
          waitFor(() -> mainSaw.size() == 3);
          assertEquals(List.of(
              "total [Money[currency=EUR, cents=1152921504606846976], null, Money[currency=EUR, cents=-1]]"
                  + " + Money[currency=EUR, cents=250]",
              "due " + LocalDate.of(2024, 2, 29) + " " + LocalTime.of(23, 59, 59, 999_999_999) + " "
                  + OffsetDateTime.of(2024, 12, 31, 0, 0, 0, 1, ZoneOffset.ofHours(-1)),
              "pay Money[currency=JPY, cents=-9223372036854775808]"), new ArrayList<>(mainSaw));
        }
      }
    }
  }

  private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
  }
}
