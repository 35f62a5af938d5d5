package dev.kefu.spi.quality;

import dev.kefu.spi.Aggregate;
import dev.kefu.spi.order.OrderId;
import dev.kefu.spi.staff.StaffId;
import java.time.Instant;
import java.util.Objects;

/**
 * QA's verification of a review that praised or criticised an agent by name (TK-18): only a
 * verified mention counts toward the agent's performance. One per order and agent: its id is
 * {@link #idOf(OrderId, StaffId)}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param order the order reviewed
 * @param agent the agent named
 * @param praise true for praise, false for criticism
 * @param verified true if QA verified it, false if QA dismissed it
 * @param checkedBy the QA
 * @param checkedAt when
 * @param version 1 when created
 */
public record MentionCheck(OrderId order, StaffId agent, boolean praise, boolean verified, StaffId checkedBy, Instant checkedAt,
    long version) implements Aggregate {

  /** The aggregate type name of mention checks. */
  public static final String TYPE = "mention-check";

  /**
   * Creates a check.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the version is below 1
   */
  public MentionCheck {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(agent, "agent");
    Objects.requireNonNull(checkedBy, "checkedBy");
    Objects.requireNonNull(checkedAt, "checkedAt");
    if (version < 1) {
      throw new IllegalArgumentException("version must be at least 1, was " + version);
    }
  }

  /**
   * The id of the check of a mention.
   *
   * @param order the order
   * @param agent the agent
   * @return {@code <order>/<agent>}
   */
  public static String idOf(OrderId order, StaffId agent) {
    return order.value() + "/" + agent.value();
  }

  @Override
  public String aggregateType() {
    return TYPE;
  }

  @Override
  public String aggregateId() {
    return idOf(order, agent);
  }
}
