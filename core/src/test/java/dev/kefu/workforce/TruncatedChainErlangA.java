package dev.kefu.workforce;

/**
 * Erlang A solved the long way round, to check {@link ErlangA} against: the number in system as a
 * birth–death chain truncated at N + J, its stationary distribution found by the Grassmann–Taksar–Heyman
 * elimination of {@code πQ = 0} (the subtraction-free Gaussian elimination for Markov chains); the
 * answered-within-t probability of an arrival behind j others from the tagged contact's own chain
 * (states "k ahead", absorbing "answered" and "abandoned") by uniformization. Times in seconds.
 * Only for small N and loads: the elimination is cubic in N + J.
 */
final class TruncatedChainErlangA {

  /** The figures. */
  record Result(double probabilityOfWaiting, double probabilityOfAbandoning, double serviceLevel,
      double averageSpeedOfAnswer, double averageWait) {}

  private TruncatedChainErlangA() {}

  static Result solve(int servers, double erlangs, double aht, double patience, double threshold) {
    double mu = 1 / aht;
    double theta = 1 / patience;
    double lambda = erlangs * mu;
    int queue = (int) Math.ceil(erlangs * patience / aht) + 300;
    int size = servers + queue + 1;
    // the off-diagonal rates of the generator Q
    double[][] q = new double[size][size];
    for (int n = 0; n < size; n++) {
      if (n + 1 < size) {
        q[n][n + 1] = lambda;
      }
      if (n > 0) {
        q[n][n - 1] = Math.min(n, servers) * mu + Math.max(0, n - servers) * theta;
      }
    }
    double[] pi = gth(q, size);

    double waiting = 0;
    double queued = 0;
    double noWait = 0;
    for (int n = 0; n < size; n++) {
      if (n < servers) {
        noWait += pi[n];
      } else {
        waiting += pi[n];
        queued += (n - servers) * pi[n];
      }
    }
    double abandoning = theta * queued / lambda;

    // the tagged contact: answered by t from k ahead, by uniformization
    int ahead = queue;
    double rate = servers * mu + (ahead + 1) * theta;
    double[] within = new double[ahead + 1];
    if (threshold > 0) {
      double[] u = new double[ahead + 1]; // P(answered within m steps | k ahead)
      double lt = rate * threshold;
      double weight = Math.exp(-lt);
      double cumulative = weight;
      for (int step = 1; step <= lt || weight > 1e-30 * cumulative; step++) {
        double[] next = new double[ahead + 1];
        for (int k = 0; k <= ahead; k++) {
          double forward = (servers * mu + k * theta) / rate;
          double stay = 1 - forward - theta / rate;
          next[k] = forward * (k == 0 ? 1 : u[k - 1]) + stay * u[k];
        }
        u = next;
        weight *= lt / step;
        cumulative += weight;
        for (int k = 0; k <= ahead; k++) {
          within[k] += weight * u[k];
        }
        if (step > 100_000) {
          throw new IllegalStateException("uniformization did not converge");
        }
      }
    }
    // answered eventually, and the expected wait of the answered, by first-step analysis
    double served = 0;
    double servedWait = 0;
    double answeredWithin = noWait;
    double h = 1;
    double g = 0;
    for (int k = 0; k < queue && servers + k < size; k++) {
      double forward = servers * mu + k * theta;
      double exit = forward + theta;
      g = h / exit * (forward / exit) + (forward / exit) * g;
      h = forward / exit * h;
      // h = P(answered | k ahead), g = E[wait; answered | k ahead]
      served += pi[servers + k] * h;
      servedWait += pi[servers + k] * g;
      answeredWithin += pi[servers + k] * within[k];
    }
    return new Result(waiting, abandoning, answeredWithin, servedWait / (noWait + served), queued / lambda);
  }

  /**
   * The stationary distribution of the chain with off-diagonal rates {@code q} by the
   * Grassmann–Taksar–Heyman algorithm: Gaussian elimination written without subtractions, so every
   * probability keeps its relative accuracy, the tiny ones in the tail included.
   */
  private static double[] gth(double[][] q, int size) {
    for (int n = size - 1; n > 0; n--) {
      double out = 0;
      for (int j = 0; j < n; j++) {
        out += q[n][j];
      }
      for (int i = 0; i < n; i++) {
        if (q[i][n] == 0) {
          continue;
        }
        for (int j = 0; j < n; j++) {
          if (q[n][j] != 0 && i != j) {
            q[i][j] += q[i][n] * q[n][j] / out;
          }
        }
      }
    }
    double[] pi = new double[size];
    pi[0] = 1;
    double total = 1;
    for (int n = 1; n < size; n++) {
      double out = 0;
      for (int j = 0; j < n; j++) {
        out += q[n][j];
      }
      double in = 0;
      for (int i = 0; i < n; i++) {
        in += pi[i] * q[i][n];
      }
      pi[n] = in / out;
      total += pi[n];
    }
    for (int n = 0; n < size; n++) {
      pi[n] /= total;
    }
    return pi;
  }
}
