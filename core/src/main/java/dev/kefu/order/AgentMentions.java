package dev.kefu.order;

import dev.kefu.spi.staff.StaffId;
import java.util.Objects;

/**
 * How often reviews praised or criticised an agent by name in a period (TK-18).
 *
 * @param agent the agent
 * @param praise reviews at or above the praise rating naming the agent
 * @param criticism reviews at or below the negative rating naming the agent
 */
public record AgentMentions(StaffId agent, long praise, long criticism) {

  /**
   * Creates a count.
   *
   * @throws NullPointerException if {@code agent} is null
   */
  public AgentMentions {
    Objects.requireNonNull(agent, "agent");
  }
}
