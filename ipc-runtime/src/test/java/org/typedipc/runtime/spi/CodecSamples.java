package org.typedipc.runtime.spi;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.BitSet;
import java.util.Currency;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.typedipc.runtime.spi.TestEnums.Color;
import org.typedipc.runtime.spi.TestEnums.Wide;

/** Golden values whose encodings the malformed-input tests truncate and mutate. */
final class CodecSamples {
  private CodecSamples() {}

  /** A codec and a value of it. */
  record Sample<T>(String name, Codec<T> codec, T value) {
    byte[] encoding() {
      return CodecTesting.encode(codec, value);
    }
  }

  static List<Sample<?>> all() {
    Map<String, Optional<Instant>> edits = new LinkedHashMap<>();
    edits.put("title", Optional.of(Instant.parse("2024-02-29T12:34:56.789Z")));
    edits.put("\u00DF\uD83D\uDE00", Optional.empty());
    Map<Color, BigDecimal> prices = new LinkedHashMap<>();
    prices.put(Color.RED, new BigDecimal("1.10"));
    prices.put(Color.BLUE, new BigDecimal("-12345678901234567890.5"));
    List<Sample<?>> samples = new ArrayList<>();
    samples.add(
        new Sample<>(
            "list of maps of optionals",
            Codecs.list(Codecs.map(Codecs.STRING, Codecs.optional(Codecs.INSTANT))),
            List.of(edits, Map.of())));
    samples.add(
        new Sample<>(
            "set of date-times",
            Codecs.set(Codecs.LOCAL_DATE_TIME),
            new LinkedHashSet<>(
                List.of(
                    LocalDateTime.of(2024, 2, 29, 23, 59, 59, 999_999_999),
                    LocalDateTime.of(-5, 12, 31, 0, 0)))));
    samples.add(
        new Sample<>(
            "array of nullable UUIDs",
            Codecs.array(Codecs.nullable(Codecs.UUID), UUID[]::new),
            new UUID[] {new UUID(0x0123456789ABCDEFL, -1L), null}));
    samples.add(
        new Sample<>(
            "map of enums to decimals",
            Codecs.map(Codecs.enumeration(Color.values()), Codecs.BIG_DECIMAL),
            prices));
    samples.add(
        new Sample<>(
            "nested lists of a wide enum",
            Codecs.list(Codecs.list(Codecs.enumeration(Wide.values()))),
            List.of(List.of(Wide.W129, Wide.W0), List.of())));
    samples.add(
        new Sample<>(
            "optional durations",
            Codecs.list(Codecs.optional(Codecs.DURATION)),
            List.of(Optional.of(Duration.ofSeconds(-3, 5)), Optional.empty())));
    samples.add(new Sample<>("local date", Codecs.LOCAL_DATE, LocalDate.of(2024, 2, 29)));
    samples.add(
        new Sample<>(
            "times of day and periods",
            Codecs.map(Codecs.LOCAL_TIME, Codecs.PERIOD),
            Map.of(LocalTime.of(23, 59, 59, 1), Period.of(-1, 13, 400))));
    samples.add(
        new Sample<>(
            "zoned and offset date-times",
            Codecs.map(Codecs.ZONED_DATE_TIME, Codecs.OFFSET_DATE_TIME),
            Map.of(
                ZonedDateTime.of(2026, 10, 25, 2, 30, 0, 0, ZoneId.of("Europe/Paris")),
                OffsetDateTime.of(2026, 3, 29, 1, 0, 0, 7, ZoneOffset.ofHoursMinutes(-9, -30)))));
    samples.add(
        new Sample<>(
            "zones",
            Codecs.list(Codecs.ZONE_ID),
            List.of(ZoneId.of("America/Argentina/Buenos_Aires"), ZoneOffset.UTC)));
    samples.add(
        new Sample<>(
            "uris, paths and currencies",
            Codecs.map(Codecs.URI, Codecs.map(Codecs.PATH, Codecs.CURRENCY)),
            Map.of(
                URI.create("https://example.com/a%20b?q=\u00E9#f"),
                Map.of(Path.of("/tmp/a b"), Currency.getInstance("JPY")))));
    samples.add(
        new Sample<>("bit set", Codecs.BIT_SET, BitSet.valueOf(new long[] {0x8000_0000_0000_0001L, 5})));
    samples.add(
        new Sample<>("big integer", Codecs.BIG_INTEGER, BigInteger.valueOf(-1).shiftLeft(70)));
    samples.add(new Sample<>("unicode string", Codecs.STRING, "a\u00E9\u20AC\uD83D\uDE00"));
    samples.add(
        new Sample<>(
            "primitive arrays",
            Codecs.list(Codecs.nullable(Codecs.DOUBLE_ARRAY)),
            new ArrayList<>(Arrays.asList(new double[] {-0.0, Double.NaN}, null))));
    samples.add(
        new Sample<>(
            "booleans and chars",
            Codecs.map(Codecs.CHAR_ARRAY, Codecs.BOOLEAN_ARRAY),
            Map.of(new char[] {'x', '\uD800'}, new boolean[] {true, false})));
    return samples;
  }
}
