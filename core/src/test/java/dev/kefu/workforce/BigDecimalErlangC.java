package dev.kefu.workforce;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * A deliberately straightforward Erlang C in {@link BigDecimal}, to check {@link ErlangC} and
 * {@link RequiredServers} against, and the baseline of the workforce benchmark. It uses the textbook
 * formula as written,
 *
 * <pre>
 *   C(N, A) = (A^N/N! · N/(N−A)) / (Σ_{k&lt;N} A^k/k! + A^N/N! · N/(N−A))
 * </pre>
 *
 * with the terms {@code A^k/k!} built up one multiplication and division at a time at 50
 * significant digits ({@code BigDecimal}'s exponent range has room for {@code A^k/k!} at any
 * size), {@code SL = 1 − C·exp(−(N−A)·t/AHT)} with its own {@code exp}, {@code ASA = C·AHT/(N−A)}.
 * It shares no code with kefu. {@link #required} walks N up from {@code floor(A) + 1}, extending
 * the running sum by one term per step. Targets and caps are read as the decimals they print as.
 */
public final class BigDecimalErlangC {

  /** 50 significant digits. */
  public static final MathContext MC = new MathContext(50, RoundingMode.HALF_EVEN);

  /**
   * The figures at N.
   *
   * @param servers N
   * @param probabilityOfWaiting C(N, A)
   * @param serviceLevel the share answered within t
   * @param averageSpeedOfAnswer ASA in seconds
   * @param occupancy A / N
   */
  public record Result(int servers, BigDecimal probabilityOfWaiting, BigDecimal serviceLevel,
      BigDecimal averageSpeedOfAnswer, BigDecimal occupancy) {}

  private BigDecimalErlangC() {}

  /**
   * The figures at {@code servers} &gt; {@code erlangs}.
   *
   * @param servers N
   * @param erlangs A, below N
   * @param ahtSeconds the mean handle time
   * @param thresholdSeconds t
   * @return the figures
   */
  public static Result evaluate(int servers, double erlangs, double ahtSeconds, double thresholdSeconds) {
    BigDecimal a = new BigDecimal(erlangs);
    BigDecimal sum = BigDecimal.ZERO; // sum of A^k/k!, k < N
    BigDecimal term = BigDecimal.ONE; // A^k/k!
    for (int k = 0; k < servers; k++) {
      sum = sum.add(term, MC);
      term = term.multiply(a, MC).divide(BigDecimal.valueOf(k + 1), MC);
    }
    return at(servers, a, sum, term, ahtSeconds, thresholdSeconds);
  }

  /**
   * The figures at the smallest N from {@code floor(A) + 1} up that meets the targets.
   *
   * @param erlangs A, positive
   * @param ahtSeconds the mean handle time
   * @param level the service-level target
   * @param thresholdSeconds t
   * @param maxOccupancy the highest occupancy
   * @param maxAsaSeconds the highest ASA, or {@code null}
   * @return the figures at the required N
   */
  public static Result required(double erlangs, double ahtSeconds, double level, double thresholdSeconds,
      double maxOccupancy, Double maxAsaSeconds) {
    BigDecimal a = new BigDecimal(erlangs);
    BigDecimal target = BigDecimal.valueOf(level);
    BigDecimal occupancyCap = BigDecimal.valueOf(maxOccupancy);
    BigDecimal asaCap = maxAsaSeconds == null ? null : BigDecimal.valueOf(maxAsaSeconds);
    int n = (int) Math.floor(erlangs) + 1;
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal term = BigDecimal.ONE;
    for (int k = 0; k < n; k++) {
      sum = sum.add(term, MC);
      term = term.multiply(a, MC).divide(BigDecimal.valueOf(k + 1), MC);
    }
    while (true) {
      Result r = at(n, a, sum, term, ahtSeconds, thresholdSeconds);
      if (r.serviceLevel().compareTo(target) >= 0 && r.occupancy().compareTo(occupancyCap) <= 0
          && (asaCap == null || r.averageSpeedOfAnswer().compareTo(asaCap) <= 0)) {
        return r;
      }
      sum = sum.add(term, MC);
      term = term.multiply(a, MC).divide(BigDecimal.valueOf(n + 1), MC);
      n++;
    }
  }

  private static Result at(int n, BigDecimal a, BigDecimal sumBelow, BigDecimal termN, double aht, double threshold) {
    BigDecimal bigN = BigDecimal.valueOf(n);
    BigDecimal spare = bigN.subtract(a, MC);
    if (spare.signum() <= 0) {
      throw new IllegalArgumentException("unstable: N = " + n + ", A = " + a);
    }
    BigDecimal waitingTerm = termN.multiply(bigN, MC).divide(spare, MC);
    BigDecimal c = waitingTerm.divide(sumBelow.add(waitingTerm, MC), MC);
    BigDecimal exponent = spare.multiply(new BigDecimal(threshold), MC).divide(new BigDecimal(aht), MC);
    BigDecimal serviceLevel = BigDecimal.ONE.subtract(c.multiply(expNegative(exponent), MC), MC);
    BigDecimal asa = c.multiply(new BigDecimal(aht), MC).divide(spare, MC);
    return new Result(n, c, serviceLevel, asa, a.divide(bigN, MC));
  }

  /** e^(−x) for x ≥ 0: e^x by halving until below 1, Taylor series, squaring back; then 1/e^x. */
  static BigDecimal expNegative(BigDecimal x) {
    if (x.signum() == 0) {
      return BigDecimal.ONE;
    }
    MathContext wide = new MathContext(MC.getPrecision() + 20, RoundingMode.HALF_EVEN);
    int halvings = 0;
    BigDecimal y = x;
    while (y.compareTo(BigDecimal.ONE) > 0) {
      y = y.divide(BigDecimal.valueOf(2), wide);
      halvings++;
    }
    BigDecimal sum = BigDecimal.ONE;
    BigDecimal term = BigDecimal.ONE;
    BigDecimal epsilon = BigDecimal.ONE.movePointLeft(wide.getPrecision() + 5);
    for (int k = 1; term.compareTo(epsilon) > 0; k++) {
      term = term.multiply(y, wide).divide(BigDecimal.valueOf(k), wide);
      sum = sum.add(term, wide);
    }
    for (int i = 0; i < halvings; i++) {
      sum = sum.multiply(sum, wide);
    }
    return BigDecimal.ONE.divide(sum, MC);
  }
}
