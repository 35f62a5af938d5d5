package dev.kefu.customer;

import java.util.Objects;

/**
 * One dimension of a classification with the rule that decided it and why.
 *
 * @param value the stage, segment or tier
 * @param ruleId the rule, for example {@code "CU-3"}
 * @param reason why, in words a supervisor can read
 * @param <T> the dimension's type
 */
public record Classified<T extends Enum<T>>(T value, String ruleId, String reason) {

  /**
   * Creates a classified value.
   *
   * @throws NullPointerException if an argument is null
   */
  public Classified {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(reason, "reason");
  }
}
