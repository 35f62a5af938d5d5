package dev.kefu.ticket;

import dev.kefu.Origin;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.ticket.TicketId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Gives a ticket an owner. Agents take tickets for themselves; leads give them to others (ST-1).
 * A VIP customer's ticket goes only to the VIP desk or a lead (CU-4).
 *
 * @param origin who assigns
 * @param ticketId the ticket
 * @param assignee the new owner
 */
public record AssignTicket(
    @NotNull @Valid Origin origin, @NotNull @Valid TicketId ticketId, @NotNull @Valid StaffId assignee) {}
