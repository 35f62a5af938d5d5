package dev.kefu.spi.routing;

import dev.kefu.spi.Aggregate;
import dev.kefu.spi.Channel;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.ticket.TicketId;
import dev.kefu.spi.ticket.TicketKind;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A ticket that found no eligible agent and waits in the shared queue (TK-20), drained oldest
 * first. Written through the unit of work, so every instance sees one queue; an entry is never
 * deleted, it leaves the queue by its next version being {@link Status#ROUTED} or
 * {@link Status#WITHDRAWN}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param ticket the waiting ticket
 * @param customer its customer
 * @param kind its kind, for the skill it needs
 * @param channel its channel, for the capacity it takes
 * @param vip whether the customer is VIP (CU-4: the VIP desk serves them)
 * @param queuedAt when it started waiting; the queue is ordered by it, then by ticket id
 * @param status where it stands
 * @param routedTo the agent it went to, once routed
 * @param version 1 when queued
 */
public record QueuedTicket(
    TicketId ticket, CustomerId customer, TicketKind kind, Channel channel, boolean vip, Instant queuedAt,
    Status status, Optional<StaffId> routedTo, long version) implements Aggregate {

  /** The aggregate type name of queue entries. */
  public static final String TYPE = "queued-ticket";

  /** Where a queue entry stands. */
  public enum Status {
    /** Waiting for an agent. */
    WAITING,
    /** Given to an agent. */
    ROUTED,
    /** Left the queue without routing: resolved, closed or assigned by hand meanwhile. */
    WITHDRAWN
  }

  /**
   * Creates an entry.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the version is below 1, or a routed entry names no agent
   */
  public QueuedTicket {
    Objects.requireNonNull(ticket, "ticket");
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(queuedAt, "queuedAt");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(routedTo, "routedTo");
    if (version < 1) {
      throw new IllegalArgumentException("queue entry version must be at least 1, was " + version);
    }
    if ((status == Status.ROUTED) != routedTo.isPresent()) {
      throw new IllegalArgumentException("a routed entry, and only a routed one, names its agent");
    }
  }

  /** @return true while it waits */
  public boolean isWaiting() {
    return status == Status.WAITING;
  }

  /**
   * The next version, routed to an agent.
   *
   * @param agent the agent
   * @return the next version
   */
  public QueuedTicket routed(StaffId agent) {
    return new QueuedTicket(ticket, customer, kind, channel, vip, queuedAt, Status.ROUTED, Optional.of(agent), version + 1);
  }

  /**
   * The next version, waiting again from a later instant: the ticket was handed over and nobody
   * could take it.
   *
   * @param at when it started waiting again
   * @return the next version
   */
  public QueuedTicket requeued(Instant at) {
    return new QueuedTicket(ticket, customer, kind, channel, vip, at, Status.WAITING, Optional.empty(), version + 1);
  }

  /** @return the next version, withdrawn */
  public QueuedTicket withdrawn() {
    return new QueuedTicket(ticket, customer, kind, channel, vip, queuedAt, Status.WITHDRAWN, Optional.empty(), version + 1);
  }

  @Override
  public String aggregateType() {
    return TYPE;
  }

  @Override
  public String aggregateId() {
    return ticket.value();
  }
}
