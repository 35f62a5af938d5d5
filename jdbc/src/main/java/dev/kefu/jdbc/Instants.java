package dev.kefu.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Instants as kefu-jdbc stores them: nanoseconds since 1970-01-01T00:00:00Z in a {@code BIGINT}.
 * Exact on every database (PostgreSQL's {@code TIMESTAMP} keeps microseconds, so a deadline
 * stored there could fire up to a microsecond early or be read back changed), ordered by plain
 * integer comparison, and free of time-zone conversions. A {@code long} of nanoseconds spans
 * 1677-09-21T00:12:43.145224192Z to 2262-04-11T23:47:16.854775807Z.
 */
final class Instants {

  /** The earliest instant kefu-jdbc can store. */
  static final Instant MIN = Instant.ofEpochSecond(0, Long.MIN_VALUE);
  /** The latest instant kefu-jdbc can store. */
  static final Instant MAX = Instant.ofEpochSecond(0, Long.MAX_VALUE);

  private static final long NANOS_PER_SECOND = 1_000_000_000L;

  private Instants() {}

  /**
   * @param instant an instant between {@link #MIN} and {@link #MAX}
   * @return its nanoseconds since the epoch
   * @throws IllegalArgumentException if the instant lies outside that range
   */
  static long toNanos(Instant instant) {
    if (instant.isBefore(MIN) || instant.isAfter(MAX)) {
      throw new IllegalArgumentException("kefu-jdbc stores instants from " + MIN + " to " + MAX + ", not " + instant);
    }
    long seconds = instant.getEpochSecond();
    int nanos = instant.getNano();
    if (seconds < 0 && nanos > 0) {
      // as Instant.toEpochMilli: near the lower end seconds * 10^9 alone would overflow
      return Math.addExact(Math.multiplyExact(seconds + 1, NANOS_PER_SECOND), nanos - NANOS_PER_SECOND);
    }
    return Math.addExact(Math.multiplyExact(seconds, NANOS_PER_SECOND), nanos);
  }

  /** The instant of a count of nanoseconds since the epoch. */
  static Instant fromNanos(long nanos) {
    return Instant.ofEpochSecond(0, nanos);
  }

  /** The instant in a nullable column, or null. */
  static Instant read(ResultSet rs, String column) throws SQLException {
    long nanos = rs.getLong(column);
    return rs.wasNull() ? null : fromNanos(nanos);
  }
}
