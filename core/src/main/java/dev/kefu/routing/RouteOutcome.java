package dev.kefu.routing;

import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.ticket.TicketId;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a ticket went: to an agent, with the rule that chose them, or into the queue, with the
 * customer's place and expected wait (TK-20).
 *
 * @param ticket the ticket
 * @param agent the agent it went to; empty if it waits
 * @param ruleId the rule that decided: CU-4 (VIP desk), CU-7 (the customer's owner), TK-12 (even
 *     spread during a promotion), ST-13 (least loaded, leads at their share), TK-20 (queued)
 * @param place the place in the queue, from 1, if it waits
 * @param expectedWait the expected wait from the Erlang C model, if it waits and anyone on shift
 *     can serve it
 */
public record RouteOutcome(
    TicketId ticket, Optional<StaffId> agent, String ruleId, Optional<Integer> place, Optional<Duration> expectedWait) {

  /**
   * Creates an outcome.
   *
   * @throws NullPointerException if an argument is null
   */
  public RouteOutcome {
    Objects.requireNonNull(ticket, "ticket");
    Objects.requireNonNull(agent, "agent");
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(expectedWait, "expectedWait");
  }

  /** @return true if an agent took the ticket */
  public boolean isRouted() {
    return agent.isPresent();
  }
}
