package dev.kefu.ticket;

import dev.kefu.Origin;
import dev.kefu.spi.ticket.TicketId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Reopens a resolved ticket, for example when the customer says the problem is back.
 *
 * @param origin who reopens it
 * @param ticketId the ticket
 * @param reason why
 */
public record ReopenTicket(
    @NotNull @Valid Origin origin, @NotNull @Valid TicketId ticketId, @NotBlank @Size(max = 2000) String reason) {}
