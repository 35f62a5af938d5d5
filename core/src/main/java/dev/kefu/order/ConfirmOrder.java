package dev.kefu.order;

import dev.kefu.Origin;
import dev.kefu.spi.order.OrderId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * An agent confirms an order after kefu checked real stock (TK-14).
 *
 * @param origin the agent
 * @param orderId the order; kefu must know its placement
 */
public record ConfirmOrder(@NotNull @Valid Origin origin, @NotNull @Valid OrderId orderId) {}
