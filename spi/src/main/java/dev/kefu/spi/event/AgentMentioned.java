package dev.kefu.spi.event;

import dev.kefu.spi.order.OrderId;
import dev.kefu.spi.staff.StaffId;
import java.time.Instant;

/**
 * A review named an agent: praise or criticism that counts toward the agent (TK-18).
 *
 * @param meta the event metadata
 * @param agent the agent named
 * @param order the order reviewed
 * @param rating the review's rating, 1 to 5
 * @param praise true for praise, false for criticism
 * @param postedAt when the review was posted
 */
public record AgentMentioned(EventMeta meta, StaffId agent, OrderId order, int rating, boolean praise, Instant postedAt)
    implements DomainEvent {

  /** The stable type name. */
  public static final String TYPE = "order.agent-mentioned";

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public int schemaVersion() {
    return 1;
  }
}
