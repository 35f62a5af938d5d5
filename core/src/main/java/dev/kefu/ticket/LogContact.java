package dev.kefu.ticket;

import dev.kefu.Origin;
import dev.kefu.spi.Channel;
import dev.kefu.spi.ticket.TicketId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * Adds a contact to a ticket's log without changing its state (TK-3): a call, a follow-up, a
 * message from the customer, or a correction of an earlier entry (nothing is deleted; a
 * correction is a new entry that names the one it corrects).
 *
 * @param origin who logs it (the handler of the contact)
 * @param ticketId the ticket
 * @param start when the contact started
 * @param end when it ended; not before {@code start}, not in the future
 * @param channel the contact's channel
 * @param messagesIn messages from the customer
 * @param messagesOut messages to the customer
 * @param summary what was said
 * @param corrects the sequence of the entry this corrects, or null
 */
public record LogContact(
    @NotNull @Valid Origin origin,
    @NotNull @Valid TicketId ticketId,
    @NotNull Instant start,
    @NotNull Instant end,
    @NotNull Channel channel,
    @PositiveOrZero @Max(1000) int messagesIn,
    @PositiveOrZero @Max(1000) int messagesOut,
    @NotBlank @Size(max = 4000) String summary,
    @Min(1) Integer corrects) {}
