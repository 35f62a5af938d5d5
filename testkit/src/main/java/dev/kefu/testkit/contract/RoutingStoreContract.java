package dev.kefu.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.kefu.spi.Channel;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.routing.AgentLoad;
import dev.kefu.spi.routing.Conversation;
import dev.kefu.spi.routing.Presence;
import dev.kefu.spi.routing.QueuedTicket;
import dev.kefu.spi.routing.RoutingStore;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.store.AggregateWrite;
import dev.kefu.spi.store.StaleVersionException;
import dev.kefu.spi.store.Storage;
import dev.kefu.spi.store.UnitOfWork;
import dev.kefu.spi.ticket.TicketId;
import dev.kefu.spi.ticket.TicketKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link RoutingStore}: agent loads and queue entries are written through the
 * unit of work with their expected versions and read back as the latest committed version; a
 * stale reservation is rejected whole, so of two writers reserving the same agent's capacity from
 * the same version exactly one wins; {@link RoutingStore#waiting()} lists only waiting entries,
 * oldest first, then by ticket id.
 *
 * <p>Extend it and return a fresh, empty {@link Storage} from {@link #newStorage()}; it is read
 * through {@link Storage#routing()} and written through {@link Storage#unitOfWork()}.
 *
 * <p><b>Threading:</b> the race test commits from two threads at once; everything else runs on
 * JUnit's thread. No test reads the clock or sleeps.
 */
@Tag("kefu-contract")
@DisplayName("RoutingStore contract")
public abstract class RoutingStoreContract {

  private static final Instant T0 = Instant.parse("2026-03-02T02:00:00Z");
  private static final StaffId A1 = StaffId.of("agent-1");
  private static final StaffId A2 = StaffId.of("agent-2");

  private Storage storage;

  /** Creates the suite; JUnit calls it through the host's subclass. */
  protected RoutingStoreContract() {}

  /**
   * A new, empty storage; called before every test.
   *
   * @return the storage under test, never null
   */
  protected abstract Storage newStorage();

  @BeforeEach
  final void setUpStorage() {
    storage = newStorage();
  }

  private void commit(AggregateWrite... writes) {
    storage.unitOfWork().commit(UnitOfWork.builder().addWrites(writes).build());
  }

  private static QueuedTicket entry(String ticket, Instant at) {
    return new QueuedTicket(TicketId.of(ticket), CustomerId.of("c-" + ticket), TicketKind.AFTER_SALE, Channel.ONLINE_CHAT,
        false, at, QueuedTicket.Status.WAITING, Optional.empty(), 1);
  }

  @Test
  @DisplayName("an agent's load reads back as the latest committed version; unknown agents are empty")
  void loadsReadBack() {
    AgentLoad first = AgentLoad.first(A1, T0);
    commit(AggregateWrite.create(first), AggregateWrite.create(AgentLoad.first(A2, T0)));
    AgentLoad available = first.withPresence(Presence.AVAILABLE, T0.plusSeconds(1));
    AgentLoad holding = available.withReserved(new Conversation(TicketId.of("t-1"), Channel.PHONE, T0.plusSeconds(2)));
    commit(AggregateWrite.update(available));
    commit(AggregateWrite.update(holding));
    RoutingStore routing = storage.routing();
    assertThat(routing.load(A1)).contains(holding);
    assertThat(routing.load(StaffId.of("nobody"))).isEmpty();
    assertThat(routing.loads()).extracting(AgentLoad::agent).containsExactly(A1, A2);
  }

  @Test
  @DisplayName("a reservation from a stale version is rejected whole and changes nothing")
  void staleReservationRejected() {
    AgentLoad first = AgentLoad.first(A1, T0).withPresence(Presence.AVAILABLE, T0);
    commit(AggregateWrite.create(AgentLoad.first(A1, T0)));
    commit(AggregateWrite.update(first));
    commit(AggregateWrite.update(first.withReserved(new Conversation(TicketId.of("t-1"), Channel.PHONE, T0))));
    AgentLoad fromStale = first.withReserved(new Conversation(TicketId.of("t-2"), Channel.PHONE, T0));
    QueuedTicket queued = entry("t-2", T0);
    StaleVersionException e = catchThrowableOfType(() -> storage.unitOfWork().commit(UnitOfWork.builder()
        .addWrites(AggregateWrite.update(fromStale), AggregateWrite.create(queued)).build()), StaleVersionException.class);
    assertThat(e).isNotNull();
    assertThat(e.staleWrites()).anyMatch(s -> s.type().equals(AgentLoad.TYPE) && s.id().equals(A1.value()));
    assertThat(storage.routing().load(A1).orElseThrow().conversations()).extracting(Conversation::ticket)
        .containsExactly(TicketId.of("t-1"));
    assertThat(storage.routing().queued(TicketId.of("t-2"))).isEmpty();
  }

  @Test
  @DisplayName("of two writers reserving one agent's capacity from the same version, exactly one wins")
  void oneOfTwoRacingReservationsWins() throws Exception {
    AgentLoad base = AgentLoad.first(A1, T0);
    commit(AggregateWrite.create(base));
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      CyclicBarrier start = new CyclicBarrier(2);
      List<Future<Boolean>> results = new ArrayList<>();
      for (String t : List.of("t-1", "t-2")) {
        Callable<Boolean> reserve = () -> {
          start.await(10, TimeUnit.SECONDS);
          try {
            commit(AggregateWrite.update(base.withReserved(new Conversation(TicketId.of(t), Channel.PHONE, T0))));
            return true;
          } catch (StaleVersionException lost) {
            return false;
          }
        };
        results.add(threads.submit(reserve));
      }
      int won = 0;
      for (Future<Boolean> f : results) {
        won += f.get(10, TimeUnit.SECONDS) ? 1 : 0;
      }
      assertThat(won).isEqualTo(1);
      assertThat(storage.routing().load(A1).orElseThrow().load()).isEqualTo(1);
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  @DisplayName("the queue lists waiting entries only, oldest first, then by ticket id")
  void waitingOldestFirst() {
    QueuedTicket late = entry("t-9", T0.plusSeconds(60));
    QueuedTicket b = entry("t-b", T0);
    QueuedTicket a = entry("t-a", T0);
    QueuedTicket gone = entry("t-0", T0.minusSeconds(60));
    commit(AggregateWrite.create(late), AggregateWrite.create(b), AggregateWrite.create(a), AggregateWrite.create(gone));
    commit(AggregateWrite.update(gone.routed(A1)));
    RoutingStore routing = storage.routing();
    assertThat(routing.waiting()).extracting(q -> q.ticket().value()).containsExactly("t-a", "t-b", "t-9");
    assertThat(routing.queued(TicketId.of("t-0"))).hasValueSatisfying(q -> {
      assertThat(q.status()).isEqualTo(QueuedTicket.Status.ROUTED);
      assertThat(q.routedTo()).contains(A1);
    });
    commit(AggregateWrite.update(a.withdrawn()));
    assertThat(routing.waiting()).extracting(q -> q.ticket().value()).containsExactly("t-b", "t-9");
  }
}
