package dev.kefu.order;

import dev.kefu.spi.order.Order;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.ticket.Ticket;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An agent's worklist at the start of a shift (TK-16).
 *
 * @param agent the agent
 * @param at when it was drawn up
 * @param unanswered the agent's open tickets whose customer still waits for a first answer
 * @param unpaidOrders unpaid orders to chase: those the agent took, and those of customers the
 *     agent owns
 * @param negativeReviews the agent's negative-review follow-ups in progress
 */
public record Worklist(StaffId agent, Instant at, List<Ticket> unanswered, List<Order> unpaidOrders,
    List<Ticket> negativeReviews) {

  /** Creates a worklist; the lists are copied. */
  public Worklist {
    Objects.requireNonNull(agent, "agent");
    Objects.requireNonNull(at, "at");
    unanswered = List.copyOf(unanswered);
    unpaidOrders = List.copyOf(unpaidOrders);
    negativeReviews = List.copyOf(negativeReviews);
  }

  /** @return true if there is nothing on it */
  public boolean isEmpty() {
    return unanswered.isEmpty() && unpaidOrders.isEmpty() && negativeReviews.isEmpty();
  }
}
