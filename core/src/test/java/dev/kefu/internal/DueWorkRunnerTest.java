package dev.kefu.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.memory.InMemoryStorage;
import dev.kefu.spi.Channel;
import dev.kefu.spi.IdSource;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.event.EventMeta;
import dev.kefu.spi.event.TicketAwaitingCustomer;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.store.AggregateWrite;
import dev.kefu.spi.store.DueItem;
import dev.kefu.spi.store.ScheduledWork;
import dev.kefu.spi.store.UnitOfWork;
import dev.kefu.spi.store.UnitOfWorkCommitter;
import dev.kefu.spi.ticket.Priority;
import dev.kefu.spi.ticket.Ticket;
import dev.kefu.spi.ticket.TicketId;
import dev.kefu.spi.ticket.TicketKind;
import dev.kefu.spi.ticket.TicketStatus;
import dev.kefu.test.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** How the due-work runner commits the items of isolated handlers together, and when it does not. */
class DueWorkRunnerTest {

  private static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");
  private static final String KIND = "test.bump";

  private final MutableClock clock = new MutableClock(T0);
  private final InMemoryStorage storage = new InMemoryStorage();
  private final List<UnitOfWork> commits = new ArrayList<>();

  /** The wiring the runner reads: the store's ports, a clock, a batch size; the rest is unused. */
  private Settings settings(UnitOfWorkCommitter committer) {
    return new Settings(clock, IdSource.seeded(1), Currency.getInstance("CNY"), Optional.empty(), ZoneOffset.UTC,
        Locale.ENGLISH, Set.of(), storage.customers(), storage.tickets(), storage.complaints(), storage.revisits(), storage.slaClocks(), committer,
        storage.dueWork(), storage.outbox(), storage.inboundKeys(), storage.eventLog(), null, null, null, null, null,
        Map.of(), null, "test", Duration.ofMinutes(5), 3, 100, LocalTime.MIDNIGHT);
  }

  private UnitOfWorkCommitter recording() {
    return unit -> {
      storage.unitOfWork().commit(unit);
      commits.add(unit);
    };
  }

  private static Ticket ticket(String id) {
    return Ticket.builder().id(TicketId.of(id)).customer(CustomerId.of("c")).kind(TicketKind.AFTER_SALE)
        .channel(Channel.EMAIL).priority(Priority.NORMAL).status(TicketStatus.OPEN).subject("s").openedAt(T0)
        .updatedAt(T0).version(1).build();
  }

  /** A handler that writes the next version of the ticket named by the item, with an event: it reads what it writes. */
  private DueWorkRunner.Handler bump(AtomicInteger runs) {
    return (item, now) -> {
      runs.incrementAndGet();
      Ticket t = storage.tickets().find(TicketId.of(item.attributes().get("ticket"))).orElseThrow();
      Ticket next = t.toBuilder().version(t.version() + 1).updatedAt(now).build();
      return UnitOfWork.builder().addWrites(AggregateWrite.update(next)).addEvents(new TicketAwaitingCustomer(
          new EventMeta(java.util.UUID.randomUUID(), now, Ticket.TYPE, next.aggregateId(), next.version()), next.id(),
          StaffId.of("a")));
    };
  }

  private void schedule(String key, String ticket) {
    storage.unitOfWork().commit(UnitOfWork.builder()
        .addSchedule(new ScheduledWork(key, KIND, T0, Map.of("ticket", ticket))).build());
  }

  private void createTickets(String... ids) {
    UnitOfWork.Builder b = UnitOfWork.builder();
    for (String id : ids) {
      b.addWrites(AggregateWrite.create(ticket(id)));
    }
    storage.unitOfWork().commit(b.build());
  }

  private long version(String ticket) {
    return storage.tickets().find(TicketId.of(ticket)).orElseThrow().version();
  }

  @Test
  @DisplayName("the items of an isolated handler claimed in one batch commit as one unit of work")
  void oneUnitPerBatch() {
    createTickets("t1", "t2", "t3");
    schedule("k1", "t1");
    schedule("k2", "t2");
    schedule("k3", "t3");
    AtomicInteger runs = new AtomicInteger();
    DueWorkRunner runner = new DueWorkRunner(settings(recording()), Map.of(KIND, DueWorkRunner.Handler.isolated(bump(runs))), List.of());

    assertThat(runner.runDue()).isEqualTo(3);

    assertThat(commits).hasSize(1);
    assertThat(commits.get(0).complete()).hasSize(3);
    assertThat(List.of(version("t1"), version("t2"), version("t3"))).containsOnly(2L);
    assertThat(runs).hasValue(3);
    assertThat(storage.dueWork().nextDueAt()).isEmpty();
  }

  @Test
  @DisplayName("a handler that is not isolated commits item by item, as before")
  void notIsolated() {
    createTickets("t1", "t2");
    schedule("k1", "t1");
    schedule("k2", "t2");
    DueWorkRunner runner = new DueWorkRunner(settings(recording()), Map.of(KIND, bump(new AtomicInteger())), List.of());

    assertThat(runner.runDue()).isEqualTo(2);

    assertThat(commits).hasSize(2);
  }

  @Test
  @DisplayName("an item that writes what the batch already writes is handled again after the batch commits, and sees its effects")
  void overlappingItemsRunAfterTheBatch() {
    createTickets("t1", "t2");
    schedule("k1", "t1");
    schedule("k2", "t1"); // the same ticket
    schedule("k3", "t2");
    AtomicInteger runs = new AtomicInteger();
    DueWorkRunner runner = new DueWorkRunner(settings(recording()), Map.of(KIND, DueWorkRunner.Handler.isolated(bump(runs))), List.of());

    assertThat(runner.runDue()).isEqualTo(3);

    assertThat(version("t1")).as("both bumps of t1 committed").isEqualTo(3);
    assertThat(version("t2")).isEqualTo(2);
    assertThat(runs).as("k2 ran twice: once against the batch's snapshot, once after it").hasValue(4);
    assertThat(commits).extracting(u -> u.complete().size()).containsExactly(1, 2);
  }

