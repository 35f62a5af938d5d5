package dev.kefu.ticket;

import dev.kefu.Origin;
import dev.kefu.spi.ticket.TicketId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The agent resolves the ticket; the customer is told.
 *
 * @param origin who resolves it
 * @param ticketId the ticket
 * @param resolution what was done, in short
 */
public record ResolveTicket(
    @NotNull @Valid Origin origin, @NotNull @Valid TicketId ticketId, @NotBlank @Size(max = 2000) String resolution) {}
