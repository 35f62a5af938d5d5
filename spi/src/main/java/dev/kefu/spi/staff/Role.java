package dev.kefu.spi.staff;

/**
 * The roles of a customer-service organisation (ST-1), from the agent on the desk to the general
 * manager. Each agent reports to one team lead and escalation follows the reporting line; what a
 * role may do is decided by kefu's access policy, not by this enum.
 */
public enum Role {
  /** Serves customers on the desk. */
  AGENT,
  /** Serves VIP customers end to end (the VIP desk, CU-4). */
  VIP_AGENT,
  /** Leads a team of agents, takes contacts too (ST-13), records attendance (ST-16). */
  TEAM_LEAD,
  /** Leads a shift: reallocates agents, schedules breaks, takes peaks and incidents (ST-12, ST-14). */
  SHIFT_LEAD,
  /** Quality assurance and training: scores sampled contacts (QA-1). */
  QA,
  /** Customer-service supervisor (CS manager): approves resolutions, VIP status, short leave. */
  SUPERVISOR,
  /** The shop manager: takes disputes and customers an agent cannot handle (TK-5). */
  SHOP_MANAGER,
  /** The general manager: approves long leave (ST-6). */
  GENERAL_MANAGER;

  /**
   * Whether this role leads other staff (team lead and above, QA excluded).
   *
   * @return true for team lead, shift lead, supervisor, shop manager and general manager
   */
  public boolean isLead() {
    return switch (this) {
      case TEAM_LEAD, SHIFT_LEAD, SUPERVISOR, SHOP_MANAGER, GENERAL_MANAGER -> true;
      case AGENT, VIP_AGENT, QA -> false;
    };
  }

  /**
   * Whether this role is supervisor or above.
   *
   * @return true for supervisor, shop manager and general manager
   */
  public boolean isSupervisorOrAbove() {
    return this == SUPERVISOR || this == SHOP_MANAGER || this == GENERAL_MANAGER;
  }
}
