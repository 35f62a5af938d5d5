package dev.kefu.spi.event;

import dev.kefu.spi.customer.CustomerId;
import java.util.List;

/**
 * A customer's basic data changed (CU-6); names which fields, never their values.
 *
 * @param meta the event metadata
 * @param customer the customer
 * @param changedFields the names of the changed fields
 */
public record CustomerProfileUpdated(EventMeta meta, CustomerId customer, List<String> changedFields) implements DomainEvent {

  /** The stable type name. */
  public static final String TYPE = "customer.profile-updated";

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public int schemaVersion() {
    return 1;
  }
}
