package dev.kefu.staffing;

import dev.kefu.spi.staff.Role;
import dev.kefu.spi.staff.StaffId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the leave policy decided: the status, every rule's outcome (each naming its ID), the
 * approval chain the request needs, and who approves next.
 *
 * @param status where the request stands
 * @param outcomes each rule's outcome, in rule order; at least one
 * @param chain the approval chain, level by level (ST-6)
 * @param nextApprover who approves next, while pending
 */
public record LeaveDecision(LeaveStatus status, List<RuleOutcome> outcomes, List<ApprovalStep> chain,
    Optional<ApprovalStep> nextApprover) {

  /**
   * Creates a decision.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if there is no outcome
   */
  public LeaveDecision {
    Objects.requireNonNull(status, "status");
    outcomes = List.copyOf(Objects.requireNonNull(outcomes, "outcomes"));
    chain = List.copyOf(Objects.requireNonNull(chain, "chain"));
    Objects.requireNonNull(nextApprover, "nextApprover");
    if (outcomes.isEmpty()) {
      throw new IllegalArgumentException("a leave decision names at least one rule");
    }
  }

  /** @return the outcomes of the rules the request breaks */
  public List<RuleOutcome> broken() {
    return outcomes.stream().filter(o -> !o.kept()).toList();
  }

  /**
   * The outcome of a rule.
   *
   * @param ruleId the rule
   * @return its outcome, if the rule applied
   */
  public Optional<RuleOutcome> outcome(String ruleId) {
    return outcomes.stream().filter(o -> o.ruleId().equals(ruleId)).findFirst();
  }

  /**
   * One level of the approval chain and who holds it for the agent.
   *
   * @param level the role of the level
   * @param approver who approves at that level: the agent's nearest lead of that role
   */
  public record ApprovalStep(Role level, StaffId approver) {

    /**
     * Creates a step.
     *
     * @throws NullPointerException if an argument is null
     */
    public ApprovalStep {
      Objects.requireNonNull(level, "level");
      Objects.requireNonNull(approver, "approver");
    }
  }

  @Override
  public String toString() {
    return status + " " + outcomes;
  }
}
