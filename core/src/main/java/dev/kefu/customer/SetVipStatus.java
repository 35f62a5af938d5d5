package dev.kefu.customer;

import dev.kefu.Origin;
import dev.kefu.spi.customer.CustomerId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A supervisor grants or withdraws VIP status by hand (CU-4). Withdrawing leaves whatever tier
 * the rules give.
 *
 * @param origin the supervisor
 * @param customerId the customer
 * @param vip true to grant, false to withdraw
 * @param reason why
 */
public record SetVipStatus(
    @NotNull @Valid Origin origin,
    @NotNull @Valid CustomerId customerId,
    boolean vip,
    @NotBlank @Size(max = 500) String reason) {}
