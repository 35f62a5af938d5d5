package dev.kefu.ticket;

import dev.kefu.Origin;
import dev.kefu.spi.ticket.TicketId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Closes a resolved ticket; it is read-only from then on.
 *
 * @param origin who closes it
 * @param ticketId the ticket
 */
public record CloseTicket(@NotNull @Valid Origin origin, @NotNull @Valid TicketId ticketId) {}
