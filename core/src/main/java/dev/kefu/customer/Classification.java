package dev.kefu.customer;

import dev.kefu.spi.customer.RelationshipStage;
import dev.kefu.spi.customer.Tier;
import dev.kefu.spi.customer.ValueSegment;
import java.util.Objects;

/**
 * A customer's classification at one moment: exactly one stage (CU-2), one segment (CU-3) and one
 * tier (CU-4), each with the rule and reason that decided it.
 *
 * @param stage the relationship stage
 * @param segment the value segment
 * @param tier the service tier
 */
public record Classification(
    Classified<RelationshipStage> stage, Classified<ValueSegment> segment, Classified<Tier> tier) {

  /**
   * Creates a classification.
   *
   * @throws NullPointerException if an argument is null
   */
  public Classification {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(segment, "segment");
    Objects.requireNonNull(tier, "tier");
  }
}
