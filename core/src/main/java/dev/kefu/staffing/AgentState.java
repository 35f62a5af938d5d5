package dev.kefu.staffing;

/**
 * What an agent is doing, as the host reports it: the states of the agent state timeline.
 */
public enum AgentState {
  /** At the post, free to take work. */
  AVAILABLE,
  /** At the post, serving a customer. */
  BUSY,
  /** On a break. */
  BREAK,
  /** In a meeting or training: at work, away from customers. */
  MEETING,
  /** Logged off. */
  OFFLINE;

  /** @return whether the agent is at work: available, busy or in a meeting */
  public boolean atWork() {
    return this == AVAILABLE || this == BUSY || this == MEETING;
  }
}
