package org.typedipc.runtime.testing;

import static org.typedipc.runtime.testing.Gen.withEdges;

import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.BitSet;
import java.util.Currency;
import java.util.Comparator;
import java.util.SplittableRandom;

/**
 * Generators of the JDK value types beyond numbers, strings and local times: zones and the
 * date-times that carry them, periods, URIs, paths, currencies and bit sets.
 */
public final class ValueGenerators {
  private static final String NAME_CHARS =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._- ";

  private ValueGenerators() {}

  /** Offsets from -18 h to +18 h to the second, often whole hours. */
  public static Gen<ZoneOffset> zoneOffsets() {
    Gen<Integer> seconds = Generators.ints(-18 * 3600, 18 * 3600);
    Gen<Integer> hours = Generators.ints(-18, 18);
    return withEdges(
        random ->
            random.nextBoolean()
                ? ZoneOffset.ofHours(hours.next(random))
                : ZoneOffset.ofTotalSeconds(seconds.next(random)),
        ZoneOffset.UTC,
        ZoneOffset.MIN,
        ZoneOffset.MAX);
  }

  /** Every region this JDK knows, and offsets in each of their spellings. */
  public static Gen<ZoneId> zoneIds() {
    Gen<ZoneId> regions =
        Gen.oneOf(ZoneId.getAvailableZoneIds().stream().sorted().map(ZoneId::of).toArray(ZoneId[]::new));
    Gen<ZoneOffset> offsets = zoneOffsets();
    return withEdges(
        random -> random.nextInt(4) == 0 ? offsets.next(random) : regions.next(random),
        ZoneOffset.UTC,
        ZoneId.of("UTC"),
        ZoneId.of("GMT+01:30"),
        ZoneId.of("UT-05"),
        ZoneId.of("Europe/Paris"));
  }

  public static Gen<OffsetDateTime> offsetDateTimes() {
    Gen<LocalDateTime> dateTimes = Generators.localDateTimes();
    Gen<ZoneOffset> offsets = zoneOffsets();
    return withEdges(
        random -> OffsetDateTime.of(dateTimes.next(random), offsets.next(random)),
        OffsetDateTime.MIN,
        OffsetDateTime.MAX);
  }

  /** Date-times in any zone, often near the transitions of daylight saving time. */
  public static Gen<ZonedDateTime> zonedDateTimes() {
    Gen<LocalDateTime> dateTimes = Generators.localDateTimes();
    Gen<ZoneId> zones = zoneIds();
    Gen<Integer> minutes = Generators.ints(0, 60 * 24 * 366);
    return withEdges(
        random -> {
          LocalDateTime local =
              random.nextBoolean()
                  ? dateTimes.next(random)
                  : LocalDateTime.of(2026, 1, 1, 0, 0).plusMinutes(minutes.next(random));
          return ZonedDateTime.of(local, zones.next(random));
        },
        // The hour that repeats when daylight saving time ends: both offsets must survive.
        ZonedDateTime.of(LocalDateTime.of(2026, 10, 25, 2, 30), ZoneId.of("Europe/Paris")),
        ZonedDateTime.of(LocalDateTime.of(2026, 10, 25, 2, 30), ZoneId.of("Europe/Paris"))
            .withLaterOffsetAtOverlap(),
        ZonedDateTime.of(LocalDateTime.MAX, ZoneOffset.MIN),
        ZonedDateTime.of(LocalDateTime.MIN, ZoneOffset.MAX));
  }

  public static Gen<Period> periods() {
    Gen<Integer> ints = Generators.ints();
    return withEdges(
        random -> Period.of(ints.next(random), ints.next(random), ints.next(random)),
        Period.ZERO,
        Period.of(Integer.MIN_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE));
  }

  /** URIs of every shape: absolute, relative, opaque, with quoted and Unicode characters. */
  public static Gen<URI> uris() {
    return withEdges(
        random -> {
          String host = name(random, 10).replace(' ', 'h').replace('_', 'h');
          String path = "/" + name(random, 8) + (random.nextBoolean() ? "/\u00E9\u20AC%" : "/");
          try {
            return new URI(
                random.nextBoolean() ? "https" : "file",
                random.nextBoolean() ? null : host.isEmpty() ? "h" : host,
                path,
                random.nextBoolean() ? null : "q=" + name(random, 5),
                random.nextBoolean() ? null : name(random, 5));
          } catch (Exception generatedBadly) {
            return URI.create("relative/" + random.nextInt());
          }
        },
        URI.create(""),
        URI.create("mailto:a@example.com"),
        URI.create("urn:isbn:096139210x"),
        URI.create("../up?x#y"),
        URI.create("https://user@[::1]:8443/a%20b?q=%C3%A9#frag"),
        URI.create("http://example.com/\u00E9t\u00E9"));
  }

  /** Relative and absolute paths of ASCII names (what every platform's file names can hold). */
  public static Gen<Path> paths() {
    return withEdges(
        random -> {
          StringBuilder b = new StringBuilder(random.nextBoolean() ? "/" : "");
          int segments = random.nextInt(5);
          for (int i = 0; i < segments; i++) {
            b.append(i > 0 ? "/" : "").append(name(random, 12));
          }
          return Path.of(b.toString());
        },
        Path.of(""),
        Path.of("/"),
        Path.of(".."),
        Path.of("a b/c"));
  }

  /** Every currency this JDK knows. */
  public static Gen<Currency> currencies() {
    return Gen.oneOf(
        Currency.getAvailableCurrencies().stream()
            .sorted(Comparator.comparing(Currency::getCurrencyCode))
            .toArray(Currency[]::new));
  }

  /** Bit sets of up to 2,000 bits, sparse or dense. */
  public static Gen<BitSet> bitSets() {
    return withEdges(
        random -> {
          BitSet bits = new BitSet();
          int length = random.nextInt(2_000);
          int every = 1 + random.nextInt(8);
          for (int i = random.nextInt(every); i < length; i += 1 + random.nextInt(every)) {
            bits.set(i);
          }
          return bits;
        },
        new BitSet(),
        BitSet.valueOf(new long[] {-1L}),
        BitSet.valueOf(new long[] {Long.MIN_VALUE}));
  }

  private static String name(SplittableRandom random, int maxLength) {
    int length = random.nextInt(maxLength + 1);
    StringBuilder b = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      b.append(NAME_CHARS.charAt(random.nextInt(NAME_CHARS.length())));
    }
    return b.toString();
  }
}
