package dev.kefu.staffing;

import java.util.Objects;

/**
 * How one rule judged a request.
 *
 * @param ruleId the rule, for example {@code "ST-5"}
 * @param kept whether the request keeps it
 * @param detail why, in words a supervisor can read
 */
public record RuleOutcome(String ruleId, boolean kept, String detail) {

  /**
   * Creates an outcome.
   *
   * @throws NullPointerException if an argument is null
   */
  public RuleOutcome {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(detail, "detail");
  }

  @Override
  public String toString() {
    return ruleId + (kept ? " kept: " : " broken: ") + detail;
  }
}
