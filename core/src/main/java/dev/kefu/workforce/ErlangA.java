package dev.kefu.workforce;

import java.time.Duration;
import java.util.Objects;

/**
 * Erlang A (the M/M/N+M queue, Palm's model): as {@link ErlangC}, but every waiting contact hangs
 * up after an exponentially distributed patience with mean {@code P}, unless answered first. The
 * queue is stable at any N.
 *
 * <h2>Model</h2>
 *
 * <p>In units of the abandonment rate θ = 1/P, let α = N·P/AHT and β = A·P/AHT (A the offered load
 * in Erlangs). The stationary distribution is a birth–death chain: with all N servers busy and j
 * contacts waiting, {@code π(N+j) = π(N)·w(j)}, {@code w(j) = β^j / ((α+1)(α+2)…(α+j))}; below N it
 * is Erlang B's, so {@code Σ_{k≤N} π(k) = π(N) / B(N, A)}. A contact that arrives behind j others
 * reaches an agent after the sum of exponential times with rates θ(α+j), …, θ(α+1), θα, and is
 * answered if its own patience lasts that long. From this:
 *
 * <ul>
 *   <li>probability of waiting {@code P(wait) = W / (1/B − 1 + W)}, {@code W = Σ_j w(j)};
 *   <li>probability of abandoning {@code P(ab) = P(wait)·Σ_j w(j)·(j+1)/(α+j+1) / W} (a contact
 *       behind j others is answered with probability α/(α+j+1));
 *   <li>average wait of all contacts {@code E[Q]/λ = P(ab)·P} (Little's law on abandonment);
 *   <li>average speed of answer (mean wait of the answered)
 *       {@code P(wait)·P·Σ_j w(j)·α/(α+j+1)·Σ_{i=1}^{j+1} 1/(α+i) / W ÷ (1 − P(ab))};
 *   <li>occupancy {@code A·(1 − P(ab)) / N}, the carried load per server.
 * </ul>
 *
 * <p><b>Service level</b> is the share of <em>all</em> arriving contacts that are answered within
 * t: abandoned contacts count as not answered in time, even those that hang up before t, and they
 * stay in the denominator. It is {@code 1 − P(wait) + P(answered after waiting) − P(answered after
 * t)}, where the waiting contacts' offered wait has density {@code αθ·exp(β − αθv − β·e^(−θv))}
 * relative to π(N), which gives, with {@code x = β·e^(−θt)},
 * {@code P(answered after t) = π(N)·α/(α+1)·e^(β−x)·(x/β)^(α+1)·Σ_j x^j/((α+2)…(α+j+1))}, an
 * incomplete-gamma series. All series have positive terms and are summed with rescaling, so
 * nothing overflows; they take about {@code max(0, β − α) + 6·sqrt(α)} terms.
 *
 * <p>Stateless and thread-safe.
 */
public final class ErlangA {

  private static final double BIG = 1e250;
  private static final double LOG_BIG = Math.log(BIG);

  private ErlangA() {}

  /**
   * The Erlang A figures at {@code servers} servers.
   *
   * @param servers N, at least 1
   * @param erlangs the offered load A, zero or more
   * @param averageHandleTime the mean handle time, positive
   * @param patience the mean patience of a waiting contact, positive
   * @param answerWithin the service-level threshold t, zero or more
   * @return the figures
   * @throws NullPointerException if a duration is null
   * @throws IllegalArgumentException listing every problem with the arguments
   */
  public static QueueMetrics evaluate(int servers, double erlangs, Duration averageHandleTime, Duration patience,
      Duration answerWithin) {
    Objects.requireNonNull(averageHandleTime, "averageHandleTime");
    Objects.requireNonNull(patience, "patience");
    Objects.requireNonNull(answerWithin, "answerWithin");
    new Problems("Erlang A arguments")
        .check(servers >= 1, "servers must be at least 1, was " + servers)
        .check(Double.isFinite(erlangs) && erlangs >= 0, "erlangs must be finite and not negative, was " + erlangs)
        .check(Problems.positive(averageHandleTime), "averageHandleTime must be positive, was " + averageHandleTime)
        .check(Problems.positive(patience), "patience must be positive, was " + patience)
        .check(!answerWithin.isNegative(), "answerWithin must not be negative, was " + answerWithin)
        .throwIfAny();
    return at(servers, erlangs, ErlangB.blocking(servers, erlangs), Problems.seconds(averageHandleTime),
        Problems.seconds(patience), Problems.seconds(answerWithin));
  }

