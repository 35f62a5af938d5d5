package dev.kefu.testkit.contract;

import static dev.kefu.testkit.contract.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import dev.kefu.spi.customer.Customer;
import dev.kefu.spi.event.DomainEvent;
import dev.kefu.spi.event.StoredEvent;
import dev.kefu.spi.store.AggregateWrite;
import dev.kefu.spi.store.DueCompletion;
import dev.kefu.spi.store.DueItem;
import dev.kefu.spi.store.OutboxEntry;
import dev.kefu.spi.store.OutboxMessage;
import dev.kefu.spi.store.PageRequest;
import dev.kefu.spi.store.ScheduledWork;
import dev.kefu.spi.store.StaleVersionException;
import dev.kefu.spi.store.StaleWrite;
import dev.kefu.spi.store.Storage;
import dev.kefu.spi.store.UnitOfWork;
import dev.kefu.spi.ticket.Ticket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link dev.kefu.spi.store.UnitOfWorkCommitter}: a unit of work commits all or
 * nothing; versions are optimistic (a create expects version 0, an update the stored version); a
 * stale unit is rejected as a whole with a {@link StaleVersionException} that names every stale
 * part; committed events are read back in commit order; and of two concurrent commits that
 * expect the same version exactly one wins.
 *
 * <p>Extend it and return a fresh, empty {@link Storage} from {@link #newStorage()}. The suite
 * reads what it committed through the storage's other ports (stores, event log, outbox, due work,
 * inbound keys), so they must be wired to the same backend.
 *
 * <p><b>Threading:</b> the concurrency test commits from two threads at once; everything else
 * runs on JUnit's thread. No test reads the clock or sleeps.
 */
@Tag("kefu-contract")
@DisplayName("UnitOfWork contract")
public abstract class UnitOfWorkContract {

  private Storage storage;
  private Fixtures fixtures;
  private ExecutorService threads;

  /** Creates the suite; JUnit calls it through the host's subclass. */
  protected UnitOfWorkContract() {}

  /**
   * A new, empty storage; called before every test.
   *
   * @return the storage under test, never null
   */
  protected abstract Storage newStorage();

  /**
   * How many rounds the concurrency test runs; override to run more (or fewer) on a slow store.
   *
   * @return the number of rounds, at least 1; 50 by default
   */
  protected int concurrentRounds() {
    return 50;
  }

  /** Creates the storage under test. Called by JUnit. */
  @BeforeEach
  public final void createStorage() {
    storage = Objects.requireNonNull(newStorage(), "newStorage() returned null");
    fixtures = new Fixtures(0x5eed_0001L);
    threads = Executors.newFixedThreadPool(2);
  }

  /** Stops the threads of the concurrency test. Called by JUnit. */
  @AfterEach
  public final void stopThreads() {
    threads.shutdownNow();
  }

  /** A committed unit is visible as a whole through every port. */
  @Test
  @DisplayName("a committed unit of work is visible as a whole: aggregates, events, outbox, due work, inbound key")
  public void committedUnitIsVisible() {
    Customer customer = fixtures.customer("c-1", 1);
    Ticket ticket = fixtures.ticket("t-1", 1);
    DomainEvent first = fixtures.eventOf(customer);
    DomainEvent second = fixtures.eventOf(ticket);
    OutboxMessage message = fixtures.message("CUSTOMER:c-1", T0);
    ScheduledWork work = Fixtures.due("sla:t-1", T0.plus(Duration.ofHours(4)));

    commit(UnitOfWork.builder()
        .addWrites(AggregateWrite.create(customer), AggregateWrite.create(ticket))
        .addEvents(first, second)
        .addOutbox(message)
        .addSchedule(work)
        .addInboundKeys(Fixtures.applied("req-1", ticket))
        .build());

    assertThat(storage.customers().find(customer.id())).as("customer").contains(customer);
    assertThat(storage.tickets().find(ticket.id())).as("ticket").contains(ticket);
    assertThat(allEvents()).as("event log").extracting(StoredEvent::event).containsExactly(first, second);
    assertThat(storage.eventLog().eventsOf(Customer.TYPE, "c-1")).as("events of c-1").containsExactly(first);
    assertThat(pending()).as("pending outbox").extracting(OutboxEntry::message).containsExactly(message);
    assertThat(storage.dueWork().scheduled("sla:t-1")).as("due work").hasValueSatisfying(item -> {
      assertThat(item.kind()).isEqualTo(work.kind());
      assertThat(item.dueAt()).isEqualTo(work.dueAt());
      assertThat(item.attributes()).isEqualTo(work.attributes());
    });
    assertThat(storage.inboundKeys().lookup("req-1")).as("inbound key").isPresent();
  }

