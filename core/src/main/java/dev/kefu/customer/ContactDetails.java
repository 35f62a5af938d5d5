package dev.kefu.customer;

import dev.kefu.spi.customer.ContactPoint;
import dev.kefu.spi.customer.CustomerId;
import java.util.List;
import java.util.Objects;

/**
 * A customer's contact details, unmasked, for a viewer kefu let see them (CU-8). The
 * {@link #toString()} still masks them, so a stray log line does not leak them.
 *
 * @param customerId the customer
 * @param contacts the contact points
 * @param ruleId the rule that allowed the read
 * @param reason why the viewer may see them
 */
public record ContactDetails(CustomerId customerId, List<ContactPoint> contacts, String ruleId, String reason) {

  /**
   * Creates contact details; the list is copied.
   *
   * @throws NullPointerException if an argument is null
   */
  public ContactDetails {
    Objects.requireNonNull(customerId, "customerId");
    contacts = List.copyOf(contacts);
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(reason, "reason");
  }
}
