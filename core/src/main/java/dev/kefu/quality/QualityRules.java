package dev.kefu.quality;

import java.util.Objects;

/**
 * How QA works in a shop: the scorecard contacts are scored on and which contacts are sampled
 * (QA-1).
 *
 * <p>Immutable and thread-safe.
 *
 * @param scorecard the scorecard
 * @param sampling the sampling policy
 */
public record QualityRules(Scorecard scorecard, SamplingPolicy sampling) {

  /**
   * Creates the rules.
   *
   * @throws NullPointerException if an argument is null
   */
  public QualityRules {
    Objects.requireNonNull(scorecard, "scorecard");
    Objects.requireNonNull(sampling, "sampling");
  }

  /** @return {@link Scorecard#defaults()} and {@link SamplingPolicy#defaults()} */
  public static QualityRules defaults() {
    return new QualityRules(Scorecard.defaults(), SamplingPolicy.defaults());
  }

  /**
   * @param value the scorecard
   * @return a copy with it
   */
  public QualityRules withScorecard(Scorecard value) {
    return new QualityRules(value, sampling);
  }

  /**
   * @param value the sampling policy
   * @return a copy with it
   */
  public QualityRules withSampling(SamplingPolicy value) {
    return new QualityRules(scorecard, value);
  }
}
