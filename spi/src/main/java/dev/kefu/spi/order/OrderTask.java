package dev.kefu.spi.order;

import dev.kefu.spi.ticket.TicketId;
import dev.kefu.spi.ticket.TicketKind;
import java.time.Instant;
import java.util.Objects;

/**
 * Work kefu opened for an order: a ticket of a kind, under a rule, counted from the fact that
 * caused it.
 *
 * @param kind the ticket's kind
 * @param ticket the ticket
 * @param ruleId the rule that opened it, for example {@code TK-8}
 * @param from the occurrence its clock counts from
 */
public record OrderTask(TicketKind kind, TicketId ticket, String ruleId, Instant from) {

  /**
   * Creates a task.
   *
   * @throws NullPointerException if an argument is null
   */
  public OrderTask {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(ticket, "ticket");
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(from, "from");
  }
}
