package dev.kefu.workforce;

import java.math.BigDecimal;

/**
 * The share of paid time in which agents cannot take contacts (breaks, meetings, training,
 * absence), in whole basis points (1 bp = 0.01%). Turns required productive agents into
 * scheduled agents: {@code scheduled = ceil(agents / (1 - shrinkage))}, computed exactly in
 * integers, so 21 agents at 30% shrinkage schedule exactly 30, not the 31 a floating-point
 * {@code Math.ceil(21 / (1 - 0.3))} gives. Immutable.
 *
 * @param basisPoints the shrinkage, 0 (none) to 9,999
 */
public record Shrinkage(int basisPoints) {

  /** No shrinkage: scheduled equals required. */
  public static final Shrinkage NONE = new Shrinkage(0);

  private static final int WHOLE = 10_000;

  /**
   * Creates a shrinkage.
   *
   * @throws IllegalArgumentException if {@code basisPoints} is outside 0 to 9,999
   */
  public Shrinkage {
    if (basisPoints < 0 || basisPoints >= WHOLE) {
      throw new IllegalArgumentException("shrinkage must be 0 to 9,999 basis points (below 100%), was " + basisPoints);
    }
  }

  /**
   * A shrinkage in basis points.
   *
   * @param basisPoints 0 to 9,999 (3,000 for 30%)
   * @return the shrinkage
   * @throws IllegalArgumentException if out of range
   */
  public static Shrinkage ofBasisPoints(int basisPoints) {
    return new Shrinkage(basisPoints);
  }

  /**
   * A shrinkage as a fraction, read as the decimal it prints as: {@code 0.3} is exactly 3,000
   * basis points.
   *
   * @param fraction 0 to 0.9999, a whole number of basis points
   * @return the shrinkage
   * @throws IllegalArgumentException if not finite, out of range, or finer than a basis point
   */
  public static Shrinkage ofFraction(double fraction) {
    if (!Double.isFinite(fraction)) {
      throw new IllegalArgumentException("shrinkage must be a finite fraction, was " + fraction);
    }
    BigDecimal bp = BigDecimal.valueOf(fraction).movePointRight(4).stripTrailingZeros();
    if (bp.scale() > 0) {
      throw new IllegalArgumentException("shrinkage must be a whole number of basis points (0.0001), was " + fraction);
    }
    if (bp.signum() < 0 || bp.compareTo(BigDecimal.valueOf(WHOLE)) >= 0) {
      throw new IllegalArgumentException("shrinkage must be at least 0 and below 1, was " + fraction);
    }
    return new Shrinkage(bp.intValueExact());
  }

  /**
   * The agents to schedule so that {@code agents} are productive:
   * {@code ceil(agents × 10,000 / (10,000 − basisPoints))} in exact integer arithmetic.
   *
   * @param agents the required productive agents, zero or more
   * @return the agents to schedule
   * @throws IllegalArgumentException if {@code agents} is negative
   */
  public int scheduled(int agents) {
    if (agents < 0) {
      throw new IllegalArgumentException("agents must not be negative, was " + agents);
    }
    long productive = WHOLE - basisPoints;
    return Math.toIntExact((agents * (long) WHOLE + productive - 1) / productive);
  }

  /** @return the shrinkage as a fraction (0.3 for 3,000 bp), for display */
  public double fraction() {
    return basisPoints / (double) WHOLE;
  }

  @Override
  public String toString() {
    return BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros().toPlainString() + "%";
  }
}
