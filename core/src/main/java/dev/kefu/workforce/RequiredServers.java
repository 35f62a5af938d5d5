package dev.kefu.workforce;

import java.time.Duration;
import java.util.Objects;

/**
 * The required number of servers for one interval: the smallest N at which the service level is
 * at least the target's <b>and</b> the occupancy at most the maximum <b>and</b> the average speed
 * of answer and the abandonment rate within their caps, if set (ST-15).
 *
 * <p><b>Search.</b> Under Erlang C the search starts at the smallest stable N,
 * {@code floor(A) + 1}, and steps up one server at a time, updating Erlang B by one step of its
 * recursion per server, so it never skips a candidate and costs O(N) in all. Under Erlang A every
 * N ≥ 1 is stable; the service level, abandonment, ASA and occupancy all improve with N, so the
 * search doubles from {@code ceil(A)} (or halves towards 1) to bracket the answer, bisects, and
 * then checks that N − 1 fails.
 *
 * <p>No load (zero erlangs) needs zero servers. Stateless and thread-safe.
 */
public final class RequiredServers {

  /** Beyond this many servers the search gives up: far above any real contact centre. */
  static final int MAX_SERVERS = 50_000_000;

  private RequiredServers() {}

  /**
   * The figures at the smallest number of servers that meets every target.
   *
   * @param erlangs the offered load A = contacts × average handle time ÷ interval length, zero or more
   * @param averageHandleTime the mean handle time, positive
   * @param target the service-level target
   * @param options the occupancy and caps, and Erlang A's patience
   * @return the figures at the required N ({@link QueueMetrics#servers()})
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException listing every problem with the arguments
   * @throws IllegalStateException if no N up to 50 million servers meets the targets
   */
  public static QueueMetrics required(double erlangs, Duration averageHandleTime, ServiceTarget target,
      StaffingOptions options) {
    Objects.requireNonNull(averageHandleTime, "averageHandleTime");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(options, "options");
    new Problems("staffing arguments")
        .check(Double.isFinite(erlangs) && erlangs >= 0, "erlangs must be finite and not negative, was " + erlangs)
        .check(erlangs < MAX_SERVERS, "erlangs must be below " + MAX_SERVERS + ", was " + erlangs)
        .check(Problems.positive(averageHandleTime), "averageHandleTime must be positive, was " + averageHandleTime)
        .throwIfAny();
    double aht = Problems.seconds(averageHandleTime);
    if (erlangs == 0) {
      return QueueMetrics.idle(options.model(), 0);
    }
    return options.patience().isPresent()
        ? requiredErlangA(erlangs, aht, Problems.seconds(options.patience().get()), target, options)
        : requiredErlangC(erlangs, aht, target, options);
  }

  /** @return true if {@code m} meets the target and every cap of {@code options} */
  static boolean meets(QueueMetrics m, ServiceTarget target, StaffingOptions options) {
    return m.stable()
        && m.serviceLevel() >= target.level()
        && m.occupancy() <= options.maxOccupancy()
        && options.maxAverageSpeedOfAnswer().map(cap -> m.averageSpeedOfAnswer() <= Problems.seconds(cap)).orElse(true)
        && options.maxAbandonment().map(cap -> m.probabilityOfAbandoning() <= cap).orElse(true);
  }

  private static QueueMetrics requiredErlangC(double erlangs, double aht, ServiceTarget target, StaffingOptions options) {
    double threshold = target.seconds();
    int n = (int) Math.floor(erlangs) + 1; // the smallest stable N
    double b = ErlangB.blocking(n, erlangs);
    while (true) {
      QueueMetrics m = ErlangC.at(n, erlangs, b, aht, threshold);
      if (meets(m, target, options)) {
        return m;
      }
      if (n >= MAX_SERVERS) {
        throw new IllegalStateException("no number of servers up to " + MAX_SERVERS + " meets " + target + " with "
            + options + " at " + erlangs + " erlangs");
      }
      n++;
      b = ErlangB.next(b, n, erlangs);
    }
  }

  private static QueueMetrics requiredErlangA(double erlangs, double aht, double patience, ServiceTarget target,
      StaffingOptions options) {
    double threshold = target.seconds();
    // bracket: feasible at hi, infeasible at lo (lo = 0 stands for "no servers", never feasible)
    int hi = (int) Math.min(MAX_SERVERS, Math.max(1, Math.ceil(erlangs)));
    QueueMetrics best = ErlangA.at(hi, erlangs, ErlangB.blocking(hi, erlangs), aht, patience, threshold);
    int lo;
    if (meets(best, target, options)) {
      lo = 0;
    } else {
      lo = hi;
      while (true) {
        if (hi >= MAX_SERVERS) {
          throw new IllegalStateException("no number of servers up to " + MAX_SERVERS + " meets " + target + " with "
              + options + " at " + erlangs + " erlangs");
        }
        hi = (int) Math.min(MAX_SERVERS, 2L * hi);
        QueueMetrics m = ErlangA.at(hi, erlangs, ErlangB.blocking(hi, erlangs), aht, patience, threshold);
        if (meets(m, target, options)) {
          best = m;
          break;
        }
        lo = hi;
      }
    }
    while (hi - lo > 1) {
      int mid = (int) (((long) lo + hi) >>> 1);
      QueueMetrics m = ErlangA.at(mid, erlangs, ErlangB.blocking(mid, erlangs), aht, patience, threshold);
      if (meets(m, target, options)) {
        hi = mid;
        best = m;
      } else {
        lo = mid;
      }
    }
    // guard against rounding noise at the boundary: N - 1 must fail
    while (hi > 1) {
      QueueMetrics m = ErlangA.at(hi - 1, erlangs, ErlangB.blocking(hi - 1, erlangs), aht, patience, threshold);
      if (!meets(m, target, options)) {
        break;
      }
      hi--;
      best = m;
    }
    return best;
  }
}
