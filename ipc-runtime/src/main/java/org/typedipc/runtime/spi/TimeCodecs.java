package org.typedipc.runtime.spi;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.Period;
import java.time.Year;
import org.typedipc.runtime.internal.messages.ErrorMessages;

/**
 * Instants, durations, periods and local dates and times, by their fields; decoding checks each
 * range.
 */
final class TimeCodecs {
  static final Codec<Instant> INSTANT = new InstantCodec();
  static final Codec<Duration> DURATION = new DurationCodec();
  static final Codec<LocalDate> LOCAL_DATE = new LocalDateCodec();
  static final Codec<LocalDateTime> LOCAL_DATE_TIME = new LocalDateTimeCodec();
  static final Codec<LocalTime> LOCAL_TIME = new LocalTimeCodec();
  static final Codec<Period> PERIOD = new PeriodCodec();

  /** The bytes of a date and time as {@link #writeDateTime} writes them. */
  static final int DATE_TIME_BYTES = 13;

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

  /** Hour, minute and second as a byte each, then the nanoseconds as an int. */
  private static void writeTime(WireWriter out, LocalTime time) {
    out.writeByte(time.getHour())
        .writeByte(time.getMinute())
        .writeByte(time.getSecond())
        .writeInt(time.getNano());
  }

  private static LocalTime readTime(WireReader in, String typeName, String before) {
    int hour = in.readByte();
    int minute = in.readByte();
    int second = in.readByte();
    int nano = in.readInt();
    if (!within(hour, 23)
        || !within(minute, 59)
        || !within(second, 59)
        || !within(nano, MAX_NANO)) {
      String time = hour + ":" + minute + ":" + second + " and " + nano + " ns";
      throw in.malformed(ErrorMessages.outOfRange(typeName, before + time));
    }
    return LocalTime.of(hour, minute, second, nano);
  }

  /** The date as {@link #LOCAL_DATE}, then the time as {@link #LOCAL_TIME}. */
  static void writeDateTime(WireWriter out, LocalDateTime value) {
    writeDate(out, value.toLocalDate());
    writeTime(out, value.toLocalTime());
  }

  /** Reads what {@link #writeDateTime} wrote; {@code typeName} is the type being decoded. */
  static LocalDateTime readDateTime(WireReader in, String typeName) {
    LocalDate date = readDate(in, typeName);
    return LocalDateTime.of(date, readTime(in, typeName, date + ", "));
  }

  private static final class LocalDateTimeCodec extends BuiltinCodec<LocalDateTime> {
    LocalDateTimeCodec() {
      super("LocalDateTime", DATE_TIME_BYTES);
    }

    @Override
    public void encode(WireWriter out, LocalDateTime value) {
      if (value == null) {
        throw nullValue();
      }
      writeDateTime(out, value);
    }

    @Override
    public LocalDateTime decode(WireReader in) {
      return readDateTime(in, "LocalDateTime");
    }
  }

  private static final class LocalTimeCodec extends BuiltinCodec<LocalTime> {
    LocalTimeCodec() {
      super("LocalTime", 7);
    }

    @Override
    public void encode(WireWriter out, LocalTime value) {
      if (value == null) {
        throw nullValue();
      }
      writeTime(out, value);
    }

    @Override
    public LocalTime decode(WireReader in) {
      return readTime(in, "LocalTime", "");
    }
  }

  /** Years, months and days as an int each; any three ints make a period. */
  private static final class PeriodCodec extends BuiltinCodec<Period> {
    PeriodCodec() {
      super("Period", 12);
    }

    @Override
    public void encode(WireWriter out, Period value) {
      if (value == null) {
        throw nullValue();
      }
      out.writeInt(value.getYears()).writeInt(value.getMonths()).writeInt(value.getDays());
    }

    @Override
    public Period decode(WireReader in) {
      return Period.of(in.readInt(), in.readInt(), in.readInt());
    }
  }
}
