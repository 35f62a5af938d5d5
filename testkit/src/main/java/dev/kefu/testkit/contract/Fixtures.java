package dev.kefu.testkit.contract;

import dev.kefu.spi.Aggregate;
import dev.kefu.spi.customer.Customer;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.event.CustomerProfileUpdated;
import dev.kefu.spi.event.DomainEvent;
import dev.kefu.spi.event.EventMeta;
import dev.kefu.spi.event.TicketAssigned;
import dev.kefu.spi.notification.Notification;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.store.AggregateWrite;
import dev.kefu.spi.store.AppliedRequest;
import dev.kefu.spi.store.OutboxMessage;
import dev.kefu.spi.store.ScheduledWork;
import dev.kefu.spi.store.Storage;
import dev.kefu.spi.store.UnitOfWork;
import dev.kefu.spi.ticket.Ticket;
import dev.kefu.spi.ticket.TicketId;
import dev.kefu.testkit.generators.KefuGenerators;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Test data for the contract suites: realistic aggregates from the generators with the ids and
 * versions a test needs, and events, messages and due work for them. Deterministic: one seed per
 * suite. Not thread-safe; concurrent tests build their data before starting threads.
 */
final class Fixtures {

  /** The contract suites' "now": every time they pass is explicit and relative to this one. */
  static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");

  static final StaffId AGENT = StaffId.of("s-contract-agent");

  private final SplittableRandom random;

  Fixtures(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** A valid customer with the given id and version. */
  Customer customer(String id, long version) {
    return KefuGenerators.customers().next(random).toBuilder()
        .id(CustomerId.of(id))
        .version(version)
        .build();
  }

  /** A valid ticket with the given id and version. */
  Ticket ticket(String id, long version) {
    return KefuGenerators.tickets().next(random).toBuilder()
        .id(TicketId.of(id))
        .version(version)
        .build();
  }

  /** The next version of a ticket, with another subject so a reader can tell the versions apart. */
  static Ticket nextVersion(Ticket ticket, String subject) {
    return ticket.toBuilder().version(ticket.version() + 1).subject(subject).build();
  }

  /** The next version of a customer, in another region so a reader can tell the versions apart. */
  static Customer nextVersion(Customer customer, String region) {
    return customer.toBuilder().version(customer.version() + 1).region(region).build();
  }

  /** An event raised by the change that produced {@code aggregate}. */
  DomainEvent eventOf(Aggregate aggregate) {
    return eventOf(aggregate, KefuGenerators.uuids().next(random));
  }

  /** An event with a given id raised by the change that produced {@code aggregate}. */
  static DomainEvent eventOf(Aggregate aggregate, UUID eventId) {
    EventMeta meta = new EventMeta(eventId, T0, aggregate.aggregateType(), aggregate.aggregateId(), aggregate.version());
    if (aggregate instanceof Customer c) {
      return new CustomerProfileUpdated(meta, c.id(), List.of("region"));
    }
    if (aggregate instanceof Ticket t) {
      return new TicketAssigned(meta, t.id(), Optional.empty(), AGENT, AGENT);
    }
    throw new IllegalArgumentException("no event for " + aggregate.aggregateType());
  }

  /** The effect a due-work handler commits: an event on an aggregate of its own. */
  static DomainEvent effect(String aggregateId, UUID eventId, Instant at) {
    return new TicketAssigned(new EventMeta(eventId, at, Ticket.TYPE, aggregateId, 1), TicketId.of(aggregateId),
        Optional.empty(), AGENT, AGENT);
  }

  /** A message in a partition, written at {@code createdAt}. */
  OutboxMessage message(String partitionKey, Instant createdAt) {
    Notification notification = KefuGenerators.notifications().next(random);
    return new OutboxMessage(KefuGenerators.uuids().next(random), partitionKey, notification, createdAt);
  }

  static ScheduledWork due(String key, Instant dueAt) {
    return new ScheduledWork(key, "contract.timer", dueAt, Map.of("key", key));
  }

  static AppliedRequest applied(String key, Aggregate result) {
    return new AppliedRequest(key, "ContractCommand", result, T0);
  }

  /** Commits the creation of aggregates, each with an event. */
  void create(Storage storage, Aggregate... aggregates) {
    UnitOfWork.Builder unit = UnitOfWork.builder();
    for (Aggregate a : aggregates) {
      unit.addWrites(AggregateWrite.create(a)).addEvents(eventOf(a));
    }
    storage.unitOfWork().commit(unit.build());
  }

  /** Commits due work. */
  static void schedule(Storage storage, ScheduledWork... work) {
    storage.unitOfWork().commit(UnitOfWork.builder().addSchedule(work).build());
  }
}
