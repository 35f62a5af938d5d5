package dev.kefu.workforce;

/**
 * Erlang B in log space, independent of the recursion: {@code B(N, A) = t_N / Σ_{k≤N} t_k} with
 * {@code ln t_k = k·ln A − ln k!} built up term by term (with compensated summation) and summed by log-sum-exp around the
 * largest term.
 */
final class LogSpaceErlangB {

  private LogSpaceErlangB() {}

  static double blocking(int servers, double erlangs) {
    double[] logTerms = new double[servers + 1];
    double logA = Math.log(erlangs);
    double max = 0;
    double sum = 0;
    double compensation = 0; // Neumaier: the running log stays accurate to its last bits over 30,000 steps
    for (int k = 1; k <= servers; k++) {
      double step = logA - Math.log(k);
      double t = sum + step;
      compensation += Math.abs(sum) >= Math.abs(step) ? (sum - t) + step : (step - t) + sum;
      sum = t;
      logTerms[k] = sum + compensation;
      max = Math.max(max, logTerms[k]);
    }
    double total = 0;
    for (int k = servers; k >= 0; k--) {
      total += Math.exp(logTerms[k] - max);
    }
    return Math.exp(logTerms[servers] - max - Math.log(total));
  }
}
