package dev.kefu.quality;

import dev.kefu.Origin;
import dev.kefu.spi.order.OrderId;
import dev.kefu.spi.staff.StaffId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * QA verifies or dismisses a review's praise or criticism of a named agent (TK-18); only a
 * verified mention counts toward the agent. A mention is checked once.
 *
 * @param origin the QA
 * @param order the order whose review named the agent
 * @param agent the agent named
 * @param verified true to verify, false to dismiss
 */
public record VerifyMention(@NotNull @Valid Origin origin, @NotNull @Valid OrderId order, @NotNull @Valid StaffId agent,
    boolean verified) {}
