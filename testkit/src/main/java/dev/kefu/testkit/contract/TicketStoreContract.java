package dev.kefu.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.store.AggregateWrite;
import dev.kefu.spi.store.PageRequest;
import dev.kefu.spi.store.Storage;
import dev.kefu.spi.store.UnitOfWork;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The contract of {@link TicketStore}: {@code find} returns the latest committed version and
 * nothing before the commit; {@code list} filters exactly as {@link TicketQuery#matcher()}, orders
 * exactly as {@link TicketQuery#ORDER} (opening time, then id), and pages without overlap or gap,
 * with the right {@code total} and {@code hasNext}.
 *
 * <p>Extend it and return a fresh, empty {@link Storage} from {@link #newStorage()}; tickets are
 * written through its unit of work and read through its ticket store. The suite stores 50
 * generated tickets (a fixed seed) in shuffled id order, shared among four customers and three
 * agents and opened at only six different times, so that ties occur.
 */
@Tag("kefu-contract")
@DisplayName("TicketStore contract")
public abstract class TicketStoreContract {

  private static final List<CustomerId> CUSTOMERS =
      List.of(CustomerId.of("c-1"), CustomerId.of("c-2"), CustomerId.of("c-3"), CustomerId.of("c-4"));
  private static final List<StaffId> STAFF = List.of(StaffId.of("s-1"), StaffId.of("s-2"), StaffId.of("s-3"));
  private static final List<Instant> OPENED =
      IntStream.range(0, 6).mapToObj(h -> Fixtures.T0.plus(Duration.ofHours(h))).toList();
  private static final int TICKETS = 50;

  private Storage storage;

  /** Creates the suite; JUnit calls it through the host's subclass. */
  protected TicketStoreContract() {}

  /**
   * A new, empty storage; called before every test.
   *
   * @return the storage under test, never null
   */
  protected abstract Storage newStorage();

  /** Creates the storage under test. Called by JUnit. */
  @BeforeEach
  public final void createStorage() {
    storage = Objects.requireNonNull(newStorage(), "newStorage() returned null");
  }

  /** Nothing is found before it is committed. */
  @Test
  @DisplayName("find returns empty for a ticket that was never committed")
  public void findIsEmptyBeforeCommit() {
    assertThat(storage.tickets().find(TicketId.of("t-001"))).isEmpty();
  }

  /** Every committed ticket comes back equal. */
  @Test
  @DisplayName("find returns every committed ticket exactly as it was written")
  public void findReturnsCommittedTickets() {
    for (Ticket t : seed()) {
      assertThat(storage.tickets().find(t.id())).as("find(%s)", t.id()).contains(t);
    }
  }

  /** The latest version wins. */
  @Test
  @DisplayName("find returns the latest committed version")
  public void findReturnsTheLatestVersion() {
    Ticket v1 = seed().get(0);
    Ticket v2 = Fixtures.nextVersion(v1, "changed subject");
    storage.unitOfWork().commit(UnitOfWork.builder().addWrites(AggregateWrite.update(v2)).build());

    assertThat(storage.tickets().find(v1.id())).contains(v2);
  }

  /** The default query lists everything in {@link TicketQuery#ORDER}. */
  @Test
  @DisplayName("list(all) returns every ticket, by opening time then id, with the right total")
  public void listAllInOrder() {
    List<Ticket> stored = seed();

    var page = storage.tickets().list(TicketQuery.all(), PageRequest.first(PageRequest.MAX_LIMIT));

    assertThat(page.items()).extracting(t -> t.id().value()).containsExactlyElementsOf(expectedIds(stored, TicketQuery.all()));
    assertThat(page.total()).isEqualTo(stored.size());
    assertThat(page.hasNext()).isFalse();
  }

  /**
   * Every filter selects as the reference matcher.
   *
   * @return one test per query
   */
  @TestFactory
  @DisplayName("list filters exactly as TicketQuery.matcher(): customer, owner, statuses, kind, combined")
  public Stream<DynamicTest> listFiltersAsTheMatcher() {
    List<Ticket> stored = seed();
    return queries().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
      List<String> expected = expectedIds(stored, e.getValue());
      var page = storage.tickets().list(e.getValue(), PageRequest.first(PageRequest.MAX_LIMIT));
      assertThat(page.items()).extracting(t -> t.id().value()).as("matching ids, in order")
          .containsExactlyElementsOf(expected);
      assertThat(page.total()).as("total").isEqualTo(expected.size());
    }));
  }

  /**
   * Pages never overlap or skip, whatever the page size.
   *
   * @return one test per query and page size
   */
  @TestFactory
  @DisplayName("pages never overlap or skip, and total and hasNext are right on every page")
  public Stream<DynamicTest> pagesNeverOverlapOrSkip() {
    List<Ticket> stored = seed();
    Map<String, TicketQuery> queries = new LinkedHashMap<>();
    queries.put("all", TicketQuery.all());
    queries.put("customer c-1", TicketQuery.all().withCustomer(CUSTOMERS.get(0)));
    queries.put("open or assigned", TicketQuery.all().withStatuses(TicketStatus.OPEN, TicketStatus.ASSIGNED));
    return queries.entrySet().stream().flatMap(e -> IntStream.of(1, 3, 8, 20).mapToObj(size ->
        DynamicTest.dynamicTest(e.getKey() + ", pages of " + size, () -> Paging.assertPagesWalk(
            e.getKey(), expectedIds(stored, e.getValue()), request -> storage.tickets().list(e.getValue(), request),
            t -> t.id().value(), size))));
  }

  private static Map<String, TicketQuery> queries() {
    Map<String, TicketQuery> queries = new LinkedHashMap<>();
    for (CustomerId customer : CUSTOMERS) {
      queries.put("customer " + customer, TicketQuery.all().withCustomer(customer));
    }
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

  private static List<String> expectedIds(List<Ticket> stored, TicketQuery query) {
    return stored.stream().filter(query.matcher()).sorted(TicketQuery.ORDER).map(t -> t.id().value()).toList();
  }

  /** Stores the suite's tickets, a few per unit of work, in shuffled id order. */
  private List<Ticket> seed() {
    SplittableRandom random = new SplittableRandom(0x5eed_0006L);
    Gen<Ticket> tickets = KefuGenerators.tickets(Gen.pick(CUSTOMERS), Gen.pick(STAFF), Gen.pick(OPENED));
    List<Integer> numbers = new ArrayList<>(IntStream.rangeClosed(1, TICKETS).boxed().toList());
    Collections.shuffle(numbers, new Random(random.nextLong()));
    List<Ticket> stored = new ArrayList<>();
    for (int n : numbers) {
      stored.add(tickets.next(random).toBuilder().id(TicketId.of("t-%03d".formatted(n))).version(1).build());
    }
    for (int from = 0; from < stored.size(); from += 6) {
      UnitOfWork.Builder unit = UnitOfWork.builder();
      stored.subList(from, Math.min(stored.size(), from + 6)).forEach(t -> unit.addWrites(AggregateWrite.create(t)));
      storage.unitOfWork().commit(unit.build());
    }
    return List.copyOf(stored);
  }
}
