package dev.kefu.workforce;

/**
 * The Erlang B blocking probability by its recursion, {@code B(0) = 1},
 * {@code B(k) = A·B(k−1) / (k + A·B(k−1))}: every step is a ratio of positive numbers, so it neither
 * overflows nor loses precision at any N (naive {@code A^N/N!} overflows from about N = 171).
 */
final class ErlangB {

  private ErlangB() {}

  /**
   * @param servers N, zero or more
   * @param erlangs A, zero or more
   * @return B(N, A)
   */
  static double blocking(int servers, double erlangs) {
    double b = 1;
    for (int k = 1; k <= servers; k++) {
      b = next(b, k, erlangs);
    }
    return b;
  }

  /** One step: B(k) from B(k−1). */
  static double next(double previous, int k, double erlangs) {
    double ab = erlangs * previous;
    return ab / (k + ab);
  }
}
