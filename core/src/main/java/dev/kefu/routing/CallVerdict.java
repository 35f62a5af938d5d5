package dev.kefu.routing;

/** TK-17: what a phone call's length calls for. */
public enum CallVerdict {
  /** At most the flag limit (3 minutes by default). */
  WITHIN_LIMITS,
  /** Past the flag limit: flagged to the agent. */
  FLAGGED,
  /** Past the escalation limit (5 minutes by default): escalated to the team lead. */
  ESCALATED
}
