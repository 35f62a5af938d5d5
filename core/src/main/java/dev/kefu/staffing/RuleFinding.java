package dev.kefu.staffing;

import dev.kefu.spi.staff.StaffId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing a staffing rule found wrong: the rule's ID, whom and which day it concerns, and the
 * details in words a supervisor can read (no personal data).
 *
 * @param ruleId the rule, a catalogued ID such as {@code "ST-3"} or a labour limit such as
 *     {@code "LIMIT-REST"}
 * @param agent the agent concerned, if one
 * @param date the date concerned, if one
 * @param detail what was found
 */
public record RuleFinding(String ruleId, Optional<StaffId> agent, Optional<LocalDate> date, String detail) {

  /**
   * Creates a finding.
   *
   * @throws NullPointerException if an argument is null
   */
  public RuleFinding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(agent, "agent");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(detail, "detail");
  }

  /**
   * A finding about an agent on a date.
   *
   * @param ruleId the rule
   * @param agent the agent
   * @param date the date
   * @param detail what was found
   * @return the finding
   */
  public static RuleFinding of(String ruleId, StaffId agent, LocalDate date, String detail) {
    return new RuleFinding(ruleId, Optional.of(agent), Optional.ofNullable(date), detail);
  }

  @Override
  public String toString() {
    return ruleId + " " + agent.map(StaffId::value).orElse("-") + date.map(d -> " " + d).orElse("") + ": " + detail;
  }
}
