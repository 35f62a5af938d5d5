package dev.kefu.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.kefu.Kefu;
import dev.kefu.notification.DeliveryReport;
import dev.kefu.spi.Channel;
import dev.kefu.spi.event.SlaBreached;
import dev.kefu.spi.event.SlaEscalated;
import dev.kefu.spi.event.SlaWarningRaised;
import dev.kefu.spi.notification.DeliveryResult;
import dev.kefu.spi.notification.Notification;
import dev.kefu.spi.notification.NotificationChannel;
import dev.kefu.spi.sla.SlaClock;
import dev.kefu.spi.sla.SlaMetric;
import dev.kefu.spi.store.DueItem;
import dev.kefu.spi.store.ForwardingStorage;
import dev.kefu.spi.store.Outbox;
import dev.kefu.spi.store.OutboxEntry;
import dev.kefu.spi.store.Page;
import dev.kefu.spi.store.PageRequest;
import dev.kefu.spi.store.StaleVersionException;
import dev.kefu.spi.store.StaleWrite;
import dev.kefu.spi.store.Storage;
import dev.kefu.spi.store.UnitOfWork;
import dev.kefu.spi.store.UnitOfWorkCommitter;
import dev.kefu.spi.ticket.Ticket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * An instance dies, or stalls, in the middle of a batch: instance A has claimed due work (or
 * outbox messages) and never completes it, or completes it only much later. Instance B takes the
 * work over exactly when A's lease lapses on the injected clock — not a millisecond before —
 * the work takes effect once, and A's late completion, naming its stale fencing token, is
 * rejected and changes nothing.
 */
abstract class InstanceDeathTest {

  private static final Duration LEASE = Duration.ofMinutes(2);
  private static final Duration WAIT = Duration.ofSeconds(30);

  private final ExecutorService threads = Executors.newCachedThreadPool();

  /** @return the database the test runs on */
  protected abstract Database database();

  @AfterEach
  void stopThreads() {
    threads.shutdownNow();
  }

  /** What ends an instance's process in these tests: nothing in kefu catches it. */
  static final class Killed extends Error {
    private static final long serialVersionUID = 1L;

    Killed() {
      super("the instance was killed");
    }
  }

  /** Instance A's storage: it remembers what A claimed and what A tried to commit, and can die or stall there. */
  private static final class Host extends ForwardingStorage {
    final List<UnitOfWork> completions = new CopyOnWriteArrayList<>();
    final List<OutboxEntry> claimed = new CopyOnWriteArrayList<>();
    final CountDownLatch stalled = new CountDownLatch(1);
    final CountDownLatch resume = new CountDownLatch(1);
    volatile boolean dieOnCompletion;
    volatile boolean stallOnCompletion;

    Host(Storage delegate) {
      super(delegate);
    }

    @Override
    public UnitOfWorkCommitter unitOfWork() {
      return work -> {
        if (!work.complete().isEmpty()) {
          completions.add(work);
          if (dieOnCompletion) {
            throw new Killed();
          }
          if (stallOnCompletion) {
            stalled.countDown();
            await(resume);
          }
        }
        delegate().unitOfWork().commit(work);
      };
    }

    @Override
    public Outbox outbox() {
      Outbox outbox = delegate().outbox();
      return new Outbox() {
        @Override
        public List<OutboxEntry> claimBatch(Instant now, int limit, String owner, Duration lease) {
          return remember(outbox.claimBatch(now, limit, owner, lease));
        }

        @Override
        public List<OutboxEntry> claimBatch(Instant now, int limit, int perPartition, String owner, Duration lease) {
          return remember(outbox.claimBatch(now, limit, perPartition, owner, lease));
        }

        private List<OutboxEntry> remember(List<OutboxEntry> entries) {
          claimed.addAll(entries);
          return entries;
        }

        @Override
        public boolean markDelivered(UUID id, long claimToken) {
          return outbox.markDelivered(id, claimToken);
        }

        @Override
        public int markDelivered(List<OutboxEntry> entries) {
          return outbox.markDelivered(entries);
        }

        @Override
        public boolean markFailed(UUID id, long claimToken, Instant retryAt, String error) {
          return outbox.markFailed(id, claimToken, retryAt, error);
        }

        @Override
        public boolean park(UUID id, long claimToken, String error) {
          return outbox.park(id, claimToken, error);
        }

        @Override
        public Page<OutboxEntry> list(OutboxEntry.Status status, PageRequest page) {
          return outbox.list(status, page);
        }
      };
    }
  }

  /** A's channel: it dies on its first send, or stalls there until resumed and then delivers. */
  private static final class HostChannel implements NotificationChannel {
    final CountingChannel counted;
    final CountDownLatch stalled = new CountDownLatch(1);
    final CountDownLatch resume = new CountDownLatch(1);
    final boolean dies;

    HostChannel(TestClock clock, boolean dies) {
      this.counted = CountingChannel.delivering(clock);
      this.dies = dies;
    }

