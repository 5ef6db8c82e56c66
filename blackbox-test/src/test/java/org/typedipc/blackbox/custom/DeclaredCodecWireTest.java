package org.typedipc.blackbox.custom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.typedipc.api.ChannelDescriptor;
import org.typedipc.runtime.spi.WireWriter;

/** The generated companion writes declared-codec types with those codecs and names them in its fingerprints. */
@Timeout(10)
class DeclaredCodecWireTest {
  private static final Currency EUR = Currency.getInstance("EUR");

  @Test
  void theDeclaredCodecsWriteTheBytes() {
    WireWriter out = new WireWriter();
    ShopIpc.PAINT_CHANNEL.argsCodec().encode(out, new ShopIpc.PaintArgs(new Rgb(1, 2, 3), new Money(EUR, 7)));
    WireWriter expected = new WireWriter();
    expected.writeByte(1).writeByte(1).writeByte(2).writeByte(3); // present, then RgbCodec's 3 bytes
    expected.writeByte(1).writeString("EUR").writeLong(7);        // present, then MoneyCodec's
    assertArrayEquals(expected.toByteArray(), out.toByteArray());
  }

  @Test
  void theFingerprintNamesEachDeclaredCodecClass() {
    ChannelDescriptor total = ShopIpc.CHANNELS.get(0);
    assertEquals("INVOKE Shop:total(java.util.List<org.typedipc.blackbox.custom.Money>)->org.typedipc.blackbox.custom.Money;"
        + "org.typedipc.blackbox.custom.Money=codec(org.typedipc.blackbox.custom.MoneyCodec)", total.signature());
    String echo = ShopIpc.CHANNELS.get(1).signature();
    assertTrue(echo.contains(";org.typedipc.blackbox.custom.Rgb=codec(org.typedipc.blackbox.custom.RgbCodec)"), echo);
  }
}
