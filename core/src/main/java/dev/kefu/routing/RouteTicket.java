package dev.kefu.routing;

import dev.kefu.Origin;
import dev.kefu.spi.ticket.TicketId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Routes an open ticket without an owner to an agent, or queues it when nobody can take it.
 *
 * @param origin who asks; a repeated request id returns the first outcome's effect
 * @param ticketId the ticket, open and unassigned
 */
public record RouteTicket(@NotNull @Valid Origin origin, @NotNull @Valid TicketId ticketId) {}