  @Test
  @DisplayName("a batch that is stale as a whole commits item by item: the others once each, the stale one when it is claimed again")
  void staleBatchFallsBackToItemByItem() {
    createTickets("t1", "t2", "t3");
    schedule("k1", "t1");
    schedule("k2", "t2");
    schedule("k3", "t3");
    AtomicInteger runs = new AtomicInteger();
    boolean[] interfered = {false};
    UnitOfWorkCommitter interfering = unit -> {
      if (!interfered[0] && unit.complete().size() > 1) {
        interfered[0] = true; // another instance reschedules k2 just before the batch commits
        schedule("k2", "t2");
      }
      recording().commit(unit);
    };
    DueWorkRunner runner = new DueWorkRunner(settings(interfering), Map.of(KIND, DueWorkRunner.Handler.isolated(bump(runs))), List.of());

    assertThat(runner.runDue()).isEqualTo(3);

    assertThat(List.of(version("t1"), version("t2"), version("t3"))).as("each effect once").containsOnly(2L);
    assertThat(commits).extracting(u -> u.complete().get(0).key()).containsExactly("k1", "k3", "k2");
    assertThat(storage.eventLog().readAfter(0, 100)).hasSize(3);
    assertThat(storage.dueWork().nextDueAt()).isEmpty();
  }

  @Test
  @DisplayName("a handler that throws leaves its item claimed and does not stop the batch")
  void failingHandler() {
    createTickets("t1", "t3");
    schedule("k1", "t1");
    schedule("k2", "missing");
    schedule("k3", "t3");
    DueWorkRunner runner = new DueWorkRunner(settings(recording()),
        Map.of(KIND, DueWorkRunner.Handler.isolated(bump(new AtomicInteger()))), List.of());

    assertThat(runner.runDue()).isEqualTo(2);

    assertThat(List.of(version("t1"), version("t3"))).containsOnly(2L);
    Optional<DueItem> k2 = storage.dueWork().scheduled("k2");
    assertThat(k2).hasValueSatisfying(i -> assertThat(i.claimedBy()).contains("test"));
  }

  /** The bump as a writer: it writes straight into the batch, and throws after writing for a ticket named "boom". */
  private DueWorkRunner.Writer bumpInto(AtomicInteger runs) {
    return (item, now, batch) -> {
      runs.incrementAndGet();
      String id = item.attributes().get("ticket");
      Ticket t = storage.tickets().find(TicketId.of(id.equals("boom") ? "t2" : id)).orElseThrow();
      Ticket next = t.toBuilder().version(t.version() + 1).updatedAt(now).build();
      batch.write(AggregateWrite.update(next));
      batch.event(new TicketAwaitingCustomer(
          new EventMeta(java.util.UUID.randomUUID(), now, Ticket.TYPE, next.aggregateId(), next.version()), next.id(),
          StaffId.of("a")));
      if (id.equals("boom")) {
        throw new IllegalStateException("after writing");
      }
    };
  }

  @Test
  @DisplayName("a writer writes into the batch's unit; what a failing one wrote is taken back, the rest of the batch commits as one")
  void writerIntoTheBatch() {
    createTickets("t1", "t2", "t3");
    schedule("k1", "t1");
    schedule("k2", "boom");
    schedule("k3", "t3");
    AtomicInteger runs = new AtomicInteger();
    DueWorkRunner runner = new DueWorkRunner(settings(recording()), Map.of(KIND, DueWorkRunner.Handler.isolated(bumpInto(runs))), List.of());

    assertThat(runner.runDue()).isEqualTo(2);

    assertThat(commits).hasSize(1);
    assertThat(commits.get(0).writes()).hasSize(2);
    assertThat(commits.get(0).events()).hasSize(2);
    assertThat(commits.get(0).complete()).extracting(c -> c.key()).containsExactly("k1", "k3");
    assertThat(List.of(version("t1"), version("t2"), version("t3"))).containsExactly(2L, 1L, 2L);
    assertThat(storage.dueWork().scheduled("k2")).hasValueSatisfying(i -> assertThat(i.claimedBy()).contains("test"));
  }

  @Test
  @DisplayName("writers: an overlapping item runs after the batch, and a stale batch commits item by item, each effect once")
  void writersOverlapAndStaleBatch() {
    createTickets("t1", "t2", "t3");
    schedule("k1", "t1");
    schedule("k2", "t1"); // the same ticket
    schedule("k3", "t2");
    schedule("k4", "t3");
    AtomicInteger runs = new AtomicInteger();
    boolean[] interfered = {false};
    UnitOfWorkCommitter interfering = unit -> {
      if (!interfered[0] && unit.complete().size() > 1) {
        interfered[0] = true; // another instance reschedules k4 just before the second batch commits
        if (unit.complete().stream().anyMatch(c -> c.key().equals("k4"))) {
          schedule("k4", "t3");
        }
      }
      recording().commit(unit);
    };
    DueWorkRunner runner = new DueWorkRunner(settings(interfering), Map.of(KIND, DueWorkRunner.Handler.isolated(bumpInto(runs))), List.of());

    assertThat(runner.runDue()).isEqualTo(4);

    assertThat(List.of(version("t1"), version("t2"), version("t3"))).containsExactly(3L, 2L, 2L);
    assertThat(storage.eventLog().readAfter(0, 100)).hasSize(4);
    assertThat(storage.dueWork().nextDueAt()).isEmpty();
  }
}
