package dev.kefu;

import java.util.Objects;

/**
 * What a policy decided, with the rule it applied and why. Business outcomes are results, not
 * exceptions; a caller who prefers an exception calls {@link #isAllowed()} and throws its own.
 *
 * @param allowed whether the policy allows it
 * @param ruleId the rule applied, for example {@code "CU-8"}
 * @param reason why, in words a supervisor can read, without personal data
 */
public record Decision(boolean allowed, String ruleId, String reason) {

  /**
   * Creates a decision.
   *
   * @throws NullPointerException if an argument is null
   */
  public Decision {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(reason, "reason");
  }

  /**
   * An allowing decision.
   *
   * @param ruleId the rule
   * @param reason why
   * @return the decision
   */
  public static Decision allow(String ruleId, String reason) {
    return new Decision(true, ruleId, reason);
  }

  /**
   * A refusing decision.
   *
   * @param ruleId the rule
   * @param reason why
   * @return the decision
   */
  public static Decision refuse(String ruleId, String reason) {
    return new Decision(false, ruleId, reason);
  }

  /** @return true if allowed */
  public boolean isAllowed() {
    return allowed;
  }
}
