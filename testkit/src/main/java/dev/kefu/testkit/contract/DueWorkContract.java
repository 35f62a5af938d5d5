package dev.kefu.testkit.contract;

import static dev.kefu.testkit.contract.Fixtures.T0;
import static dev.kefu.testkit.contract.Fixtures.due;
import static dev.kefu.testkit.contract.Fixtures.schedule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import dev.kefu.spi.store.AggregateWrite;
import dev.kefu.spi.store.DueCompletion;
import dev.kefu.spi.store.DueItem;
import dev.kefu.spi.store.DueWork;
import dev.kefu.spi.store.ScheduledWork;
import dev.kefu.spi.store.StaleVersionException;
import dev.kefu.spi.store.StaleWrite;
import dev.kefu.spi.store.Storage;
import dev.kefu.spi.store.UnitOfWork;
import dev.kefu.spi.ticket.Ticket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
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
 * The contract of {@link DueWork}: {@code claim} hands out only due items, ordered by (due time,
 * key), at most {@code limit}, each with a new token; a claimed item is not handed out again while
 * its lease is in force; once the lease lapses another owner can claim it and the first claimer's
 * completion is stale; scheduling a key again replaces it; completion and cancellation inside a
 * unit of work remove it; and two instances claiming at once never both get the same item.
 *
 * <p>Extend it and return a fresh, empty {@link Storage} from {@link #newStorage()}; due work is
 * scheduled, completed and cancelled through its unit of work and claimed through its due-work
 * port. Leases lapse because the suite passes a later {@code now}; it never sleeps.
 *
 * <p><b>Threading:</b> the competing-claimers test claims and completes from two threads at once.
 */
@Tag("kefu-contract")
@DisplayName("DueWork contract")
public abstract class DueWorkContract {

  private static final Duration LEASE = Duration.ofMinutes(5);

  private Storage storage;
  private ExecutorService threads;

  /** Creates the suite; JUnit calls it through the host's subclass. */
  protected DueWorkContract() {}

  /**
   * A new, empty storage; called before every test.
   *
   * @return the storage under test, never null
   */
  protected abstract Storage newStorage();

  /**
   * How many rounds the competing-claimers test runs, each over {@link #itemsPerRound()} items.
   *
   * @return the number of rounds, at least 1; 20 by default
   */
  protected int competingRounds() {
    return 20;
  }

  /**
   * How many due items each round of the competing-claimers test schedules.
   *
   * @return the number of items, at least 1; 30 by default
   */
  protected int itemsPerRound() {
    return 30;
  }

  /** Creates the storage under test. Called by JUnit. */
  @BeforeEach
  public final void createStorage() {
    storage = Objects.requireNonNull(newStorage(), "newStorage() returned null");
    threads = Executors.newFixedThreadPool(2);
  }

  /** Stops the threads of the concurrency test. Called by JUnit. */
  @AfterEach
  public final void stopThreads() {
    threads.shutdownNow();
  }

  /** {@code scheduled} shows what was scheduled, unclaimed. */
  @Test
  @DisplayName("scheduled(key) shows a scheduled item as it was scheduled, unclaimed; an unknown key shows nothing")
  public void scheduledShowsTheItem() {
    ScheduledWork work = new ScheduledWork("sla:t-1", "sla.first-response", T0, Map.of("ticket", "t-1"));
    schedule(storage, work);

    Optional<DueItem> item = storage.dueWork().scheduled("sla:t-1");

    assertThat(item).hasValueSatisfying(i -> {
      assertThat(i.key()).isEqualTo("sla:t-1");
      assertThat(i.kind()).isEqualTo("sla.first-response");
      assertThat(i.dueAt()).isEqualTo(T0);
      assertThat(i.attributes()).isEqualTo(Map.of("ticket", "t-1"));
      assertThat(i.claimedBy()).as("claimedBy").isEmpty();
      assertThat(i.isClaimedAt(T0)).as("claimed").isFalse();
    });
    assertThat(storage.dueWork().scheduled("unknown")).isEmpty();
  }

  /** Only due items come out, in (due time, key) order. */
  @Test
  @DisplayName("claim hands out only items due at or before now, ordered by due time then key")
  public void claimHandsOutOnlyDueItemsInOrder() {
    schedule(storage,
        due("k-b", T0),
        due("k-e", T0.plus(Duration.ofHours(1))),
        due("k-a", T0),
        due("k-d", T0.plusMillis(1)),
        due("k-c", T0.minus(Duration.ofHours(1))));

    List<DueItem> claimed = storage.dueWork().claim(T0, 10, "a", LEASE);

    assertThat(claimed).extracting(DueItem::key).containsExactly("k-c", "k-a", "k-b");
    assertThat(claimed).allSatisfy(i -> {
      assertThat(i.claimedBy()).contains("a");
      assertThat(i.claimedUntil()).contains(T0.plus(LEASE));
      assertThat(i.isClaimedAt(T0)).isTrue();
    });
  }

  /** Nothing due, nothing claimed. */
  @Test
  @DisplayName("claim on a store with nothing due returns an empty list")
  public void claimWithNothingDue() {
    assertThat(storage.dueWork().claim(T0, 10, "a", LEASE)).as("empty store").isEmpty();
    schedule(storage, due("later", T0.plusSeconds(1)));
    assertThat(storage.dueWork().claim(T0, 10, "a", LEASE)).as("nothing due yet").isEmpty();
  }

  /** At most {@code limit} items per claim. */
  @Test
  @DisplayName("claim takes at most limit items, the earliest first; the rest go to the next claim")
  public void claimTakesAtMostLimit() {
    for (int i = 1; i <= 5; i++) {
      schedule(storage, due("k-" + i, T0.minusSeconds(10 - i)));
    }

    List<DueItem> first = storage.dueWork().claim(T0, 2, "a", LEASE);
    List<DueItem> rest = storage.dueWork().claim(T0, 10, "b", LEASE);

    assertThat(first).extracting(DueItem::key).containsExactly("k-1", "k-2");
    assertThat(rest).extracting(DueItem::key).containsExactly("k-3", "k-4", "k-5");
  }

  /** A claim gives a new token and shows in {@code scheduled}. */
  @Test
  @DisplayName("a claim gives the item a new token and scheduled(key) shows the claim")
  public void claimGivesANewToken() {
    schedule(storage, due("k-1", T0));
    long scheduledToken = storage.dueWork().scheduled("k-1").orElseThrow().token();

    DueItem claimed = storage.dueWork().claim(T0, 1, "a", LEASE).get(0);

    assertThat(claimed.token()).as("token after the claim").isNotEqualTo(scheduledToken);
    assertThat(storage.dueWork().scheduled("k-1")).hasValueSatisfying(i -> {
      assertThat(i.token()).isEqualTo(claimed.token());
      assertThat(i.claimedBy()).contains("a");
      assertThat(i.isClaimedAt(T0.plus(LEASE).minusMillis(1))).isTrue();
    });
  }

  /** A claimed item stays with its claimer while the lease holds. */
  @Test
  @DisplayName("a claimed item is not handed out again while its lease is in force, to anyone")
  public void claimedItemIsNotHandedOutDuringTheLease() {
    schedule(storage, due("k-1", T0));
    storage.dueWork().claim(T0, 10, "a", LEASE);

    assertThat(storage.dueWork().claim(T0, 10, "b", LEASE)).as("another owner, same time").isEmpty();
    assertThat(storage.dueWork().claim(T0, 10, "a", LEASE)).as("the same owner, same time").isEmpty();
    assertThat(storage.dueWork().claim(T0.plus(LEASE).minusMillis(1), 10, "b", LEASE))
        .as("another owner, just before the lease ends").isEmpty();
  }

  /** After the lease lapses the item moves on, and the first claimer is fenced off. */
  @Test
  @DisplayName("after the lease lapses another owner claims the item and the first claimer's completion is stale")
  public void lapsedLeaseFencesTheFirstClaimer() {
    schedule(storage, due("k-1", T0));
    DueItem byA = storage.dueWork().claim(T0, 10, "a", LEASE).get(0);
    Instant later = T0.plus(LEASE).plusSeconds(1);

    List<DueItem> byB = storage.dueWork().claim(later, 10, "b", LEASE);
    assertThat(byB).as("claimed by b after a's lease lapsed").hasSize(1);
    assertThat(byB.get(0).claimedBy()).contains("b");
    assertThat(byB.get(0).token()).as("b's token").isNotEqualTo(byA.token());

    Ticket effectOfA = new Fixtures(7).ticket("t-effect-a", 1);
    StaleVersionException e = catchThrowableOfType(StaleVersionException.class,
        () -> storage.unitOfWork().commit(UnitOfWork.builder()
            .addWrites(AggregateWrite.create(effectOfA))
            .addComplete(DueCompletion.of(byA))
            .build()));
    assertThat(e).as("a's completion must be stale").isNotNull();
    assertThat(e.staleWrites()).extracting(StaleWrite::type, StaleWrite::id, StaleWrite::expectedVersion)
        .containsExactly(tuple(StaleWrite.DUE_WORK, "k-1", byA.token()));
    assertThat(storage.tickets().find(effectOfA.id())).as("a's effect").isEmpty();
    assertThat(storage.dueWork().scheduled("k-1")).as("the item after a's attempt").isPresent();

    storage.unitOfWork().commit(UnitOfWork.builder().addComplete(DueCompletion.of(byB.get(0))).build());
    assertThat(storage.dueWork().scheduled("k-1")).as("the item after b completed it").isEmpty();
  }

  /** Scheduling a key again replaces the item. */
  @Test
  @DisplayName("scheduling a key again replaces the item: new due time, new token, no claim; the old claim is stale")
  public void reschedulingReplacesTheItem() {
    schedule(storage, due("k-1", T0));
    DueItem claimed = storage.dueWork().claim(T0, 10, "a", LEASE).get(0);
    ScheduledWork replacement = new ScheduledWork("k-1", "contract.other", T0.plus(Duration.ofHours(1)), Map.of("n", "2"));

    schedule(storage, replacement);

    assertThat(storage.dueWork().scheduled("k-1")).hasValueSatisfying(i -> {
      assertThat(i.kind()).isEqualTo("contract.other");
      assertThat(i.dueAt()).isEqualTo(replacement.dueAt());
      assertThat(i.attributes()).isEqualTo(Map.of("n", "2"));
      assertThat(i.token()).as("token").isNotEqualTo(claimed.token());
      assertThat(i.claimedBy()).as("claimedBy").isEmpty();
    });
    assertThat(storage.dueWork().claim(T0.plusSeconds(1), 10, "b", LEASE)).as("not due any more").isEmpty();
    assertThat(catchThrowableOfType(StaleVersionException.class, () -> storage.unitOfWork().commit(
        UnitOfWork.builder().addComplete(DueCompletion.of(claimed)).build())))
        .as("completing the replaced item").isNotNull();
    assertThat(storage.dueWork().scheduled("k-1")).as("the replacement stays").isPresent();
  }

  /** Completion in a unit of work removes the item. */
  @Test
  @DisplayName("completing a claimed item inside a unit of work removes it for good")
  public void completionRemovesTheItem() {
    schedule(storage, due("k-1", T0));
    DueItem claimed = storage.dueWork().claim(T0, 10, "a", LEASE).get(0);

    storage.unitOfWork().commit(UnitOfWork.builder().addComplete(DueCompletion.of(claimed)).build());

    assertThat(storage.dueWork().scheduled("k-1")).isEmpty();
    assertThat(storage.dueWork().claim(T0.plus(Duration.ofDays(1)), 10, "b", LEASE)).isEmpty();
  }

  /** Completing an item that is not there is stale. */
  @Test
  @DisplayName("completing an item that was never scheduled is stale")
  public void completingAnUnknownItemIsStale() {
    for (long token : new long[] {42, 0}) { // 0 too: "no token" must not match "no item"
      StaleVersionException e = catchThrowableOfType(StaleVersionException.class, () -> storage.unitOfWork().commit(
          UnitOfWork.builder().addComplete(new DueCompletion("never-scheduled", token)).build()));

      assertThat(e).as("StaleVersionException for token %d", token).isNotNull();
      assertThat(e.staleWrites()).extracting(StaleWrite::type, StaleWrite::id)
          .containsExactly(tuple(StaleWrite.DUE_WORK, "never-scheduled"));
    }
  }

  /** Cancelling removes the item; cancelling an unknown key is harmless. */
  @Test
  @DisplayName("cancel removes a scheduled item; cancelling an unknown key is ignored")
  public void cancelRemovesTheItem() {
    schedule(storage, due("k-1", T0), due("k-2", T0));

    storage.unitOfWork().commit(UnitOfWork.builder().addCancel("k-1", "unknown").build());

    assertThat(storage.dueWork().scheduled("k-1")).as("cancelled").isEmpty();
    assertThat(storage.dueWork().claim(T0, 10, "a", LEASE)).extracting(DueItem::key).containsExactly("k-2");
  }

  /** Complete and schedule of one key in one unit leaves the new schedule. */
  @Test
  @DisplayName("completing an item and scheduling its key again in one unit leaves the new schedule")
  public void completeAndScheduleTheSameKey() {
    schedule(storage, due("daily", T0));
    DueItem claimed = storage.dueWork().claim(T0, 10, "a", LEASE).get(0);
    Instant tomorrow = T0.plus(Duration.ofDays(1));

    storage.unitOfWork().commit(UnitOfWork.builder()
        .addComplete(DueCompletion.of(claimed))
        .addSchedule(due("daily", tomorrow))
        .build());

    assertThat(storage.dueWork().scheduled("daily")).hasValueSatisfying(i -> {
      assertThat(i.dueAt()).isEqualTo(tomorrow);
      assertThat(i.claimedBy()).as("claimedBy").isEmpty();
      assertThat(i.token()).as("token").isNotEqualTo(claimed.token());
    });
    assertThat(storage.dueWork().claim(tomorrow, 10, "b", LEASE)).extracting(DueItem::key).containsExactly("daily");
  }

  /** Bad arguments are refused. */
  @Test
  @DisplayName("claim refuses a limit below 1 and a lease that is not positive")
  public void claimRefusesBadArguments() {
    DueWork dueWork = storage.dueWork();
    assertThatIllegalArgumentException().as("limit 0").isThrownBy(() -> dueWork.claim(T0, 0, "a", LEASE));
    assertThatIllegalArgumentException().as("zero lease").isThrownBy(() -> dueWork.claim(T0, 1, "a", Duration.ZERO));
    assertThatIllegalArgumentException().as("negative lease")
        .isThrownBy(() -> dueWork.claim(T0, 1, "a", Duration.ofSeconds(-1)));
  }

  /**
   * Two instances claiming at once never share an item, and each effect commits once.
   *
   * @throws Exception if a thread is interrupted, times out at the start gate or fails unexpectedly
   */
  @Test
  @Tag("concurrency")
  @DisplayName("two competing claimers never receive the same item while a lease holds, and each effect commits exactly once")
  public void competingClaimersNeverShareAnItem() throws Exception {
    for (int round = 1; round <= competingRounds(); round++) {
      Instant now = T0.plus(Duration.ofHours(round));
      List<String> keys = new ArrayList<>();
      UnitOfWork.Builder unit = UnitOfWork.builder();
      for (int i = 0; i < itemsPerRound(); i++) {
        String key = "race-" + round + "-" + i;
        keys.add(key);
        unit.addSchedule(due(key, now.minusSeconds(i % 7)));
      }
      storage.unitOfWork().commit(unit.build());

      CyclicBarrier startGate = new CyclicBarrier(2);
      Future<List<Claim>> a = threads.submit(claimer(startGate, "a", now));
      Future<List<Claim>> b = threads.submit(claimer(startGate, "b", now));
      List<Claim> claims = new ArrayList<>(a.get(60, TimeUnit.SECONDS));
      claims.addAll(b.get(60, TimeUnit.SECONDS));

      assertThat(claims).extracting(Claim::key).as("round %d: keys claimed by a and b", round)
          .doesNotHaveDuplicates()
          .containsExactlyInAnyOrderElementsOf(keys);
      assertThat(claims).filteredOn(c -> !c.committed()).as("round %d: completions rejected as stale", round).isEmpty();
      for (String key : keys) {
        assertThat(storage.eventLog().eventsOf(Ticket.TYPE, "effect-" + key)).as("effects of %s", key).hasSize(1);
        assertThat(storage.dueWork().scheduled(key)).as("%s after completion", key).isEmpty();
      }
    }
  }

  /** One item as a claimer took it, and whether its completion committed. */
  private record Claim(String owner, String key, long token, boolean committed) {}

  private Callable<List<Claim>> claimer(CyclicBarrier startGate, String owner, Instant now) {
    return () -> {
      List<Claim> claims = new ArrayList<>();
      startGate.await(30, TimeUnit.SECONDS);
      for (int attempt = 0; attempt < 10 * itemsPerRound(); attempt++) {
        List<DueItem> batch = storage.dueWork().claim(now, 3, owner, LEASE);
        if (batch.isEmpty()) {
          break;
        }
        for (DueItem item : batch) {
          claims.add(new Claim(owner, item.key(), item.token(), complete(item, owner, now)));
        }
      }
      return claims;
    };
  }

  private boolean complete(DueItem item, String owner, Instant now) {
    UUID eventId = UUID.nameUUIDFromBytes((owner + ":" + item.key() + ":" + item.token()).getBytes(StandardCharsets.UTF_8));
    try {
      storage.unitOfWork().commit(UnitOfWork.builder()
          .addComplete(DueCompletion.of(item))
          .addEvents(Fixtures.effect("effect-" + item.key(), eventId, now))
          .build());
      return true;
    } catch (StaleVersionException e) {
      return false;
    }
  }
}
