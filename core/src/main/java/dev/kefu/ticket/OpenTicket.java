package dev.kefu.ticket;

import dev.kefu.Origin;
import dev.kefu.spi.Channel;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.ticket.Priority;
import dev.kefu.spi.ticket.TicketKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Opens a ticket for a customer's matter (TK-1, TK-2). The first message is logged as the
 * ticket's first contact (TK-3).
 *
 * @param origin who opens it
 * @param customerId the customer; must be registered
 * @param kind what it is about
 * @param channel where it came in; must be a channel the shop has enabled
 * @param priority how urgent; null for normal
 * @param subject a one-line subject
 * @param firstMessage a summary of the customer's first message
 */
public record OpenTicket(
    @NotNull @Valid Origin origin,
    @NotNull @Valid CustomerId customerId,
    @NotNull TicketKind kind,
    @NotNull Channel channel,
    Priority priority,
    @NotBlank @Size(max = 200) String subject,
    @NotBlank @Size(max = 4000) String firstMessage) {

  /**
   * A ticket of normal priority.
   *
   * @param origin who opens it
   * @param customerId the customer
   * @param kind the kind
   * @param channel the channel
   * @param subject the subject
   * @param firstMessage the first message's summary
   * @return the command
   */
  public static OpenTicket of(
      Origin origin, CustomerId customerId, TicketKind kind, Channel channel, String subject, String firstMessage) {
    return new OpenTicket(origin, customerId, kind, channel, null, subject, firstMessage);
  }

  /**
   * @param value the priority
   * @return a copy with a priority
   */
  public OpenTicket withPriority(Priority value) {
    return new OpenTicket(origin, customerId, kind, channel, value, subject, firstMessage);
  }
}
