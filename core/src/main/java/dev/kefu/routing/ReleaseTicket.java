package dev.kefu.routing;

import dev.kefu.Origin;
import dev.kefu.spi.ticket.TicketId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Frees the capacity a ticket holds — call it when the ticket is resolved or closed, or a call
 * ends — and takes it out of the queue if it waits there. Waiting tickets are then routed to the
 * freed capacity, oldest first.
 *
 * @param origin who releases
 * @param ticketId the ticket
 */
public record ReleaseTicket(@NotNull @Valid Origin origin, @NotNull @Valid TicketId ticketId) {}
