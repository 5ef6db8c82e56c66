package org.typedipc.blackbox.custom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.typedipc.runtime.testing.Waits.await;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.typedipc.runtime.testing.Gen;
import org.typedipc.runtime.testing.Generators;
import org.typedipc.runtime.testing.IpcFixture;
import org.typedipc.runtime.testing.OverEveryTransport;
import org.typedipc.runtime.testing.Property;
import org.typedipc.runtime.testing.PropertyExtension;
import org.typedipc.runtime.testing.ValueGenerators;
import org.typedipc.blackbox.custom.Shop.Basket;

/**
 * Values of types with codecs declared in {@code @IpcCodecs} cross every transport, in process and
 * between connections, through the generated companion.
 */
@OverEveryTransport
@ExtendWith(PropertyExtension.class)
class DeclaredCodecTest extends IpcFixture {
  private static final Currency EUR = Currency.getInstance("EUR");

  @Test
  void valuesWithDeclaredCodecsComeBackEqualAtEveryPosition(Property property) {
    ShopIpc.Registrar registrar = ShopIpc.main(main);
    registrar.handleTotal((event, prices) -> new Money(EUR, prices.stream().mapToLong(Money::minorUnits).sum()));
    registrar.handleEcho((event, basket) -> basket);
    Shop shop = ShopIpc.renderer(ipc);

    assertEquals(new Money(EUR, 350), await(shop.total(List.of(new Money(EUR, 100), new Money(EUR, 250)))));
    property.forAll(50, baskets(), basket -> assertEquals(basket, await(shop.echo(basket))));
  }

  @Test
  void aSendCarriesDeclaredCodecsToMain() throws Exception {
    LinkedBlockingQueue<List<Object>> painted = new LinkedBlockingQueue<>();
    ShopIpc.main(main).onPaint((event, color, price) -> painted.add(Arrays.asList(color, price)));
    ShopIpc.renderer(ipc).paint(new Rgb(255, 0, 128), null);
    assertEquals(Arrays.asList(new Rgb(255, 0, 128), null), painted.poll(10, TimeUnit.SECONDS));
  }

  private static Gen<Basket> baskets() {
    Gen<Currency> currencies = ValueGenerators.currencies();
    Gen<Long> amounts = Generators.longs();
    Gen<Money> money = random -> new Money(currencies.next(random), amounts.next(random));
    Gen<Integer> channel = Generators.ints(0, 255);
    Gen<Rgb> colors = random -> new Rgb(channel.next(random), channel.next(random), channel.next(random));
    Gen<Map<String, Money>> items = Gen.mapOf(Generators.strings(8), money.orNull(), 5);
    Gen<List<Money>> history = money.orNull().list(5).map(ArrayList::new);
    return random -> new Basket(items.next(random), money.optional().next(random), colors.orNull().next(random), history.next(random),
        money.orNull().next(random));
  }

}
