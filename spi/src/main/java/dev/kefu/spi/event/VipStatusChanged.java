package dev.kefu.spi.event;

import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.staff.StaffId;

/**
 * A supervisor granted or withdrew VIP status (CU-4).
 *
 * @param meta the event metadata
 * @param customer the customer
 * @param by the supervisor
 * @param granted true if granted, false if withdrawn
 * @param reason why
 */
public record VipStatusChanged(EventMeta meta, CustomerId customer, StaffId by, boolean granted, String reason) implements DomainEvent {

  /** The stable type name. */
  public static final String TYPE = "customer.vip-status-changed";

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public int schemaVersion() {
    return 1;
  }
}
