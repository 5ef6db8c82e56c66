package org.typedipc.blackbox.roundtrip;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Path;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.typedipc.api.IpcContract;
import org.typedipc.api.SendSync;

/** Every supported type, once each, so that the generated codecs can be exercised. */
@IpcContract
public interface Everything {
  CompletableFuture<Scalars> scalars(Scalars value);

  CompletableFuture<Boxes> boxes(Boxes value);

  CompletableFuture<Library> library(Library value);

  CompletableFuture<Zoned> zoned(Zoned value);

  CompletableFuture<Arrays> arrays(Arrays value);

  CompletableFuture<Collections> collections(Collections value);

  CompletableFuture<Tree> tree(Tree value);

  CompletableFuture<Shape> shape(Shape value);

  @SendSync
  double sum(int a, long b, float c, Optional<Shape> shape);

  record Scalars(boolean z, byte b, short s, char c, int i, long l, float f, double d) {}

  record Boxes(Boolean z, Byte b, Short s, Character c, Integer i, Long l, Float f, Double d) {}

  record Library(
      String text, Instant instant, Duration duration, UUID uuid, BigInteger bigInteger, BigDecimal bigDecimal,
      LocalDate date, LocalDateTime dateTime) {}

  /** The other JDK value types: times with zones, periods, and values that travel as text or bytes. */
  record Zoned(
      LocalTime time, Period period, ZoneOffset offset, ZoneId zone, OffsetDateTime offsetDateTime,
      ZonedDateTime zonedDateTime, URI uri, Path path, Currency currency, BitSet bits) {}

  record Arrays(
      byte[] bytes, boolean[] z, short[] s, char[] c, int[] i, long[] l, float[] f, double[] d, String[] strings,
      int[][] grid, Shape[] shapes) {}

  record Collections(
      List<String> list, Set<Integer> set, Map<String, List<Long>> map, Optional<String> optional,
      Optional<List<Shape>> shapes, List<Level> levels, Map<Level, Set<UUID>> byLevel) {}

  /** Recursive: a tree nests as deep as it likes, up to the wire's depth limit. */
  record Tree(String label, List<Tree> children) {}

  enum Level {
    LOW,
    HIGH
  }

  sealed interface Shape permits Circle, Square, Color, Group {}

  record Circle(double radius) implements Shape {}

  record Square(double side, String label) implements Shape {}

  enum Color implements Shape {
    RED,
    GREEN,
    BLUE
  }

  /** A record with a compact constructor that rejects some values and copies its list. */
  record Group(String name, List<Shape> members) implements Shape {
    public Group {
      if (name.isEmpty()) {
        throw new IllegalArgumentException("a group needs a name");
      }
      members = List.copyOf(members);
    }
  }
}
