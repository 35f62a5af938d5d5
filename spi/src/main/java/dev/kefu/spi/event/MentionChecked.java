package dev.kefu.spi.event;

import dev.kefu.spi.order.OrderId;
import dev.kefu.spi.staff.StaffId;
import java.time.Instant;

/**
 * QA verified or dismissed a review's praise or criticism of a named agent (TK-18).
 *
 * @param meta the event metadata
 * @param order the order reviewed
 * @param agent the agent named
 * @param praise true for praise, false for criticism
 * @param verified true if verified, false if dismissed
 * @param by the QA
 * @param postedAt when the customer posted the review
 */
public record MentionChecked(EventMeta meta, OrderId order, StaffId agent, boolean praise, boolean verified, StaffId by,
    Instant postedAt) implements DomainEvent {

  /** The stable type name. */
  public static final String TYPE = "quality.mention-checked";

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public int schemaVersion() {
    return 1;
  }
}
