package org.typedipc.runtime.spi;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.Year;
import org.typedipc.runtime.internal.messages.ErrorMessages;

/** Instants, durations and local dates and times, by their fields; decoding checks each range. */
final class TimeCodecs {
  static final Codec<Instant> INSTANT = new InstantCodec();
  static final Codec<Duration> DURATION = new DurationCodec();
  static final Codec<LocalDate> LOCAL_DATE = new LocalDateCodec();
  static final Codec<LocalDateTime> LOCAL_DATE_TIME = new LocalDateTimeCodec();

  private static final int MAX_NANO = 999_999_999;

  private TimeCodecs() {}

  private static boolean within(int value, int max) {
    return value >= 0 && value <= max;
  }

  private static void writeDate(WireWriter out, LocalDate date) {
    out.writeInt(date.getYear()).writeByte(date.getMonthValue()).writeByte(date.getDayOfMonth());
  }

  private static LocalDate readDate(WireReader in, String typeName) {
    int year = in.readInt();
    int month = in.readByte();
    int day = in.readByte();
    if (year < Year.MIN_VALUE
        || year > Year.MAX_VALUE
        || month < 1
        || month > 12
        || day < 1
        || day > Month.of(month).length(Year.isLeap(year))) {
      throw in.malformed(
          ErrorMessages.outOfRange(typeName, "year " + year + ", month " + month + ", day " + day));
    }
    return LocalDate.of(year, month, day);
  }

  /** Epoch seconds as a long, then nanoseconds as an int. */
  private static final class InstantCodec extends BuiltinCodec<Instant> {
    InstantCodec() {
      super("Instant", 12);
    }

    @Override
    public void encode(WireWriter out, Instant value) {
      if (value == null) {
        throw nullValue();
      }
      out.writeLong(value.getEpochSecond()).writeInt(value.getNano());
    }

    @Override
    public Instant decode(WireReader in) {
      long seconds = in.readLong();
      int nanos = in.readInt();
      if (seconds < Instant.MIN.getEpochSecond()
          || seconds > Instant.MAX.getEpochSecond()
          || nanos < 0
          || nanos > MAX_NANO) {
        throw in.malformed(ErrorMessages.outOfRange("Instant", seconds + " s, " + nanos + " ns"));
      }
      return Instant.ofEpochSecond(seconds, nanos);
    }
  }

  /** Seconds as a long, then the nanosecond adjustment (0 to 999,999,999) as an int. */
  private static final class DurationCodec extends BuiltinCodec<Duration> {
    DurationCodec() {
      super("Duration", 12);
    }

    @Override
    public void encode(WireWriter out, Duration value) {
      if (value == null) {
        throw nullValue();
      }
      out.writeLong(value.getSeconds()).writeInt(value.getNano());
    }

    @Override
    public Duration decode(WireReader in) {
      long seconds = in.readLong();
      int nanos = in.readInt();
      if (nanos < 0 || nanos > MAX_NANO) {
        throw in.malformed(ErrorMessages.outOfRange("Duration", seconds + " s, " + nanos + " ns"));
      }
      return Duration.ofSeconds(seconds, nanos);
    }
  }

  /** The year as an int, then month and day as one byte each. */
  private static final class LocalDateCodec extends BuiltinCodec<LocalDate> {
    LocalDateCodec() {
      super("LocalDate", 6);
    }

    @Override
    public void encode(WireWriter out, LocalDate value) {
      if (value == null) {
        throw nullValue();
      }
      writeDate(out, value);
    }

    @Override
    public LocalDate decode(WireReader in) {
      return readDate(in, "LocalDate");
    }
  }

  /** The date as {@link #LOCAL_DATE}, then hour, minute and second (a byte each) and the nanos. */
  private static final class LocalDateTimeCodec extends BuiltinCodec<LocalDateTime> {
    LocalDateTimeCodec() {
      super("LocalDateTime", 13);
    }

    @Override
    public void encode(WireWriter out, LocalDateTime value) {
      if (value == null) {
        throw nullValue();
      }
      writeDate(out, value.toLocalDate());
      out.writeByte(value.getHour())
          .writeByte(value.getMinute())
          .writeByte(value.getSecond())
          .writeInt(value.getNano());
    }

    @Override
    public LocalDateTime decode(WireReader in) {
      LocalDate date = readDate(in, "LocalDateTime");
      int hour = in.readByte();
      int minute = in.readByte();
      int second = in.readByte();
      int nano = in.readInt();
      if (!within(hour, 23)
          || !within(minute, 59)
          || !within(second, 59)
          || !within(nano, MAX_NANO)) {
        String time = hour + ":" + minute + ":" + second + " and " + nano + " ns";
        throw in.malformed(ErrorMessages.outOfRange("LocalDateTime", date + ", " + time));
      }
      return LocalDateTime.of(date, LocalTime.of(hour, minute, second, nano));
    }
  }
}
