package dev.kefu.spi.event;

import dev.kefu.spi.customer.ClassificationChange;
import dev.kefu.spi.customer.CustomerId;
import java.util.List;

/**
 * A customer's stage, segment or tier changed (CU-6), with each change's rule and reason.
 *
 * @param meta the event metadata
 * @param customer the customer
 * @param changes what changed, by which rule and why
 */
public record CustomerReclassified(EventMeta meta, CustomerId customer, List<ClassificationChange> changes) implements DomainEvent {

  /** The stable type name. */
  public static final String TYPE = "customer.reclassified";

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public int schemaVersion() {
    return 1;
  }
}
