package dev.kefu.ticket;

import dev.kefu.Origin;
import dev.kefu.spi.ticket.TicketId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * The agent now waits for the customer (for photos, an address, a decision).
 *
 * @param origin who waits
 * @param ticketId the ticket
 */
public record AwaitCustomer(@NotNull @Valid Origin origin, @NotNull @Valid TicketId ticketId) {}
