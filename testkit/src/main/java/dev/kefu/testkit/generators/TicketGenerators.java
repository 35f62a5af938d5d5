package dev.kefu.testkit.generators;

import static dev.kefu.testkit.generators.Values.after;
import static dev.kefu.testkit.generators.Values.oneIn;
import static dev.kefu.testkit.generators.Values.pick;

import dev.kefu.spi.Channel;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.ticket.ContactLogEntry;
import dev.kefu.spi.ticket.Priority;
import dev.kefu.spi.ticket.Ticket;
import dev.kefu.spi.ticket.TicketId;
import dev.kefu.spi.ticket.TicketKind;
import dev.kefu.spi.ticket.TicketStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/** Generators of tickets and their contact logs. */
final class TicketGenerators {

  private TicketGenerators() {}

  static TicketId ticketId(RandomGenerator random) {
    return TicketId.of("t-" + Values.uuid(random));
  }

  /** One entry with the given sequence, starting at or after {@code notBefore}. */
  static ContactLogEntry contactLogEntry(
      RandomGenerator random, int sequence, Instant notBefore, Channel channel, Gen<StaffId> staff) {
    Instant start = after(random, notBefore, Duration.ofHours(48));
    Instant end = after(random, start, Duration.ofMinutes(90));
    Optional<StaffId> handledBy = sequence == 1 && oneIn(random, 2) ? Optional.empty() : Optional.of(staff.next(random));
    Optional<Integer> corrects = sequence > 1 && oneIn(random, 8)
        ? Optional.of(random.nextInt(1, sequence))
        : Optional.empty();
    return new ContactLogEntry(sequence, handledBy, start, end, channel, random.nextInt(0, 20),
        random.nextInt(0, 20), pick(random, Values.PHRASES), corrects);
  }

  /**
   * A ticket that obeys its invariants and the lifecycle: a contact log numbered 1..n starting
   * at the opening, an owner unless it is open, a first response once in progress, resolution
   * and closing times exactly when resolved or closed, and an update time after everything.
   */
  static Ticket ticket(
      RandomGenerator random, Gen<CustomerId> customers, Gen<StaffId> staff, Gen<Instant> openedAt) {
    TicketStatus status = pick(random, List.of(TicketStatus.values()));
    Channel channel = pick(random, List.of(Channel.values()));
    Instant opened = openedAt.next(random);
    List<ContactLogEntry> log = new ArrayList<>();
    int entries = random.nextInt(1, 7);
    Instant cursor = opened;
    for (int sequence = 1; sequence <= entries; sequence++) {
      ContactLogEntry entry = contactLogEntry(random, sequence, sequence == 1 ? opened : cursor,
          sequence == 1 || oneIn(random, 2) ? channel : pick(random, List.of(Channel.values())), staff);
      log.add(entry);
      cursor = entry.end();
    }
    Optional<Instant> firstResponse = switch (status) {
      case OPEN, ASSIGNED -> Optional.empty();
      case IN_PROGRESS, WAITING_ON_CUSTOMER -> Optional.of(after(random, opened, Duration.ofHours(8)));
      case RESOLVED, CLOSED -> oneIn(random, 4) ? Optional.empty() : Optional.of(after(random, opened, Duration.ofHours(8)));
    };
    cursor = latest(cursor, firstResponse.orElse(opened));
    Optional<Instant> resolved = Optional.empty();
    Optional<Instant> closed = Optional.empty();
    if (status == TicketStatus.RESOLVED || status == TicketStatus.CLOSED) {
      resolved = Optional.of(after(random, cursor, Duration.ofDays(3)));
      cursor = resolved.get();
    }
    if (status == TicketStatus.CLOSED) {
      closed = Optional.of(after(random, cursor, Duration.ofDays(7)));
      cursor = closed.get();
    }
    return Ticket.builder()
        .id(ticketId(random))
        .customer(customers.next(random))
        .kind(pick(random, List.of(TicketKind.values())))
        .channel(channel)
        .priority(pick(random, List.of(Priority.values())))
        .status(status)
        .owner(status == TicketStatus.OPEN ? Optional.empty() : Optional.of(staff.next(random)))
        .subject(pick(random, Values.PHRASES))
        .openedAt(opened)
        .firstRespondedAt(firstResponse)
        .resolvedAt(resolved)
        .closedAt(closed)
        .updatedAt(after(random, cursor, Duration.ofHours(1)))
        .contactLog(log)
        .version(random.nextLong(entries, entries + 8L))
        .build();
  }

  private static Instant latest(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
