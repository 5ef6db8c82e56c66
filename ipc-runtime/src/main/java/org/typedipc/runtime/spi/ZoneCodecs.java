package org.typedipc.runtime.spi;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.typedipc.runtime.internal.messages.ErrorMessages;

/**
 * Time zones and the date-times that carry one. A zone travels as its id and is read with the
 * receiver's time-zone rules, so a region unknown to the receiver's JDK is malformed there.
 */
final class ZoneCodecs {
  static final Codec<ZoneOffset> ZONE_OFFSET = new ZoneOffsetCodec();
  static final Codec<ZoneId> ZONE_ID =
      new TextCodec<>("ZoneId", 2, ZoneId::getId, ZoneId::of);
  static final Codec<OffsetDateTime> OFFSET_DATE_TIME = new OffsetDateTimeCodec();
  static final Codec<ZonedDateTime> ZONED_DATE_TIME = new ZonedDateTimeCodec();

  private static final int MAX_OFFSET_SECONDS = 18 * 60 * 60;

  private ZoneCodecs() {}

  private static ZoneOffset readOffset(WireReader in, String typeName) {
    int seconds = in.readInt();
    if (seconds < -MAX_OFFSET_SECONDS || seconds > MAX_OFFSET_SECONDS) {
      throw in.malformed(ErrorMessages.outOfRange(typeName, "offset of " + seconds + " s"));
    }
    return ZoneOffset.ofTotalSeconds(seconds);
  }

  /** The total seconds of the offset as an int, from -18 h to +18 h. */
  private static final class ZoneOffsetCodec extends BuiltinCodec<ZoneOffset> {
    ZoneOffsetCodec() {
      super("ZoneOffset", 4);
    }

    @Override
    public void encode(WireWriter out, ZoneOffset value) {
      if (value == null) {
        throw nullValue();
      }
      out.writeInt(value.getTotalSeconds());
    }

    @Override
    public ZoneOffset decode(WireReader in) {
      return readOffset(in, "ZoneOffset");
    }
  }

  /** The local date-time as {@link Codecs#LOCAL_DATE_TIME}, then the offset. */
  private static final class OffsetDateTimeCodec extends BuiltinCodec<OffsetDateTime> {
    OffsetDateTimeCodec() {
      super("OffsetDateTime", TimeCodecs.DATE_TIME_BYTES + 4);
    }

    @Override
    public void encode(WireWriter out, OffsetDateTime value) {
      if (value == null) {
        throw nullValue();
      }
      TimeCodecs.writeDateTime(out, value.toLocalDateTime());
      out.writeInt(value.getOffset().getTotalSeconds());
    }

    @Override
    public OffsetDateTime decode(WireReader in) {
      LocalDateTime dateTime = TimeCodecs.readDateTime(in, "OffsetDateTime");
      return OffsetDateTime.of(dateTime, readOffset(in, "OffsetDateTime"));
    }
  }

  /**
   * The local date-time, the offset, then the zone's id. The receiver keeps the instant and the
   * zone: with the same time-zone rules it reads back the same value; with other rules, the local
   * time its rules give for that instant.
   */
  private static final class ZonedDateTimeCodec extends BuiltinCodec<ZonedDateTime> {
    ZonedDateTimeCodec() {
      super("ZonedDateTime", TimeCodecs.DATE_TIME_BYTES + 4 + 2);
    }

    @Override
    public void encode(WireWriter out, ZonedDateTime value) {
      if (value == null) {
        throw nullValue();
      }
      TimeCodecs.writeDateTime(out, value.toLocalDateTime());
      out.writeInt(value.getOffset().getTotalSeconds());
      ZONE_ID.encode(out, value.getZone());
    }

    @Override
    public ZonedDateTime decode(WireReader in) {
      LocalDateTime dateTime = TimeCodecs.readDateTime(in, "ZonedDateTime");
      ZoneOffset offset = readOffset(in, "ZonedDateTime");
      ZoneId zone = ZONE_ID.decode(in);
      if (zone instanceof ZoneOffset && !zone.equals(offset)) {
        throw in.malformed(ErrorMessages.zoneDisagreesWithOffset(zone.getId(), offset.getId()));
      }
      try {
        return ZonedDateTime.ofInstant(dateTime, offset, zone);
      } catch (DateTimeException beyondRange) {
        throw in.malformed(
            ErrorMessages.outOfRange("ZonedDateTime", dateTime + offset.getId() + " in " + zone));
      }
    }
  }
}
