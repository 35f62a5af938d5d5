package dev.kefu.workforce;

/**
 * Erlang B in log space, independent of the recursion: {@code B(N, A) = t_N / Σ_{k≤N} t_k} with
 * {@code ln t_k = k·ln A − ln k!} built up term by term and summed by log-sum-exp around the
 * largest term.
 */
final class LogSpaceErlangB {

  private LogSpaceErlangB() {}

  static double blocking(int servers, double erlangs) {
    double[] logTerms = new double[servers + 1];
    double logA = Math.log(erlangs);
    double max = 0;
    for (int k = 1; k <= servers; k++) {
      logTerms[k] = logTerms[k - 1] + logA - Math.log(k);
      max = Math.max(max, logTerms[k]);
    }
    double sum = 0;
    for (int k = servers; k >= 0; k--) {
      sum += Math.exp(logTerms[k] - max);
    }
    return Math.exp(logTerms[servers] - max - Math.log(sum));
  }
}
