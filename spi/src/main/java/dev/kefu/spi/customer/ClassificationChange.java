package dev.kefu.spi.customer;

import java.time.Instant;
import java.util.Objects;

/**
 * One change of a customer's stage, segment or tier, never overwritten (CU-6): what changed, from
 * what to what, by which rule, why and when.
 *
 * @param dimension what changed
 * @param from the constant's name before, or empty for the first classification
 * @param to the constant's name after
 * @param ruleId the rule that decided it, for example {@code "CU-3"}
 * @param reason why, in words a supervisor can read
 * @param at when the change was recorded
 */
public record ClassificationChange(
    Dimension dimension, String from, String to, String ruleId, String reason, Instant at) {

  /** What a classification change is about. */
  public enum Dimension {
    /** The relationship stage (CU-2). */
    STAGE,
    /** The value segment (CU-3). */
    SEGMENT,
    /** The service tier (CU-4). */
    TIER
  }

  /**
   * Creates a change record.
   *
   * @throws NullPointerException if an argument is null
   */
  public ClassificationChange {
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(at, "at");
  }
}
