package dev.kefu.spi.sla;

import dev.kefu.spi.staff.Role;
import java.time.Duration;
import java.util.Objects;

/**
 * One rung of an escalation ladder: how long after the breach (calendar time), and to whom — the
 * nearest person with that role up the ticket owner's reporting line (ST-1, TK-5).
 *
 * @param afterBreach calendar time after the breach, not negative
 * @param role the role to notify
 */
public record EscalationStep(Duration afterBreach, Role role) {

  /**
   * Creates a step.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the offset is negative
   */
  public EscalationStep {
    Objects.requireNonNull(afterBreach, "afterBreach");
    Objects.requireNonNull(role, "role");
    if (afterBreach.isNegative()) {
      throw new IllegalArgumentException("an escalation cannot come before the breach, was " + afterBreach);
    }
  }

  /**
   * A step.
   *
   * @param afterBreach calendar time after the breach
   * @param role the role to notify
   * @return the step
   */
  public static EscalationStep of(Duration afterBreach, Role role) {
    return new EscalationStep(afterBreach, role);
  }
}
