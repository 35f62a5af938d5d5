package dev.kefu.routing;

import dev.kefu.Origin;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.ticket.TicketId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;

/**
 * Attributes an order's sale to the agents who served it (TK-11): by their share of the
 * conversation — half by messages sent, half by time spent — unless the shop manager decides the
 * shares.
 *
 * @param origin who asks; a decision needs the shop manager (or above)
 * @param tickets the order's tickets, whose contact logs count
 * @param decidedPercent the shop manager's shares in percent, summing to 100; empty to attribute
 *     by the conversation
 */
public record AttributeSale(
    @NotNull @Valid Origin origin, @NotEmpty List<@NotNull @Valid TicketId> tickets,
    @NotNull Map<@NotNull @Valid StaffId, @NotNull Integer> decidedPercent) {}
