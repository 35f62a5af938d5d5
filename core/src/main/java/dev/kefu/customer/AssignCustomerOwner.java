package dev.kefu.customer;

import dev.kefu.Origin;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.staff.StaffId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Gives a customer a new owning agent (CU-7). For a key customer with a key-customer record, a
 * handover note is required when the owner changes (CU-9).
 *
 * @param origin the supervisor
 * @param customerId the customer
 * @param owner the new owner
 * @param handoverNote what the new owner needs to know; null if none
 */
public record AssignCustomerOwner(
    @NotNull @Valid Origin origin,
    @NotNull @Valid CustomerId customerId,
    @NotNull @Valid StaffId owner,
    @Size(max = 2000) String handoverNote) {}
