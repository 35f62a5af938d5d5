package dev.kefu.workforce;

import java.time.Duration;
import java.util.Objects;

/**
 * Erlang C (the M/M/N queue): contacts arrive at random (Poisson) at rate λ, handle times are
 * exponential with mean {@code AHT}, N servers, one queue served first come first served, and
 * nobody hangs up. With offered load {@code A = λ·AHT} (in Erlangs) and N &gt; A:
 *
 * <ul>
 *   <li>probability of waiting {@code C(N, A) = N·B / (N − A·(1 − B))}, where {@code B = B(N, A)} is
 *       the Erlang B blocking probability from the recursion {@code B(0) = 1},
 *       {@code B(k) = A·B(k−1) / (k + A·B(k−1))};
 *   <li>service level (share answered within t) {@code SL = 1 − C·exp(−(N − A)·t / AHT)};
 *   <li>average speed of answer {@code ASA = C·AHT / (N − A)};
 *   <li>occupancy {@code A / N}.
 * </ul>
 *
 * <p>The recursion keeps every intermediate value between 0 and 1, so the figures are finite and
 * accurate to a few units in the last place of a {@code double} at any size, 20,000 servers and
 * more; the textbook {@code A^N/N!} form returns NaN from about 171 servers. At N ≤ A the queue
 * grows without bound: the figures are P(wait) 1, service level 0, ASA infinite, occupancy 1.
 *
 * <p>Stateless and thread-safe.
 */
public final class ErlangC {

  private ErlangC() {}

  /**
   * The Erlang C figures at {@code servers} servers.
   *
   * @param servers N, at least 1
   * @param erlangs the offered load A, zero or more
   * @param averageHandleTime the mean handle time, positive
   * @param answerWithin the service-level threshold t, zero or more
   * @return the figures; see the class description for N ≤ A
   * @throws NullPointerException if a duration is null
   * @throws IllegalArgumentException listing every problem with the arguments
   */
  public static QueueMetrics evaluate(int servers, double erlangs, Duration averageHandleTime, Duration answerWithin) {
    Objects.requireNonNull(averageHandleTime, "averageHandleTime");
    Objects.requireNonNull(answerWithin, "answerWithin");
    check(servers, erlangs, averageHandleTime, answerWithin);
    return at(servers, erlangs, ErlangB.blocking(servers, erlangs), Problems.seconds(averageHandleTime),
        Problems.seconds(answerWithin));
  }

  /**
   * The probability of waiting {@code C(N, A)}.
   *
   * @param servers N, at least 1
   * @param erlangs A, zero or more
   * @return C(N, A), 1 if N ≤ A
   * @throws IllegalArgumentException listing every problem with the arguments
   */
  public static double probabilityOfWaiting(int servers, double erlangs) {
    check(servers, erlangs, Duration.ofSeconds(1), Duration.ZERO);
    return waiting(servers, erlangs, ErlangB.blocking(servers, erlangs));
  }

  static void check(int servers, double erlangs, Duration averageHandleTime, Duration answerWithin) {
    new Problems("Erlang C arguments")
        .check(servers >= 1, "servers must be at least 1, was " + servers)
        .check(Double.isFinite(erlangs) && erlangs >= 0, "erlangs must be finite and not negative, was " + erlangs)
        .check(Problems.positive(averageHandleTime), "averageHandleTime must be positive, was " + averageHandleTime)
        .check(!answerWithin.isNegative(), "answerWithin must not be negative, was " + answerWithin)
        .throwIfAny();
  }

  static double waiting(int servers, double erlangs, double blocking) {
    if (servers <= erlangs) {
      return 1;
    }
    return servers * blocking / (servers - erlangs * (1 - blocking));
  }

  /** The figures at N from B(N, A), handle time and threshold in seconds. */
  static QueueMetrics at(int servers, double erlangs, double blocking, double ahtSeconds, double thresholdSeconds) {
    if (erlangs == 0) {
      return QueueMetrics.idle(QueueMetrics.Model.ERLANG_C, servers);
    }
    if (servers <= erlangs) {
      return new QueueMetrics(QueueMetrics.Model.ERLANG_C, servers, erlangs, 1, 0, 0,
          Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, 1);
    }
    double c = waiting(servers, erlangs, blocking);
    double spare = servers - erlangs;
    double serviceLevel = 1 - c * Math.exp(-spare * thresholdSeconds / ahtSeconds);
    double asa = c * ahtSeconds / spare;
    return new QueueMetrics(QueueMetrics.Model.ERLANG_C, servers, erlangs, c, 0, serviceLevel, asa, asa,
        erlangs / servers);
  }
}
