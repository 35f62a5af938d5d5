package dev.kefu.order;

import dev.kefu.Origin;
import dev.kefu.spi.order.OrderId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The agent reached the buyer of a cash-on-delivery order about the surcharge (TK-8). The
 * confirmation ticket is answered and resolved; a refusal re-places the order as prepaid through
 * the order port.
 *
 * @param origin the agent
 * @param orderId the cash-on-delivery order
 * @param surchargeAccepted whether the buyer accepted the surcharge
 * @param note what was said
 */
public record ConfirmCashOnDelivery(@NotNull @Valid Origin origin, @NotNull @Valid OrderId orderId, boolean surchargeAccepted,
    @NotBlank @Size(max = 1000) String note) {}
