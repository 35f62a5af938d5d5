package dev.kefu.spi.event;

import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.customer.RelationshipStage;
import dev.kefu.spi.customer.Tier;
import dev.kefu.spi.customer.ValueSegment;

/**
 * A customer was registered with kefu.
 *
 * @param meta the event metadata
 * @param customer the customer
 * @param tier the initial tier
 * @param stage the initial stage
 * @param segment the initial segment
 */
public record CustomerRegistered(EventMeta meta, CustomerId customer, Tier tier, RelationshipStage stage, ValueSegment segment) implements DomainEvent {

  /** The stable type name. */
  public static final String TYPE = "customer.registered";

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public int schemaVersion() {
    return 1;
  }
}
