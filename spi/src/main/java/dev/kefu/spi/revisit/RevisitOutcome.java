package dev.kefu.spi.revisit;

import dev.kefu.spi.complaint.Satisfaction;
import java.util.Objects;
import java.util.Optional;

/**
 * What a revisit found, recorded in full (RV-4): satisfied, neutral or unsatisfied; for an
 * unsatisfied customer the dimension of dissatisfaction (RV-7); what they were unhappy with; their
 * suggestions.
 *
 * @param satisfaction the customer's verdict
 * @param dimension what the dissatisfaction is about (for example "delivery speed"), if unsatisfied
 * @param complaints what the customer was unhappy with
 * @param suggestions the customer's suggestions
 */
public record RevisitOutcome(Satisfaction satisfaction, Optional<String> dimension, String complaints, String suggestions) {

  /**
   * Creates an outcome.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if an unsatisfied outcome names no dimension
   */
  public RevisitOutcome {
    Objects.requireNonNull(satisfaction, "satisfaction");
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(complaints, "complaints");
    Objects.requireNonNull(suggestions, "suggestions");
    if (satisfaction == dev.kefu.spi.complaint.Satisfaction.UNSATISFIED && dimension.filter(d -> !d.isBlank()).isEmpty()) {
      throw new IllegalArgumentException("an unsatisfied outcome names the dimension of dissatisfaction (RV-7)");
    }
  }
}
