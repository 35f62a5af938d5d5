package dev.kefu;

import java.util.Objects;

/**
 * One thing wrong with a command: where (a property path such as {@code contacts[0].address})
 * and what, with the rule it breaks when a catalogued rule is the reason.
 *
 * @param path the property path, empty for the command as a whole
 * @param message what is wrong, without personal data
 * @param ruleId the catalogued rule (for example {@code "CU-9"}), or empty if a plain constraint
 */
public record Violation(String path, String message, String ruleId) {

  /**
   * Creates a violation.
   *
   * @throws NullPointerException if an argument is null
   */
  public Violation {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(ruleId, "ruleId");
  }

  /**
   * A violation of a plain constraint.
   *
   * @param path the property path
   * @param message what is wrong
   * @return the violation
   */
  public static Violation of(String path, String message) {
    return new Violation(path, message, "");
  }

  /**
   * A violation of a catalogued rule.
   *
   * @param path the property path
   * @param message what is wrong
   * @param ruleId the rule
   * @return the violation
   */
  public static Violation ofRule(String path, String message, String ruleId) {
    return new Violation(path, message, ruleId);
  }

  @Override
  public String toString() {
    return (path.isEmpty() ? "" : path + ": ") + message + (ruleId.isEmpty() ? "" : " (" + ruleId + ")");
  }
}
