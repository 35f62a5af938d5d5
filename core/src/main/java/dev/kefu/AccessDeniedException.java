package dev.kefu;

import dev.kefu.spi.staff.Role;
import dev.kefu.spi.staff.StaffId;

/**
 * The actor's role may not make this command, or the actor has no need to see this data (ST-1,
 * CU-8). Nothing was changed.
 */
public final class AccessDeniedException extends KefuException {

  private static final long serialVersionUID = 1L;

  private final StaffId actor;
  private final transient Role role;
  private final String action;
  private final String ruleId;

  /**
   * Creates the exception.
   *
   * @param actor the actor
   * @param role the actor's role
   * @param action what they tried
   * @param ruleId the rule that refuses it
   * @param reason why, without personal data
   */
  public AccessDeniedException(StaffId actor, Role role, String action, String ruleId, String reason) {
    super(actor + " (" + role + ") may not " + action + ": " + reason + " (" + ruleId + ")");
    this.actor = actor;
    this.role = role;
    this.action = action;
    this.ruleId = ruleId;
  }

  /** @return the actor */
  public StaffId actor() {
    return actor;
  }

  /** @return the actor's role */
  public Role role() {
    return role;
  }

  /** @return what they tried */
  public String action() {
    return action;
  }

  /** @return the rule that refused it */
  public String ruleId() {
    return ruleId;
  }
}