  /** Creating an aggregate that exists is stale. */
  @Test
  @DisplayName("a create expects version 0: creating an aggregate that exists is stale and changes nothing")
  public void createExpectsVersionZero() {
    Customer original = fixtures.customer("c-1", 1);
    fixtures.create(storage, original);
    Customer duplicate = fixtures.customer("c-1", 1);

    StaleVersionException e = commitStale(UnitOfWork.builder().addWrites(AggregateWrite.create(duplicate)).build());

    assertThat(e.staleWrites()).containsExactly(new StaleWrite(Customer.TYPE, "c-1", 0, 1));
    assertThat(storage.customers().find(original.id())).contains(original);
  }

  /** Updating an aggregate that does not exist is stale. */
  @Test
  @DisplayName("an update of an aggregate that was never created is stale and creates nothing")
  public void updateOfMissingAggregateIsStale() {
    Ticket ticket = fixtures.ticket("t-1", 2);

    StaleVersionException e = commitStale(UnitOfWork.builder().addWrites(AggregateWrite.update(ticket)).build());

    assertThat(e.staleWrites()).containsExactly(new StaleWrite(Ticket.TYPE, "t-1", 1, 0));
    assertThat(storage.tickets().find(ticket.id())).isEmpty();
  }

  /** An update must name the stored version. */
  @Test
  @DisplayName("an update needs the stored version: the right one commits, an older one is stale")
  public void updateNeedsTheStoredVersion() {
    Ticket v1 = fixtures.ticket("t-1", 1);
    fixtures.create(storage, v1);
    Ticket v2 = Fixtures.nextVersion(v1, "second");
    commit(UnitOfWork.builder().addWrites(AggregateWrite.update(v2)).build());
    assertThat(storage.tickets().find(v1.id())).as("after the update").contains(v2);

    Ticket lateV2 = Fixtures.nextVersion(v1, "a late writer");
    StaleVersionException e = commitStale(UnitOfWork.builder().addWrites(AggregateWrite.update(lateV2)).build());

    assertThat(e.staleWrites()).containsExactly(new StaleWrite(Ticket.TYPE, "t-1", 1, 2));
    assertThat(storage.tickets().find(v1.id())).as("after the stale update").contains(v2);
  }

