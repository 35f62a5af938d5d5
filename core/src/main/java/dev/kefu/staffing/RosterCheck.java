package dev.kefu.staffing;

import java.util.List;
import java.util.Objects;

/**
 * What the roster rules found: every finding of every rule, none left out.
 *
 * @param findings the findings, in rule order then agent and date
 */
public record RosterCheck(List<RuleFinding> findings) {

  /**
   * Creates a check result.
   *
   * @throws NullPointerException if {@code findings} is null
   */
  public RosterCheck {
    findings = List.copyOf(Objects.requireNonNull(findings, "findings"));
  }

  /** @return whether the roster keeps every rule */
  public boolean isAccepted() {
    return findings.isEmpty();
  }

  /**
   * The findings of one rule.
   *
   * @param ruleId the rule
   * @return its findings
   */
  public List<RuleFinding> of(String ruleId) {
    return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
  }
}
