package dev.kefu.routing;

import dev.kefu.spi.ticket.TicketId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A ticket in the queue (TK-20).
 *
 * @param ticket the ticket
 * @param place its place, from 1
 * @param since when it started waiting
 * @param expectedWait the expected wait from now, if anyone on shift can serve it
 */
public record Waiting(TicketId ticket, int place, Instant since, Optional<Duration> expectedWait) {

  /**
   * Creates an entry.
   *
   * @throws NullPointerException if an argument is null
   */
  public Waiting {
    Objects.requireNonNull(ticket, "ticket");
    Objects.requireNonNull(since, "since");
    Objects.requireNonNull(expectedWait, "expectedWait");
  }
}