  /** Every stale aggregate is named, and nothing of the unit is written. */
  @Test
  @DisplayName("a stale unit names every stale aggregate and writes nothing: no aggregate, event, message, due item or inbound key")
  public void staleUnitNamesEveryStaleAggregateAndWritesNothing() {
    Customer customer = fixtures.customer("c-1", 1);
    Ticket ticket = fixtures.ticket("t-1", 1);
    fixtures.create(storage, customer, ticket);
    Customer customerV2 = Fixtures.nextVersion(customer, "Shanghai");
    Ticket ticketV2 = Fixtures.nextVersion(ticket, "second");
    commit(UnitOfWork.builder()
        .addWrites(AggregateWrite.update(customerV2), AggregateWrite.update(ticketV2))
        .build());
    List<StoredEvent> eventsBefore = allEvents();

    Customer fresh = fixtures.customer("c-2", 1);
    UnitOfWork stale = UnitOfWork.builder()
        .addWrites(
            AggregateWrite.update(Fixtures.nextVersion(customer, "Beijing")),
            AggregateWrite.update(Fixtures.nextVersion(ticket, "stale")),
            AggregateWrite.create(fresh))
        .addEvents(fixtures.eventOf(customerV2), fixtures.eventOf(fresh))
        .addOutbox(fixtures.message("CUSTOMER:c-2", T0))
        .addSchedule(Fixtures.due("revisit:c-2", T0))
        .addInboundKeys(Fixtures.applied("req-stale", fresh))
        .build();
    StaleVersionException e = commitStale(stale);

    assertThat(e.staleWrites()).as("stale parts").containsExactlyInAnyOrder(
        new StaleWrite(Customer.TYPE, "c-1", 1, 2), new StaleWrite(Ticket.TYPE, "t-1", 1, 2));
    assertThat(storage.customers().find(fresh.id())).as("the fresh aggregate").isEmpty();
    assertThat(storage.customers().find(customer.id())).as("stale customer").contains(customerV2);
    assertThat(storage.tickets().find(ticket.id())).as("stale ticket").contains(ticketV2);
    assertThat(allEvents()).as("event log").isEqualTo(eventsBefore);
    assertThat(storage.eventLog().eventsOf(Customer.TYPE, "c-2")).as("events of the fresh aggregate").isEmpty();
    assertThat(pending()).as("outbox").isEmpty();
    assertThat(storage.dueWork().scheduled("revisit:c-2")).as("due work").isEmpty();
    assertThat(storage.inboundKeys().lookup("req-stale")).as("inbound key").isEmpty();
  }

  /** Stale due completions and taken inbound keys are named beside stale aggregates. */
  @Test
  @DisplayName("a stale unit names every kind of stale part: aggregate, due completion and inbound key")
  public void staleUnitNamesEveryKindOfStalePart() {
    Customer customer = fixtures.customer("c-1", 1);
    fixtures.create(storage, customer);
    commit(UnitOfWork.builder()
        .addSchedule(Fixtures.due("sla:t-9", T0))
        .addInboundKeys(Fixtures.applied("req-1", customer))
        .build());
    DueItem scheduled = storage.dueWork().scheduled("sla:t-9").orElseThrow();
    long wrongToken = scheduled.token() + 1_000_003;

    StaleVersionException e = commitStale(UnitOfWork.builder()
        .addWrites(AggregateWrite.create(fixtures.customer("c-1", 1)))
        .addComplete(new DueCompletion("sla:t-9", wrongToken))
        .addInboundKeys(Fixtures.applied("req-1", customer))
        .build());

    assertThat(e.staleWrites()).extracting(StaleWrite::type, StaleWrite::id).containsExactlyInAnyOrder(
        tuple(Customer.TYPE, "c-1"),
        tuple(StaleWrite.DUE_WORK, "sla:t-9"),
        tuple(StaleWrite.INBOUND_KEY, "req-1"));
    assertThat(e.isInboundKeyTaken("req-1")).as("isInboundKeyTaken").isTrue();
    assertThat(storage.dueWork().scheduled("sla:t-9")).as("the due item stays").isPresent();
  }