    @Override
    public DeliveryResult send(Notification notification) {
      if (dies) {
        throw new Killed();
      }
      stalled.countDown();
      await(resume);
      return counted.send(notification);
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(WAIT.toSeconds(), TimeUnit.SECONDS)) {
        throw new AssertionError("not released within " + WAIT);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  /** Two instances on one database, each with its own clock: A on a host that can die or stall, B plain. */
  private final class TwoInstances {
    final DataSource database = database().fresh();
    final JdbcStorage storage = new JdbcStorage(database);
    final Host host = new Host(new JdbcStorage(database));
    final TestClock clockA = new TestClock(Shop.START);
    final TestClock clockB = new TestClock(Shop.START);
    final CountingChannel channelB = CountingChannel.delivering(clockB);
    final Kefu b = Shop.kefu(new JdbcStorage(database), clockB, "b", channelB).build();
    final Kefu a;

    TwoInstances(NotificationChannel channelA) {
      a = Shop.kefu(host, clockA, "a", channelA).lease(LEASE).build();
      Shop.register(b, "c");
    }

    void advance(Duration d) {
      clockA.advance(d);
      clockB.advance(d);
    }

    Map<Fired.Threshold, Long> firstResponseThresholds(Ticket t) {
      return Fired.ofClock(Fired.thresholds(Fired.events(storage)), t.id(), SlaMetric.FIRST_RESPONSE);
    }
  }

  @Test
  @DisplayName("A dies after claiming a batch of SLA timers: B takes them over when A's lease lapses, each threshold fires once, and A's late completion is stale")
  void dueWorkOfADeadInstance() {
    TwoInstances two = new TwoInstances(CountingChannel.delivering(new TestClock(Shop.START)));
    List<Ticket> tickets = List.of(Shop.open(two.b, "c", Channel.EMAIL), Shop.open(two.b, "c", Channel.PHONE));
    two.b.runDueWork(); // the recurring work is scheduled; nothing is due yet
    two.advance(Shop.FIRST_RESPONSE.plusMinutes(1));
    Instant claimedAt = two.clockA.instant();
    two.host.dieOnCompletion = true;

    assertThatThrownBy(two.a::runDueWork).isInstanceOf(Killed.class);

    for (Ticket t : tickets) {
      DueItem timer = two.storage.dueWork().scheduled(SlaClock.idOf(t.id(), SlaMetric.FIRST_RESPONSE, 1)).orElseThrow();
      assertThat(timer.claimedBy()).contains("a");
      assertThat(timer.claimedUntil()).contains(claimedAt.plus(LEASE));
    }
    two.b.runDueWork();
    two.clockB.set(claimedAt.plus(LEASE).minusMillis(1));
    two.b.runDueWork();
    for (Ticket t : tickets) {
      assertThat(two.firstResponseThresholds(t)).as("nothing fired while A's lease holds").isEmpty();
    }
    two.clockB.set(claimedAt.plus(LEASE));
    two.b.runDueWork();
    for (Ticket t : tickets) {
      Map<Fired.Threshold, Long> fired = two.firstResponseThresholds(t);
      assertThat(fired.keySet()).extracting(Fired.Threshold::type)
          .as("warned, breached and escalated to the lead once, by B").containsExactlyInAnyOrder(SlaWarningRaised.TYPE, SlaBreached.TYPE, SlaEscalated.TYPE);
      assertThat(fired.values()).allMatch(n -> n == 1L);
    }

    UnitOfWork late = two.host.completions.get(0);
    assertThat(late.complete()).hasSize(2);
    Map<String, List<Map<String, String>>> before = Tables.read(two.database);
    StaleVersionException stale = catchThrowableOfType(StaleVersionException.class, () -> two.storage.unitOfWork().commit(late));
    assertThat(stale.staleWrites()).filteredOn(w -> w.type().equals(StaleWrite.DUE_WORK)).extracting(StaleWrite::id)
        .as("A's fencing tokens").containsExactlyInAnyOrderElementsOf(late.complete().stream().map(c -> c.key()).toList());
    assertThat(Tables.read(two.database)).as("A's late completion changed nothing").isEqualTo(before);

    two.clockB.advance(Duration.ofDays(1));
    two.b.runDueWork();
    Map<Fired.Threshold, Long> all = Fired.thresholds(Fired.events(two.storage));
    for (Ticket t : tickets) {
      for (SlaMetric metric : List.of(SlaMetric.FIRST_RESPONSE, SlaMetric.RESOLUTION)) {
        assertThat(Fired.ofClock(all, t.id(), metric)).isEqualTo(Fired.everyThresholdOnce(t.id(), metric));
      }
    }
  }

  @Test
  @DisplayName("A stalls before committing a batch of SLA timers: B takes them over when the lease lapses, and A, resuming, commits nothing")
  void dueWorkOfAStalledInstance() throws Exception {
    TwoInstances two = new TwoInstances(CountingChannel.delivering(new TestClock(Shop.START)));
    List<Ticket> tickets = List.of(Shop.open(two.b, "c", Channel.EMAIL), Shop.open(two.b, "c", Channel.PHONE));
    two.b.runDueWork();
    two.advance(Shop.FIRST_RESPONSE.plusMinutes(1));
    Instant claimedAt = two.clockA.instant();
    two.host.stallOnCompletion = true;

    CompletableFuture<Integer> a = CompletableFuture.supplyAsync(two.a::runDueWork, threads);
    await(two.host.stalled);
    two.clockB.set(claimedAt.plus(LEASE));
    assertThat(two.b.runDueWork()).as("B takes over A's timers").isEqualTo(tickets.size());
    two.host.resume.countDown();

    assertThat(a.get(WAIT.toSeconds(), TimeUnit.SECONDS)).as("what A completed once it resumed").isZero();
    for (Ticket t : tickets) {
      assertThat(two.firstResponseThresholds(t).values()).as("each threshold once").hasSize(3).allMatch(n -> n == 1L);
    }
  }

  @Test
  @DisplayName("A dies while sending a claimed batch of notifications: B delivers them when A's lease lapses, each once, and A's late marks are refused")
  void outboxClaimOfADeadInstance() {
    TwoInstances two = new TwoInstances(new HostChannel(new TestClock(Shop.START), true));
    for (int i = 0; i < 3; i++) {
      Shop.open(two.b, "c", Channel.EMAIL);
    }
    int messages = Fired.outbox(two.storage, OutboxEntry.Status.PENDING).size();
    Instant claimedAt = two.clockA.instant();

    assertThatThrownBy(two.a::deliverNotifications).isInstanceOf(Killed.class);

    List<OutboxEntry> claimedByA = List.copyOf(two.host.claimed);
    assertThat(claimedByA).hasSize(messages);
    assertThat(two.b.deliverNotifications().delivered()).as("while A's claim holds").isZero();
    two.clockB.set(claimedAt.plus(LEASE).minusMillis(1));
    assertThat(two.b.deliverNotifications().delivered()).as("a millisecond before A's lease lapses").isZero();
    two.clockB.set(claimedAt.plus(LEASE));
    assertThat(two.b.deliverNotifications().delivered()).as("when it lapses").isEqualTo(messages);

    Map<String, List<Map<String, String>>> before = Tables.read(two.database);
    assertThat(two.storage.outbox().markDelivered(claimedByA)).as("A's late deliveries").isZero();
    for (OutboxEntry e : claimedByA) {
      assertThat(two.storage.outbox().markFailed(e.message().id(), e.claimToken(), claimedAt, "late")).isFalse();
      assertThat(two.storage.outbox().park(e.message().id(), e.claimToken(), "late")).isFalse();
    }
    assertThat(Tables.read(two.database)).as("A's late marks changed nothing").isEqualTo(before);
    assertThat(two.channelB.deliveries()).as("each delivered once, by B")
        .isEqualTo(Fired.outbox(two.storage, OutboxEntry.Status.DELIVERED).stream().collect(Collectors.toMap(CountingChannel::keyOf, e -> 1)));
  }

  @Test
  @DisplayName("A stalls while sending a claimed batch: B delivers it when the lease lapses; A's late sends carry the same idempotency keys and its marks are refused")
  void outboxClaimOfAStalledInstance() throws Exception {
    HostChannel channelA = new HostChannel(new TestClock(Shop.START), false);
    TwoInstances two = new TwoInstances(channelA);
    for (int i = 0; i < 3; i++) {
      Shop.open(two.b, "c", Channel.EMAIL);
    }
    int messages = Fired.outbox(two.storage, OutboxEntry.Status.PENDING).size();
    Instant claimedAt = two.clockA.instant();

    CompletableFuture<DeliveryReport> a = CompletableFuture.supplyAsync(two.a::deliverNotifications, threads);
    await(channelA.stalled);
    two.clockB.set(claimedAt.plus(LEASE));
    assertThat(two.b.deliverNotifications().delivered()).as("B takes over A's claim").isEqualTo(messages);
    Map<String, List<Map<String, String>>> before = Tables.read(two.database);
    channelA.resume.countDown();

    assertThat(a.get(WAIT.toSeconds(), TimeUnit.SECONDS).delivered()).as("what A could mark delivered once it resumed").isZero();
    assertThat(Tables.read(two.database)).as("A's late marks changed nothing").isEqualTo(before);
    assertThat(Fired.outbox(two.storage, OutboxEntry.Status.DELIVERED)).hasSize(messages).allMatch(e -> e.attempts() == 0);
    assertThat(channelA.counted.deliveries().keySet()).as("A's late sends repeat B's keys, so a gateway delivers once")
        .isEqualTo(two.channelB.deliveries().keySet());
  }
}