  /** The figures at N from B(N, A); times in seconds. */
  static QueueMetrics at(int servers, double erlangs, double blocking, double aht, double patience, double threshold) {
    if (erlangs == 0) {
      return QueueMetrics.idle(QueueMetrics.Model.ERLANG_A, servers);
    }
    double alpha = servers * patience / aht;
    double beta = erlangs * patience / aht;

    // W, the answered share and the ASA sum, over j = 0, 1, ...: sums scaled by exp(-scale)
    double term = 1;
    double scale = 0;
    double sumW = 0;
    double sumServed = 0;
    double sumAsa = 0;
    double sumAbandoned = 0;
    double harmonic = 0;
    for (int j = 0; ; j++) {
      if (j > 0) {
        term *= beta / (alpha + j);
      }
      harmonic += 1 / (alpha + j + 1);
      double served = term * (alpha / (alpha + j + 1));
      sumW += term;
      sumServed += served;
      sumAsa += served * harmonic;
      sumAbandoned += term * ((j + 1) / (alpha + j + 1));
      if (sumW > BIG) {
        term /= BIG;
        sumW /= BIG;
        sumServed /= BIG;
        sumAsa /= BIG;
        sumAbandoned /= BIG;
        scale += LOG_BIG;
      }
      if (alpha + j + 1 > beta && term <= sumW * 1e-17) {
        break;
      }
    }
    // P(wait) = W / (1/B - 1 + W), with W = sumW·e^scale
    double rest = 1 / blocking - 1;
    double ratio = rest / sumW * Math.exp(-scale);
    double waiting = 1 / (1 + ratio);
    double notWaiting = 1 / (1 + 1 / ratio); // not 1 - waiting: no cancellation when nearly all wait
    double servedShare = sumServed / sumW;
    double answeredAfterWaiting = waiting * servedShare;
    double abandoning = waiting * (sumAbandoned / sumW); // not 1 - servedShare: no cancellation
    // not 1 - abandoning, which cancels when nearly all abandon (a massive overload): the answered
    // share then carried an error of 1e-12, enough for an occupancy above 1
    double answered = notWaiting + answeredAfterWaiting;
    double asa = answered > 0 ? waiting * patience * (sumAsa / sumW) / answered : Double.POSITIVE_INFINITY;

    double answeredLate = 0;
    if (threshold > 0) {
      double thetaT = threshold / patience;
      double x = beta * Math.exp(-thetaT);
      // the series sum_j x^j / ((alpha+2)...(alpha+j+1)), scaled by exp(-scaleX)
      double t = 1;
      double scaleX = 0;
      double sumX = 0;
      for (int j = 0; ; j++) {
        if (j > 0) {
          t *= x / (alpha + 1 + j);
        }
        sumX += t;
        if (sumX > BIG) {
          t /= BIG;
          sumX /= BIG;
          scaleX += LOG_BIG;
        }
        if (alpha + j + 2 > x && t <= sumX * 1e-17) {
          break;
        }
      }
      // e^(beta-x)·(x/beta)^(alpha+1) = exp(-beta·expm1(-thetaT) - (alpha+1)·thetaT)
      double exponent = -beta * Math.expm1(-thetaT) - (alpha + 1) * thetaT + scaleX - scale
          + Math.log(sumX) - Math.log(sumW);
      answeredLate = waiting * (alpha / (alpha + 1)) * Math.exp(exponent);
    } else {
      answeredLate = answeredAfterWaiting;
    }
    double serviceLevel = Math.max(0, Math.min(1, notWaiting + answeredAfterWaiting - answeredLate));
    return new QueueMetrics(QueueMetrics.Model.ERLANG_A, servers, erlangs, waiting, abandoning, serviceLevel, asa,
        abandoning * patience, Math.min(1, erlangs * answered / servers));
  }
}