  /** Events come back in commit order with growing positions. */
  @Test
  @DisplayName("events are read back in commit order, positions grow, readAfter pages, eventsOf filters")
  public void eventsAreReadInCommitOrder() {
    Customer c1 = fixtures.customer("c-1", 1);
    Ticket t1 = fixtures.ticket("t-1", 1);
    Ticket t1v2 = Fixtures.nextVersion(t1, "second");
    List<DomainEvent> committed = new ArrayList<>();
    DomainEvent e1 = fixtures.eventOf(c1);
    DomainEvent e2 = fixtures.eventOf(t1);
    commit(UnitOfWork.builder().addWrites(AggregateWrite.create(c1), AggregateWrite.create(t1)).addEvents(e1, e2).build());
    DomainEvent e3 = fixtures.eventOf(t1v2);
    commit(UnitOfWork.builder().addWrites(AggregateWrite.update(t1v2)).addEvents(e3).build());
    DomainEvent e4 = fixtures.eventOf(t1v2);
    DomainEvent e5 = fixtures.eventOf(c1);
    commit(UnitOfWork.builder().addEvents(e4, e5).build());
    committed.addAll(List.of(e1, e2, e3, e4, e5));

    List<StoredEvent> all = allEvents();
    assertThat(all).extracting(StoredEvent::event).containsExactlyElementsOf(committed);
    assertThat(all).extracting(StoredEvent::position).isSorted().doesNotHaveDuplicates().allMatch(p -> p >= 1);
    assertThat(storage.eventLog().readAfter(all.get(1).position(), 2)).as("readAfter the second, 2")
        .containsExactly(all.get(2), all.get(3));
    assertThat(storage.eventLog().readAfter(all.get(4).position(), 10)).as("readAfter the last").isEmpty();
    assertThat(storage.eventLog().eventsOf(Ticket.TYPE, "t-1")).as("eventsOf t-1").containsExactly(e2, e3, e4);
    assertThat(storage.eventLog().eventsOf(Customer.TYPE, "c-1")).as("eventsOf c-1").containsExactly(e1, e5);
    assertThat(storage.eventLog().eventsOf(Ticket.TYPE, "t-unknown")).as("eventsOf an unknown ticket").isEmpty();
  }

  /**
   * Of two concurrent commits expecting one version, exactly one wins.
   *
   * @throws Exception if a thread is interrupted, times out at the start gate or fails unexpectedly
   */
  @Test
  @Tag("concurrency")
  @DisplayName("two threads committing the same version at once: exactly one wins, the other gets StaleVersionException")
  public void concurrentCommitsOfOneVersion() throws Exception {
    Ticket current = fixtures.ticket("t-race", 1);
    fixtures.create(storage, current);
    int rounds = concurrentRounds();
    for (int round = 1; round <= rounds; round++) {
      Ticket byA = Fixtures.nextVersion(current, "A" + round);
      Ticket byB = Fixtures.nextVersion(current, "B" + round);
      CyclicBarrier startGate = new CyclicBarrier(2);
      Future<String> a = threads.submit(racer(startGate, byA, "A"));
      Future<String> b = threads.submit(racer(startGate, byB, "B"));
      List<String> outcomes = List.of(a.get(30, TimeUnit.SECONDS), b.get(30, TimeUnit.SECONDS));

      assertThat(outcomes).as("round %d outcomes", round).filteredOn(o -> o.startsWith("won")).hasSize(1);
      assertThat(outcomes).as("round %d outcomes", round).filteredOn(o -> o.equals("stale")).hasSize(1);
      Ticket winner = outcomes.contains("won A") ? byA : byB;
      assertThat(storage.tickets().find(current.id())).as("stored after round %d", round).contains(winner);
      current = winner;
    }
    assertThat(storage.eventLog().eventsOf(Ticket.TYPE, "t-race")).as("one event per winning commit").hasSize(rounds + 1);
  }

  private Callable<String> racer(CyclicBarrier startGate, Ticket next, String name) {
    DomainEvent event = fixtures.eventOf(next);
    UnitOfWork unit = UnitOfWork.builder().addWrites(AggregateWrite.update(next)).addEvents(event).build();
    return () -> {
      startGate.await(30, TimeUnit.SECONDS);
      try {
        storage.unitOfWork().commit(unit);
        return "won " + name;
      } catch (StaleVersionException e) {
        return "stale";
      }
    };
  }

  private void commit(UnitOfWork unit) {
    storage.unitOfWork().commit(unit);
  }

  private StaleVersionException commitStale(UnitOfWork unit) {
    StaleVersionException e = catchThrowableOfType(StaleVersionException.class, () -> commit(unit));
    assertThat(e).as("commit must throw StaleVersionException").isNotNull();
    return e;
  }

  private List<StoredEvent> allEvents() {
    return storage.eventLog().readAfter(0, PageRequest.MAX_LIMIT);
  }

  private List<OutboxEntry> pending() {
    return storage.outbox().list(OutboxEntry.Status.PENDING, PageRequest.first(PageRequest.MAX_LIMIT)).items();
  }
}
