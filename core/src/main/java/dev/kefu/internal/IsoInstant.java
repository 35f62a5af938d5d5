package dev.kefu.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * {@link Instant#toString()} without the general formatter: the same text (ISO-8601 in UTC, the
 * fraction of a second in groups of three digits, as many as needed), several times faster. The
 * SLA engine writes an instant into every timer notification. Years outside 0 to 9999 take the
 * formatter's way.
 */
final class IsoInstant {

  private static final long YEAR_0 = -62_167_219_200L; // 0000-01-01T00:00:00Z
  private static final long YEAR_10000 = 253_402_300_800L; // 10000-01-01T00:00:00Z

  private IsoInstant() {}

  /**
   * Formats an instant as {@link Instant#toString()} does.
   *
   * @param t the instant
   * @return the text
   */
  static String format(Instant t) {
    if (t.getEpochSecond() < YEAR_0 || t.getEpochSecond() >= YEAR_10000) {
      return t.toString();
    }
    LocalDateTime d = LocalDateTime.ofEpochSecond(t.getEpochSecond(), 0, ZoneOffset.UTC);
    int year = d.getYear();
    int nano = t.getNano();
    int fractionDigits = nano == 0 ? 0 : nano % 1_000_000 == 0 ? 3 : nano % 1_000 == 0 ? 6 : 9;
    byte[] b = new byte[20 + (fractionDigits == 0 ? 0 : fractionDigits + 1)];
    digits(b, 0, year, 4);
    b[4] = '-';
    digits(b, 5, d.getMonthValue(), 2);
    b[7] = '-';
    digits(b, 8, d.getDayOfMonth(), 2);
    b[10] = 'T';
    digits(b, 11, d.getHour(), 2);
    b[13] = ':';
    digits(b, 14, d.getMinute(), 2);
    b[16] = ':';
    digits(b, 17, d.getSecond(), 2);
    int i = 19;
    if (fractionDigits > 0) {
      b[i++] = '.';
      digits(b, i, nano / pow10(9 - fractionDigits), fractionDigits);
      i += fractionDigits;
    }
    b[i] = 'Z';
    return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
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
