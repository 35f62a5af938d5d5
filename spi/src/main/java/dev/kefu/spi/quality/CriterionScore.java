package dev.kefu.spi.quality;

import java.util.Objects;
import java.util.Optional;

/**
 * The score one scorecard criterion got in a review, with the weight the criterion had when the
 * review was made (so a later change of the scorecard leaves old totals as they were).
 *
 * <p>Immutable and thread-safe.
 *
 * @param criterion the criterion's id, for example {@code "accuracy"}
 * @param weight its weight, 1 or more
 * @param score 0 to 100
 * @param comment the reviewer's comment on it, if any
 */
public record CriterionScore(String criterion, int weight, int score, Optional<String> comment) {

  /**
   * Creates a criterion score.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the criterion is blank, the weight below 1 or the score
   *     outside 0 to 100
   */
  public CriterionScore {
    Objects.requireNonNull(criterion, "criterion");
    Objects.requireNonNull(comment, "comment");
    if (criterion.isBlank() || weight < 1 || score < 0 || score > 100) {
      throw new IllegalArgumentException("a criterion score needs a criterion, a weight of 1 or more and a score of 0 to 100, got "
          + criterion + ", " + weight + ", " + score);
    }
  }
}
