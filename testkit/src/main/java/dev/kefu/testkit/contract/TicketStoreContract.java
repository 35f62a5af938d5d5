package dev.kefu.testkit.contract;

import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.store.Page;
import dev.kefu.spi.store.PageRequest;
import dev.kefu.spi.store.Storage;
import dev.kefu.spi.ticket.Ticket;
import dev.kefu.spi.ticket.TicketId;
import dev.kefu.spi.ticket.TicketKind;
import dev.kefu.spi.ticket.TicketQuery;
import dev.kefu.spi.ticket.TicketStatus;
import dev.kefu.spi.ticket.TicketStore;
import dev.kefu.testkit.generators.Gen;
import dev.kefu.testkit.generators.KefuGenerators;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;

/**
 * The contract of {@link TicketStore}: {@code find} returns the latest committed version and
 * nothing before the commit; {@code list} filters exactly as {@link TicketQuery#matcher()}, orders
 * exactly as {@link TicketQuery#ORDER} (opening time, then id), and pages without overlap or gap,
 * with the right {@code total} and {@code hasNext}. See {@link AggregateStoreContract} for every
 * test.
 *
 * <p>Extend it and return a fresh, empty {@link Storage} from {@link #newStorage()}; tickets are
 * written through its unit of work and read through its ticket store. The suite stores 50
 * generated tickets (a fixed seed) in shuffled id order, shared among four customers and three
 * agents and opened at only six different times, so that ties occur.
 */
@Tag("kefu-contract")
@DisplayName("TicketStore contract")
public abstract class TicketStoreContract extends AggregateStoreContract<Ticket, TicketQuery> {

  private static final List<CustomerId> CUSTOMERS =
      List.of(CustomerId.of("c-1"), CustomerId.of("c-2"), CustomerId.of("c-3"), CustomerId.of("c-4"));
  private static final List<StaffId> STAFF = List.of(StaffId.of("s-1"), StaffId.of("s-2"), StaffId.of("s-3"));
  private static final List<Instant> OPENED =
      IntStream.range(0, 6).mapToObj(h -> Fixtures.T0.plus(Duration.ofHours(h))).toList();
  private static final int TICKETS = 50;

  /** Creates the suite; JUnit calls it through the host's subclass. */
  protected TicketStoreContract() {}

  @Override
  final List<Ticket> generate(SplittableRandom random) {
    Gen<Ticket> tickets = KefuGenerators.tickets(Gen.pick(CUSTOMERS), Gen.pick(STAFF), Gen.pick(OPENED));
    return IntStream.rangeClosed(1, TICKETS)
        .mapToObj(n -> tickets.next(random).toBuilder().id(TicketId.of("t-%03d".formatted(n))).version(1).build())
        .toList();
  }

  @Override
  final Ticket nextVersion(Ticket ticket) {
    return Fixtures.nextVersion(ticket, "changed subject");
  }

  @Override
  final Optional<Ticket> find(Storage storage, String id) {
    return storage.tickets().find(TicketId.of(id));
  }

  @Override
  final Page<Ticket> list(Storage storage, TicketQuery query, PageRequest page) {
    return storage.tickets().list(query, page);
  }

  @Override
  final TicketQuery all() {
    return TicketQuery.all();
  }

  @Override
  final Predicate<Ticket> matcher(TicketQuery query) {
    return query.matcher();
  }

  @Override
  final Comparator<Ticket> order() {
    return TicketQuery.ORDER;
  }

  @Override
  final Map<String, TicketQuery> filters(List<Ticket> stored) {
    Map<String, TicketQuery> queries = new LinkedHashMap<>();
    for (CustomerId customer : CUSTOMERS) {
      queries.put("customer " + customer, TicketQuery.all().withCustomer(customer));
    }
    queries.put("status OPEN or ASSIGNED", TicketQuery.all().withStatuses(TicketStatus.OPEN, TicketStatus.ASSIGNED));
    queries.put("customer without tickets", TicketQuery.all().withCustomer(CustomerId.of("c-none")));
    for (StaffId owner : STAFF) {
      queries.put("owner " + owner, TicketQuery.all().withOwner(owner));
    }
    for (TicketStatus status : TicketStatus.values()) {
      queries.put("status " + status, TicketQuery.all().withStatuses(status));
    }
    queries.put("status RESOLVED or CLOSED", TicketQuery.all().withStatuses(TicketStatus.RESOLVED, TicketStatus.CLOSED));
    for (TicketKind kind : TicketKind.values()) {
      queries.put("kind " + kind, TicketQuery.all().withKind(kind));
    }
    queries.put("customer c-2, owner s-2, in progress or waiting", TicketQuery.all()
        .withCustomer(CUSTOMERS.get(1)).withOwner(STAFF.get(1))
        .withStatuses(TicketStatus.IN_PROGRESS, TicketStatus.WAITING_ON_CUSTOMER));
    queries.put("customer c-3, complaints", TicketQuery.all().withCustomer(CUSTOMERS.get(2)).withKind(TicketKind.COMPLAINT));
    return queries;
  }

  @Override
  final long seed() {
    return 0x5eed_0006L;
  }
}
