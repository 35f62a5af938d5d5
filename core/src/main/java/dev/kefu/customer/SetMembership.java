package dev.kefu.customer;

import dev.kefu.Origin;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.customer.Membership;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Issues, renews or removes a customer's membership card (CU-4); the tier follows.
 *
 * @param origin who changes it
 * @param customerId the customer
 * @param membership the card, or null to remove it
 */
public record SetMembership(
    @NotNull @Valid Origin origin, @NotNull @Valid CustomerId customerId, @Valid Membership membership) {}
