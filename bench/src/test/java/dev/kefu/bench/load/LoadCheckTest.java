package dev.kefu.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.memory.InMemoryStorage;
import dev.kefu.spi.event.SlaBreached;
import dev.kefu.spi.notification.Notification;
import dev.kefu.spi.store.ForwardingStorage;
import dev.kefu.spi.store.OutboxEntry;
import dev.kefu.spi.store.PageRequest;
import dev.kefu.spi.store.ScheduledWork;
import dev.kefu.spi.store.Storage;
import dev.kefu.spi.store.UnitOfWork;
import dev.kefu.spi.store.UnitOfWorkCommitter;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The load test's check finds what it is there to find: a small run on the in-memory store passes,
 * and the same run with a breach never logged, a notification handed over twice, a message left
 * in the outbox or a timer left due does not.
 */
class LoadCheckTest {

  private static final int TICKETS = 60;
  private final Timeline timeline = new Timeline(TICKETS);

  private LoadRun.Outcome run(Storage storage) {
    return new LoadRun("in-memory", Collections.nCopies(4, storage), 4, timeline).run(new Deadline(Duration.ofMinutes(5)));
  }

  @Test
  @DisplayName("a run on the in-memory store passes, every ticket's events and notifications as its script says")
  void cleanRunPasses() {
    InMemoryStorage storage = new InMemoryStorage();
    LoadRun.Outcome outcome = run(storage);
    LoadCheck.Verdict verdict = new LoadCheck(timeline).check(storage, outcome);
    assertThat(outcome.figures().failures()).isEmpty();
    assertThat(verdict.problems()).isEmpty();
    assertThat(verdict.passed()).isTrue();
    long expected = 0;
    for (int i = 0; i < TICKETS; i++) {
      expected += Script.expected(i).events.size();
    }
    assertThat(verdict.ticketEvents()).isEqualTo(expected);
  }

  @Test
  @DisplayName("a store that loses every breach event fails the check, naming the missing breaches")
  void lostBreachesAreFound() {
    InMemoryStorage memory = new InMemoryStorage();
    Storage losing = new ForwardingStorage(memory) {
      @Override
      public UnitOfWorkCommitter unitOfWork() {
        return work -> memory.unitOfWork().commit(work.toBuilder()
            .events(work.events().stream().filter(e -> !SlaBreached.TYPE.equals(e.type())).toList()).build());
      }
    };
    LoadCheck.Verdict verdict = new LoadCheck(timeline).check(memory, run(losing));
    assertThat(verdict.passed()).isFalse();
    assertThat(verdict.problems()).anySatisfy(p -> assertThat(p).contains("SLOW_REPLY").contains("missing [sla.breached FIRST_RESPONSE/1 at +10m]"));
  }

  @Test
  @DisplayName("a notification handed to the channel a second time fails the check")
  void doubleDeliveryIsFound() {
    InMemoryStorage storage = new InMemoryStorage();
    LoadRun.Outcome outcome = run(storage);
    Notification sent = storage.outbox().list(OutboxEntry.Status.DELIVERED, PageRequest.first(1)).items().get(0).message().notification();
    outcome.channel().send(sent);
    LoadCheck.Verdict verdict = new LoadCheck(timeline).check(storage, outcome);
    assertThat(verdict.problems()).anySatisfy(p -> assertThat(p).contains("handed to the channel 2 times"));
  }

  @Test
  @DisplayName("a message left in the outbox, or a timer left due, fails the check")
  void workLeftBehindIsFound() {
    InMemoryStorage storage = new InMemoryStorage();
    LoadRun.Outcome outcome = run(storage);
    OutboxEntry delivered = storage.outbox().list(OutboxEntry.Status.DELIVERED, PageRequest.first(1)).items().get(0);
    Notification n = delivered.message().notification();
    storage.unitOfWork().commit(UnitOfWork.builder()
        .addOutbox(new dev.kefu.spi.store.OutboxMessage(java.util.UUID.randomUUID(), "left-behind",
            new Notification(n.recipient(), n.channel(), n.templateKey(), n.parameters(), n.locale(), "left-behind:" + n.channel()),
            outcome.end()))
        .addSchedule(new ScheduledWork("left-behind", "sla.clock", outcome.end(), Map.of()))
        .build());
    LoadCheck.Verdict verdict = new LoadCheck(timeline).check(storage, outcome);
    assertThat(verdict.problems()).anySatisfy(p -> assertThat(p).contains("PENDING at the end"));
    assertThat(verdict.problems()).anySatisfy(p -> assertThat(p).startsWith("due work left due at the end"));
  }
}
