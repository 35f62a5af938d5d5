package dev.kefu.jdbc;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Instants in stored JSON, as {@link Instant#toString()} writes them and {@link Instant#parse}
 * reads them, without the general formatter: the text {@code yyyy-MM-ddTHH:mm:ss[.fraction]Z}
 * (UTC, the fraction in groups of three digits, as many as needed) for years 0 to 9999. Every
 * instant in a document is written and read here, and the formatter's way cost a quarter of the
 * time spent decoding a ticket.
 *
 * <p>The results are exactly the JDK's: anything the fast path does not recognise — another year,
 * a lower-case letter, an offset, a leap second, a date that does not exist — goes to the JDK, so
 * that what it accepts is accepted and what it refuses is refused with its exception.
 */
final class IsoInstants {

  private static final long YEAR_0 = -62_167_219_200L; // 0000-01-01T00:00:00Z
  private static final long YEAR_10000 = 253_402_300_800L; // 10000-01-01T00:00:00Z
  private static final int[] SCALE = {0, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1};

  private IsoInstants() {
  }

  /**
   * @param t the instant
   * @return the text {@link Instant#toString()} gives
   */
  static String format(Instant t) {
    long second = t.getEpochSecond();
    if (second < YEAR_0 || second >= YEAR_10000) {
      return t.toString();
    }
    int nano = t.getNano();
    int fractionDigits = nano == 0 ? 0 : nano % 1_000_000 == 0 ? 3 : nano % 1_000 == 0 ? 6 : 9;
    byte[] b = new byte[20 + (fractionDigits == 0 ? 0 : fractionDigits + 1)];
    LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(second, 86_400L));
    int secondOfDay = (int) Math.floorMod(second, 86_400L);
    digits(b, 0, date.getYear(), 4);
    b[4] = '-';
    digits(b, 5, date.getMonthValue(), 2);
    b[7] = '-';
    digits(b, 8, date.getDayOfMonth(), 2);
    b[10] = 'T';
    digits(b, 11, secondOfDay / 3_600, 2);
    b[13] = ':';
    digits(b, 14, secondOfDay / 60 % 60, 2);
    b[16] = ':';
    digits(b, 17, secondOfDay % 60, 2);
    if (fractionDigits > 0) {
      b[19] = '.';
      digits(b, 20, nano / SCALE[fractionDigits], fractionDigits);
    }
    b[b.length - 1] = 'Z';
    return new String(b, StandardCharsets.ISO_8859_1);
  }

  /**
   * @param text the text
   * @return the instant {@link Instant#parse} reads from it
   * @throws java.time.format.DateTimeParseException if it refuses the text
   */
  static Instant parse(String text) {
    Instant fast = text == null ? null : parseSimple(text);
    return fast != null ? fast : Instant.parse(text);
  }

  /** The instant of a text of exactly the simple shape, or null for the JDK to read. */
  private static Instant parseSimple(String s) {
    int n = s.length();
    if (n < 20 || n == 21 || n > 30 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T'
        || s.charAt(13) != ':' || s.charAt(16) != ':' || s.charAt(n - 1) != 'Z') {
      return null;
    }
    int year = number(s, 0, 4);
    int month = number(s, 5, 2);
    int day = number(s, 8, 2);
    int hour = number(s, 11, 2);
    int minute = number(s, 14, 2);
    int second = number(s, 17, 2);
    int nano = 0;
    if (n > 20) {
      if (s.charAt(19) != '.') {
        return null;
      }
      int fraction = number(s, 20, n - 21);
      if (fraction < 0) {
        return null;
      }
      nano = fraction * SCALE[n - 21];
    }
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0
        || minute > 59 || second < 0 || second > 59) {
      return null;
    }
    long epochDay;
    try {
      epochDay = LocalDate.of(year, month, day).toEpochDay();
    } catch (DateTimeException e) {
      return null; // a day the month does not have: the JDK says so
    }
    return Instant.ofEpochSecond(epochDay * 86_400L + hour * 3_600L + minute * 60L + second, nano);
  }

  /** The decimal number of {@code width} digits at {@code at}, or -1 if one is not a digit. */
  private static int number(String s, int at, int width) {
    int value = 0;
    for (int i = at; i < at + width; i++) {
      int d = s.charAt(i) - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      value = value * 10 + d;
    }
    return value;
  }

  private static void digits(byte[] b, int at, int value, int width) {
    for (int i = at + width - 1; i >= at; i--) {
      b[i] = (byte) ('0' + value % 10);
      value /= 10;
    }
  }
}
