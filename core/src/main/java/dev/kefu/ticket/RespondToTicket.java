package dev.kefu.ticket;

import dev.kefu.Origin;
import dev.kefu.spi.ticket.TicketId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;

/**
 * The owner (or a lead) answers the customer; the answer is logged as a contact (TK-3).
 *
 * @param origin who answers
 * @param ticketId the ticket
 * @param summary what was said
 * @param messagesOut how many messages went out, at least 1
 * @param took how long the contact took; null for an instant answer
 */
public record RespondToTicket(
    @NotNull @Valid Origin origin,
    @NotNull @Valid TicketId ticketId,
    @NotBlank @Size(max = 4000) String summary,
    @Min(1) @Max(1000) int messagesOut,
    Duration took) {

  /**
   * One message out, no duration.
   *
   * @param origin who answers
   * @param ticketId the ticket
   * @param summary what was said
   * @return the command
   */
  public static RespondToTicket of(Origin origin, TicketId ticketId, String summary) {
    return new RespondToTicket(origin, ticketId, summary, 1, null);
  }
}
