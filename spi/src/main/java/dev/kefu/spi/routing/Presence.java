package dev.kefu.spi.routing;

/**
 * What an agent is doing, as last reported, stored with their {@link AgentLoad}. The same states
 * as kefu's agent state timeline ({@code dev.kefu.staffing.AgentState}), by name.
 */
public enum Presence {
  /** At the post, free to take work. */
  AVAILABLE,
  /** At the post, serving a customer; takes more work while capacity is free. */
  BUSY,
  /** On a break. */
  BREAK,
  /** In a meeting or training. */
  MEETING,
  /** Logged off. */
  OFFLINE;

  /** @return whether work may be routed to an agent in this state: available or busy */
  public boolean takesWork() {
    return this == AVAILABLE || this == BUSY;
  }

  /** @return whether the agent is away from the desk for a while: a break or a meeting (TK-15) */
  public boolean isAway() {
    return this == BREAK || this == MEETING;
  }
}
