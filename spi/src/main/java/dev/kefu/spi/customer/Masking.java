package dev.kefu.spi.customer;

/**
 * How kefu masks personal data in {@code toString()}, logs and exceptions (CU-8): keep the first
 * and the last character of a long value, star the rest, and never reveal the length of short
 * ones.
 */
public final class Masking {

  private Masking() {}

  /**
   * Masks a piece of personal data.
   *
   * @param value the value; null gives {@code "null"}
   * @return {@code "1*********9"} for {@code "13812345679"}, {@code "****"} for short values
   */
  public static String mask(String value) {
    if (value == null) {
      return "null";
    }
    int n = value.codePointCount(0, value.length());
    if (n <= 4) {
      return "****";
    }
    int first = value.codePointAt(0);
    int last = value.codePointBefore(value.length());
    return new StringBuilder().appendCodePoint(first).append("*".repeat(n - 2)).appendCodePoint(last).toString();
  }
}
