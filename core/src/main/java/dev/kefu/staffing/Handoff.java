package dev.kefu.staffing;

import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.ticket.TicketId;
import java.util.Objects;

/**
 * One piece of open work handed over at a shift change (ST-2).
 *
 * @param ticket the ticket
 * @param from the leaving agent
 * @param to the incoming agent who owns it now
 */
public record Handoff(TicketId ticket, StaffId from, StaffId to) {

  /**
   * Creates a handoff.
   *
   * @throws NullPointerException if an argument is null
   */
  public Handoff {
    Objects.requireNonNull(ticket, "ticket");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }
}
