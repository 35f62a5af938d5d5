package dev.kefu.customer;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How customer ownership works (CU-7): how soon a newly assigned owner must make first contact,
 * and which skill weighs agents when a supervisor balances owners.
 *
 * <p>Immutable and thread-safe.
 *
 * @param firstContactWithin how long after an owner assignment the first contact is due; positive
 * @param balancingSkill the skill whose level weighs each agent in {@link OwnerBalancing}; empty to
 *     weigh each agent by their highest skill level (an agent without skills weighs
 *     {@value OwnerBalancing#UNSKILLED_WEIGHT})
 */
public record OwnershipRules(Duration firstContactWithin, Optional<String> balancingSkill) {

  /**
   * Creates the rules.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code firstContactWithin} is not positive or the skill
   *     name is blank
   */
  public OwnershipRules {
    Objects.requireNonNull(firstContactWithin, "firstContactWithin");
    Objects.requireNonNull(balancingSkill, "balancingSkill");
    if (firstContactWithin.isNegative() || firstContactWithin.isZero()) {
      throw new IllegalArgumentException("the first contact is due some time after the assignment, was " + firstContactWithin);
    }
    if (balancingSkill.filter(String::isBlank).isPresent()) {
      throw new IllegalArgumentException("the balancing skill needs a name, was blank");
    }
  }

  /**
   * The defaults: first contact within 7 days (CU-7); agents weighed by their highest skill level.
   *
   * @return the rules
   */
  public static OwnershipRules defaults() {
    return new OwnershipRules(Duration.ofDays(7), Optional.empty());
  }

  /**
   * @param value how long after an assignment the first contact is due
   * @return a copy with another deadline
   * @throws IllegalArgumentException if {@code value} is not positive
   */
  public OwnershipRules withFirstContactWithin(Duration value) {
    return new OwnershipRules(value, balancingSkill);
  }

  /**
   * @param skillName the skill whose level weighs agents when balancing
   * @return a copy that weighs agents by that skill
   * @throws IllegalArgumentException if {@code skillName} is blank
   */
  public OwnershipRules withBalancingSkill(String skillName) {
    return new OwnershipRules(firstContactWithin, Optional.of(Objects.requireNonNull(skillName, "skillName")));
  }
}
