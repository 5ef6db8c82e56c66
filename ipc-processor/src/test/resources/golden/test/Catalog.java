package test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.typedipc.api.IpcContract;

/** Every type the TypeScript bindings map, in records, sealed unions, collections and arguments. */
@IpcContract
public interface Catalog {
  CompletableFuture<Item> item(UUID id, Optional<String> locale);

  CompletableFuture<Map<Long, List<Item>>> search(Query query);

  void tag(long id, Set<String> tags, char grade, byte flags, short rank);

  record Item(
      UUID id,
      String name,
      long stock,
      int count,
      double price,
      float weight,
      boolean active,
      Integer shelf,
      Long barcode,
      byte[] image,
      Instant added,
      Duration shelfLife,
      BigInteger serial,
      BigDecimal cost,
      Period warranty,
      ZoneOffset offset,
      ZoneId zone,
      URI link,
      LocalDate made,
      LocalTime opens,
      LocalDateTime stocked,
      OffsetDateTime shipped,
      ZonedDateTime delivered,
      Optional<Instant> sold,
      Status status,
      Price listPrice,
      List<Optional<String>> notes,
      Map<Status, Integer> counts,
      int[] sizes,
      long[] codes,
      double[] readings,
      boolean[] flags,
      char[] code,
      short[] shorts,
      float[] floats,
      String[] aliases,
      Optional<Item> replacement) {}

  enum Status {
    DRAFT,
    LIVE,
    RETIRED
  }

  sealed interface Price permits Fixed, Ranged, Sale, Free {}

  record Fixed(BigDecimal amount) implements Price {}

  record Ranged(double low, double high) implements Price {}

  sealed interface Sale extends Price permits Percent, Bundle {}

  record Percent(int percent) implements Sale {}

  record Bundle(List<UUID> items) implements Sale {}

  enum Free implements Price {
    PROMO,
    SAMPLE
  }

  record Query(String text, Optional<Status> status, Set<Status> statuses, List<Price> prices) {}
}
