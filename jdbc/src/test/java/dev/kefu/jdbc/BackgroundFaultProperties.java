package dev.kefu.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.kefu.Kefu;
import dev.kefu.jdbc.FaultyDataSource.Fault;
import dev.kefu.spi.Channel;
import dev.kefu.spi.event.DomainEvent;
import dev.kefu.spi.sla.SlaClock;
import dev.kefu.spi.sla.SlaMetric;
import dev.kefu.spi.store.OutboxEntry;
import dev.kefu.spi.ticket.Ticket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The database connection fails in the middle of background work, at every step it can fail at,
 * with the statement failing on a live connection or the connection dropped under it: due work
 * (claims and completions of SLA timers) and deliveries (claims and marks of outbox messages). The
 * tables stay as the last whole commit left them; a claim that committed before its completion or
 * marks failed holds until its lease lapses on the injected clock; then every threshold fires once
 * and no message is lost.
 */
abstract class BackgroundFaultProperties {

  /** @return the database the test runs on */
  protected abstract Database database();

  @ParameterizedTest
  @EnumSource(value = Fault.class, names = {"FAIL_STEP", "DROP_CONNECTION"})
  void deliveryFailingAtAnyStepLosesNoMessageAndMarksEachDeliveredOnce(Fault fault) {
    DataSource real = database().fresh();
    FaultyDataSource faulty = new FaultyDataSource(real);
    TestClock clock = new TestClock(Shop.START);
    Duration lease = Duration.ofMinutes(1);
    JdbcStorage storage = new JdbcStorage(faulty);
    CountingChannel channel = CountingChannel.delivering(clock);
    Kefu kefu = Shop.kefu(storage, clock, "a", channel).lease(lease).build();
    AtomicReference<Map<String, List<Map<String, String>>>> committed = new AtomicReference<>();
    int faultsMet = 0;
    for (int step = 1; ; step++) {
      Shop.register(kefu, "c" + step);
      for (int t = 0; t < 3; t++) {
        Shop.open(kefu, "c" + step, Channel.EMAIL); // three messages in the customer's queue
      }
      committed.set(Tables.read(real));
      faulty.afterEachCommit(() -> committed.set(Tables.read(real)));
      faulty.failAt(step, fault);
      Throwable thrown = catchThrowable(kefu::deliverNotifications);
      faulty.disarm();
      faulty.afterEachCommit(() -> {});
      if (faulty.fired()) {
        faultsMet++;
        assertThat(thrown).as("%s at step %d", fault, step).satisfiesAnyOf(
            e -> assertThat(e).isNull(), e -> assertThat(e).isInstanceOf(JdbcStoreException.class));
        assertThat(Tables.read(real)).as("after %s at step %d, the tables are as the last whole commit left them", fault, step)
            .isEqualTo(committed.get());
        clock.advance(lease);
        kefu.deliverNotifications();
      } else {
        assertThat(thrown).as("a delivery without a fault").isNull();
      }
      assertThat(Fired.outbox(storage, OutboxEntry.Status.PENDING)).as("pending after step %d", step).isEmpty();
      for (OutboxEntry e : Fired.outbox(storage, OutboxEntry.Status.DELIVERED)) {
        // sent, then the mark failed: sent again after the lease; the idempotency key lets the gateway deliver once
        assertThat(channel.deliveries().get(CountingChannel.keyOf(e))).as("sends of %s", e.message().id()).isBetween(1, 2);
      }
      if (!faulty.fired()) {
        assertThat(faultsMet).as("steps failed before a delivery ran through").isGreaterThan(3);
        return;
      }
    }
  }

  @ParameterizedTest
  @EnumSource(value = Fault.class, names = {"FAIL_STEP", "DROP_CONNECTION"})
  void dueWorkFailingAtAnyStepKeepsEachCommitWholeAndFiresEveryThresholdOnce(Fault fault) {
    DataSource real = database().fresh();
    FaultyDataSource faulty = new FaultyDataSource(real);
    TestClock clock = new TestClock(Shop.START);
    Duration lease = Duration.ofMinutes(1);
    JdbcStorage storage = new JdbcStorage(faulty);
    Kefu kefu = Shop.kefu(storage, clock, "a", CountingChannel.delivering(clock)).lease(lease).build();
    Shop.register(kefu, "c");
    kefu.runDueWork(); // schedules the recurring work once, so every run below claims and completes only
    int faultsMet = 0;
    AtomicReference<Map<String, List<Map<String, String>>>> committed = new AtomicReference<>();
    for (int step = 1; ; step++) {
      Ticket t = Shop.open(kefu, "c", Channel.EMAIL);
      clock.advance(Shop.FIRST_RESPONSE.plusMinutes(1)); // its first-response clock warned, breached and escalated once
      committed.set(Tables.read(real));
      faulty.afterEachCommit(() -> committed.set(Tables.read(real)));
      faulty.failAt(step, fault);
      Throwable thrown = catchThrowable(kefu::runDueWork);
      faulty.disarm();
      faulty.afterEachCommit(() -> {});
      boolean fired = faulty.fired();
      if (fired) {
        faultsMet++;
        // a failed claim surfaces; a failed completion is logged and waits for the lease
        assertThat(thrown).as("%s at step %d", fault, step).satisfiesAnyOf(
            e -> assertThat(e).isNull(), e -> assertThat(e).isInstanceOf(JdbcStoreException.class));
        assertThat(Tables.read(real)).as("after %s at step %d, the tables are as the last whole commit left them", fault, step)
            .isEqualTo(committed.get());
        clock.advance(lease);
        kefu.runDueWork();
      } else {
        assertThat(thrown).as("a run without a fault").isNull();
      }
      clock.advance(Shop.RESOLUTION); // every other threshold of the ticket
      kefu.runDueWork();
      for (SlaMetric metric : List.of(SlaMetric.FIRST_RESPONSE, SlaMetric.RESOLUTION)) {
        List<DomainEvent> events = storage.eventLog().eventsOf(SlaClock.TYPE, SlaClock.idOf(t.id(), metric, 1));
        assertThat(Fired.ofClock(Fired.thresholds(events), t.id(), metric)).as("%s of the ticket of step %d", metric, step)
            .isEqualTo(Fired.everyThresholdOnce(t.id(), metric));
      }
      if (!fired) {
        // on PostgreSQL a claim is one statement and each completion one round trip: the claim and a completion at least
        assertThat(faultsMet).as("steps failed before due work ran through").isGreaterThanOrEqualTo(2);
        return;
      }
    }
  }
}
