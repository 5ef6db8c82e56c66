package org.typedipc.runtime.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.typedipc.runtime.spi.CodecTesting.assertRejected;
import static org.typedipc.runtime.spi.CodecTesting.bytes;
import static org.typedipc.runtime.spi.CodecTesting.decode;
import static org.typedipc.runtime.spi.CodecTesting.encode;
import static org.typedipc.runtime.spi.CodecTesting.roundTrip;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Currency;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.typedipc.runtime.IpcProtocolException;
import org.typedipc.runtime.IpcValueException;
import org.typedipc.runtime.testing.Generators;
import org.typedipc.runtime.testing.Property;
import org.typedipc.runtime.testing.PropertyExtension;
import org.typedipc.runtime.testing.ValueGenerators;

/**
 * The codecs of zones, zoned date-times, times of day, periods, URIs, paths, currencies and bit
 * sets read back what they wrote, over seeded random values, and reject malformed input with an
 * {@link IpcProtocolException} that names the type.
 */
@ExtendWith(PropertyExtension.class)
class ValueCodecsTest {

  @Test
  @Timeout(20)
  void timesZonesAndPeriodsRoundTrip(Property property) {
    property.forAll(
        5_000, Generators.localTimes(), v -> assertEquals(v, roundTrip(Codecs.LOCAL_TIME, v)));
    property.forAll(
        5_000, ValueGenerators.periods(), v -> assertEquals(v, roundTrip(Codecs.PERIOD, v)));
    property.forAll(
        5_000,
        ValueGenerators.zoneOffsets(),
        v -> assertEquals(v, roundTrip(Codecs.ZONE_OFFSET, v)));
    property.forAll(
        5_000, ValueGenerators.zoneIds(), v -> assertEquals(v, roundTrip(Codecs.ZONE_ID, v)));
    property.forAll(
        5_000,
        ValueGenerators.offsetDateTimes(),
        v -> assertEquals(v, roundTrip(Codecs.OFFSET_DATE_TIME, v)));
    property.forAll(
        5_000,
        ValueGenerators.zonedDateTimes(),
        v -> assertEquals(v, roundTrip(Codecs.ZONED_DATE_TIME, v)));
  }

  @Test
  @Timeout(20)
  void textValuesAndBitSetsRoundTrip(Property property) {
    property.forAll(2_000, ValueGenerators.uris(), v -> assertEquals(v, roundTrip(Codecs.URI, v)));
    property.forAll(
        2_000, ValueGenerators.paths(), v -> assertEquals(v, roundTrip(Codecs.PATH, v)));
    property.forAll(
        1_000, ValueGenerators.currencies(), v -> assertEquals(v, roundTrip(Codecs.CURRENCY, v)));
    property.forAll(
        2_000, ValueGenerators.bitSets(), v -> assertEquals(v, roundTrip(Codecs.BIT_SET, v)));
  }

  @Test
  @Timeout(10)
  void bothOffsetsOfAnOverlapSurvive() {
    ZonedDateTime earlier =
        ZonedDateTime.of(LocalDateTime.of(2026, 10, 25, 2, 30), ZoneId.of("Europe/Paris"));
    ZonedDateTime later = earlier.withLaterOffsetAtOverlap();
    assertEquals(ZoneOffset.ofHours(2), roundTrip(Codecs.ZONED_DATE_TIME, earlier).getOffset());
    assertEquals(ZoneOffset.ofHours(1), roundTrip(Codecs.ZONED_DATE_TIME, later).getOffset());
  }

  @Test
  @Timeout(10)
  void aPathIsItsStringOnTheDefaultFileSystem(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("notes.txt"), "x");
    assertEquals(Codecs.STRING.decode(new WireReader(encode(Codecs.PATH, file))), file.toString());
    assertEquals(file, roundTrip(Codecs.PATH, file));

    Path zip = dir.resolve("a.zip");
    try (FileSystem zipFs = FileSystems.newFileSystem(zip, Map.of("create", "true"))) {
      IpcValueException e =
          assertThrows(IpcValueException.class, () -> encode(Codecs.PATH, zipFs.getPath("/x")));
      assertTrue(e.getMessage().contains("default file system"), e.getMessage());
    }
  }

  @Test
  @Timeout(10)
  void outOfRangeTimesOffsetsAndZonesAreRejected() {
    assertRejected(Codecs.LOCAL_TIME, bytes(out -> out.writeByte(24).writeShort(0).writeInt(0)), "24:00");
    assertRejected(Codecs.LOCAL_TIME, bytes(out -> out.writeShort(0).writeByte(60).writeInt(0)), ":60");
    assertRejected(Codecs.LOCAL_TIME, bytes(out -> out.writeByte(0).writeShort(0).writeInt(-1)), "-1 ns");
    assertEquals(
        LocalTime.MAX,
        decode(Codecs.LOCAL_TIME, bytes(out -> out.writeByte(23).writeByte(59).writeByte(59).writeInt(999_999_999))));

    for (int seconds : new int[] {18 * 3600 + 1, -18 * 3600 - 1, Integer.MIN_VALUE}) {
      IpcProtocolException e =
          assertRejected(Codecs.ZONE_OFFSET, bytes(out -> out.writeInt(seconds)), seconds + " s");
      assertTrue(e.getMessage().contains("ZoneOffset out of range"), e.getMessage());
    }
    for (String id : new String[] {"", "Mars/Olympus_Mons", "+25:00", "Europe/../Paris", "Z Z"}) {
      IpcProtocolException e =
          assertRejected(Codecs.ZONE_ID, bytes(out -> out.writeString(id)), "zone " + id);
      assertTrue(e.getMessage().contains("ZoneId \"" + id + "\""), e.getMessage());
    }

    byte[] utcAtPlusOne =
        bytes(
            out -> {
              Codecs.LOCAL_DATE_TIME.encode(out, LocalDateTime.of(2026, 1, 1, 0, 0));
              out.writeInt(3600).writeString("Z");
            });
    IpcProtocolException e = assertRejected(Codecs.ZONED_DATE_TIME, utcAtPlusOne, "Z at +01:00");
    assertTrue(e.getMessage().contains("fixed zone Z with the different offset +01:00"), e.getMessage());

    byte[] beyondTheEndOfTime =
        bytes(
            out -> {
              Codecs.LOCAL_DATE_TIME.encode(out, LocalDateTime.MAX);
              out.writeInt(-18 * 3600).writeString("Europe/Paris");
            });
    assertRejected(Codecs.ZONED_DATE_TIME, beyondTheEndOfTime, "the last instant at -18:00 in Paris");
  }

  @Test
  @Timeout(10)
  void textThatIsNotAValueIsRejectedNamingTheType() {
    assertRejected(Codecs.URI, bytes(out -> out.writeString("http://a b")), "a space in a URI");
    assertRejected(Codecs.URI, bytes(out -> out.writeString(":no-scheme")), "an empty scheme");
    assertRejected(Codecs.PATH, bytes(out -> out.writeString("a\0b")), "a NUL in a path");
    for (String code : new String[] {"XYZ", "usd", "EURO", ""}) {
      IpcProtocolException e =
          assertRejected(Codecs.CURRENCY, bytes(out -> out.writeString(code)), "currency " + code);
      assertTrue(e.getMessage().contains("Currency \"" + code + "\""), e.getMessage());
    }
    assertEquals(Currency.getInstance("EUR"), decode(Codecs.CURRENCY, bytes(out -> out.writeString("EUR"))));
    assertEquals(URI.create(""), decode(Codecs.URI, bytes(out -> out.writeString(""))));
  }
}
