package dev.kefu.kpi;

/**
 * A KPI's numerator and denominator over some agents and a period. Measures add up: a team's
 * measure is the sum of its agents'.
 *
 * <p>Immutable and thread-safe.
 *
 * @param numerator the numerator, 0 or more
 * @param denominator the denominator, 0 or more; 0 for a count
 */
public record Measure(double numerator, double denominator) {

  /** Nothing counted. */
  public static final Measure ZERO = new Measure(0, 0);

  /**
   * Creates a measure.
   *
   * @throws IllegalArgumentException if a part is negative or not a number
   */
  public Measure {
    if (!(numerator >= 0) || !(denominator >= 0)) {
      throw new IllegalArgumentException("a measure's parts are 0 or more, got " + numerator + " / " + denominator);
    }
  }

  /**
   * @param other another measure
   * @return the sum, part by part
   */
  public Measure plus(Measure other) {
    return new Measure(numerator + other.numerator, denominator + other.denominator);
  }

  /**
   * The value as a KPI of a kind reads it.
   *
   * @param kind the KPI's kind
   * @return the numerator for a count; {@code numerator ÷ denominator} otherwise, empty if the
   *     denominator is 0
   */
  public java.util.OptionalDouble value(Kpi.Kind kind) {
    if (kind == Kpi.Kind.COUNT) {
      return java.util.OptionalDouble.of(numerator);
    }
    return denominator == 0 ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(numerator / denominator);
  }
}
