package dev.kefu.customer;

import dev.kefu.spi.Money;
import dev.kefu.spi.customer.CustomerId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * An order event from the shop: records the order on the customer's file and re-classifies the
 * customer (CU-1, CU-6). The event id makes a redelivered event harmless: it has no new effect
 * and returns the first result.
 *
 * @param eventId the shop's id for this event; unique
 * @param customerId the customer who ordered
 * @param orderId the shop's order id
 * @param placedAt when the order was placed; not in the future
 * @param amount the order value; converted to the shop currency if a converter is wired
 * @param category the product category
 */
public record RecordOrder(
    @NotBlank @Size(max = 128) String eventId,
    @NotNull @Valid CustomerId customerId,
    @NotBlank @Size(max = 64) String orderId,
    @NotNull Instant placedAt,
    @NotNull @Valid Money amount,
    @NotBlank @Size(max = 64) String category) {}
