package dev.kefu.customer;

import dev.kefu.Origin;
import dev.kefu.spi.customer.CustomerId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * Records that the owner made first contact with a newly assigned customer (CU-7). A contact the
 * owner logs on one of the customer's tickets counts without this command; use it for contact
 * made elsewhere, or to close the first contact at once.
 *
 * @param origin the owner
 * @param customerId the customer
 * @param madeAt when the contact was made; null for now
 */
public record RecordFirstContact(@NotNull @Valid Origin origin, @NotNull @Valid CustomerId customerId, Instant madeAt) {

  /**
   * First contact made now.
   *
   * @param origin the owner
   * @param customerId the customer
   * @return the command
   */
  public static RecordFirstContact now(Origin origin, CustomerId customerId) {
    return new RecordFirstContact(origin, customerId, null);
  }
}
