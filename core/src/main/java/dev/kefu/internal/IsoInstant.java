package dev.kefu.internal;

import java.time.Instant;

/**
 * {@link Instant#toString()} without the general formatter: the same text (ISO-8601 in UTC, the
 * fraction of a second in groups of three digits, as many as needed), several times faster. The
 * SLA engine writes an instant into every timer notification. Years outside 0 to 9999 take the
 * formatter's way.
 *
 * <p>An instance also remembers the text of the last day it wrote: the instants an SLA engine
 * writes in a row mostly fall on one day. Thread-safe: the memory is one immutable value.
 */
final class IsoInstant {

  private static final long YEAR_0 = -62_167_219_200L; // 0000-01-01T00:00:00Z
  private static final long YEAR_10000 = 253_402_300_800L; // 10000-01-01T00:00:00Z

  /** A day and its text, {@code yyyy-MM-dd}; the array is never written after it is made. */
  private record Day(long epochDay, byte[] text) {}

  private Day lastDay; // racy: a reader sees null, an older day or this one, each whole

  /** Creates a formatter that remembers the last day it wrote. */
  IsoInstant() {}

  /**
   * Formats an instant as {@link Instant#toString()} does.
   *
   * @param t the instant
   * @return the text
   */
  String text(Instant t) {
    long second = t.getEpochSecond();
    if (second < YEAR_0 || second >= YEAR_10000) {
      return t.toString();
    }
    long epochDay = Math.floorDiv(second, 86_400L);
    Day day = lastDay;
    if (day == null || day.epochDay() != epochDay) {
      byte[] date = new byte[10];
      date(date, 0, epochDay);
      day = new Day(epochDay, date);
      lastDay = day;
    }
    int nano = t.getNano();
    int fractionDigits = fractionDigits(nano);
    byte[] b = new byte[20 + (fractionDigits == 0 ? 0 : fractionDigits + 1)];
    System.arraycopy(day.text(), 0, b, 0, 10);
    time(b, 0, (int) Math.floorMod(second, 86_400L), nano, fractionDigits);
    return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  /**
   * Formats an instant as {@link Instant#toString()} does.
   *
   * @param t the instant
   * @return the text
   */
  static String format(Instant t) {
    return format("", t);
  }

  /**
   * Formats an instant as {@link Instant#toString()} does, after a prefix.
   *
   * @param prefix text to put before it, in ISO-8859-1
   * @param t the instant
   * @return the prefix and the text
   */
  static String format(String prefix, Instant t) {
    long second = t.getEpochSecond();
    if (second < YEAR_0 || second >= YEAR_10000) {
      return prefix + t;
    }
    long epochDay = Math.floorDiv(second, 86_400L);
    int secondOfDay = (int) Math.floorMod(second, 86_400L);
    int nano = t.getNano();
    int fractionDigits = fractionDigits(nano);
    int p = prefix.length();
    byte[] b = new byte[p + 20 + (fractionDigits == 0 ? 0 : fractionDigits + 1)];
    for (int i = 0; i < p; i++) {
      b[i] = (byte) prefix.charAt(i);
    }
    date(b, p, epochDay);
    time(b, p, secondOfDay, nano, fractionDigits);
    return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  private static int fractionDigits(int nano) {
    return nano == 0 ? 0 : nano % 1_000_000 == 0 ? 3 : nano % 1_000 == 0 ? 6 : 9;
  }

  /** Writes {@code yyyy-MM-dd} of an epoch day (years 0 to 9999) at {@code p}. */
  private static void date(byte[] b, int p, long epochDay) {
    // the civil date of an epoch day, after Howard Hinnant's days_from_civil, inverted
    long z = epochDay + 719_468;
    long era = Math.floorDiv(z, 146_097);
    int dayOfEra = (int) (z - era * 146_097);
    int yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
    int dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    int mp = (5 * dayOfYear + 2) / 153;
    int day = dayOfYear - (153 * mp + 2) / 5 + 1;
    int month = mp < 10 ? mp + 3 : mp - 9;
    int year = (int) (yearOfEra + era * 400) + (month <= 2 ? 1 : 0);
    digits(b, p, year, 4);
    b[p + 4] = '-';
    digits(b, p + 5, month, 2);
    b[p + 7] = '-';
    digits(b, p + 8, day, 2);
  }

  /** Writes {@code THH:mm:ss[.fraction]Z} from {@code p + 10} on. */
  private static void time(byte[] b, int p, int secondOfDay, int nano, int fractionDigits) {
    b[p + 10] = 'T';
    digits(b, p + 11, secondOfDay / 3_600, 2);
    b[p + 13] = ':';
    digits(b, p + 14, secondOfDay / 60 % 60, 2);
    b[p + 16] = ':';
    digits(b, p + 17, secondOfDay % 60, 2);
    int i = p + 19;
    if (fractionDigits > 0) {
      b[i++] = '.';
      digits(b, i, nano / pow10(9 - fractionDigits), fractionDigits);
      i += fractionDigits;
    }
    b[i] = 'Z';
  }

  private static int pow10(int n) {
    int p = 1;
    for (int i = 0; i < n; i++) {
      p *= 10;
    }
    return p;
  }

  private static void digits(byte[] b, int at, int value, int width) {
    for (int i = at + width - 1; i >= at; i--) {
      b[i] = (byte) ('0' + value % 10);
      value /= 10;
    }
  }
}
