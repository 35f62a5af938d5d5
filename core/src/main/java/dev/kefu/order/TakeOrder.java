package dev.kefu.order;

import dev.kefu.Origin;
import dev.kefu.spi.order.OrderId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An agent takes an order in hand: the red flag, {@code agent name: customer's requests} (TK-6).
 *
 * @param origin the agent
 * @param orderId the order; kefu must know it
 * @param requests the customer's requests
 */
public record TakeOrder(@NotNull @Valid Origin origin, @NotNull @Valid OrderId orderId,
    @NotBlank @Size(max = 1000) String requests) {}
