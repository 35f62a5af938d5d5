package dev.kefu.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.kefu.notification.RetryPolicy;
import dev.kefu.spi.Channel;
import dev.kefu.spi.store.OutboxEntry;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A channel that fails half of its sends (seeded), one to three instances delivering at once, and
 * a clock the test moves past the back-offs: every notification is delivered exactly once, in its
 * recipient's order, never before its back-off has passed, and the outbox counts every failed
 * attempt the channel saw.
 */
abstract class FlakyChannelProperties {

  /** No jitter, so the back-off after {@code n} failures is exactly {@code min(80 s, 10 s * 2^(n-1))}. */
  private static final RetryPolicy RETRY = new RetryPolicy(Duration.ofSeconds(10), 2.0, Duration.ofSeconds(80), 40, 0.0);
  private static final int MAX_ROUNDS = 500;

  private final AtOnce atOnce = new AtOnce();

  /** @return the database the test runs on */
  protected abstract Database database();

  /** @return how many generated examples the property checks */
  protected abstract int examples();

  @AfterEach
  void stopThreads() {
    atOnce.close();
  }

  @Test
  @DisplayName("through a channel failing half the sends, with the clock moved past the back-offs, every notification is delivered exactly once, in order, never early")
  void everyNotificationIsDeliveredOnce() {
    qt().withExamples(examples()).forAll(
            longs().all(),
            integers().between(1, 3),
            integers().between(1, 3),
            lists().of(integers().between(5, 90)).ofSizeBetween(1, 6))
        .checkAssert(this::deliverThroughAFlakyChannel);
  }

  private void deliverThroughAFlakyChannel(long seed, int instances, int customers, List<Integer> steps) {
    TestClock clock = new TestClock(Shop.START);
    CountingChannel channel = CountingChannel.failing(clock, 0.5, seed);
    Fleet fleet = new Fleet(database().fresh(instances), channel, clock, (i, b) -> b.retryPolicy(RETRY).batchSize(2));
    for (int c = 0; c < customers; c++) {
      Shop.register(fleet.get(c), "c" + c);
      for (int t = 0; t < 2; t++) {
        Shop.open(fleet.get(c + t), "c" + c, Channel.EMAIL); // each tells its customer: two messages per queue
      }
    }
    int messages = Fired.outbox(fleet.storage, OutboxEntry.Status.PENDING).size();
    assertThat(messages).as("messages to deliver").isGreaterThanOrEqualTo(2 * customers);

    fleet.deliverNotifications(atOnce);
    for (int round = 0; round < MAX_ROUNDS && !Fired.outbox(fleet.storage, OutboxEntry.Status.PENDING).isEmpty(); round++) {
      fleet.advance(Duration.ofSeconds(steps.get(round % steps.size())));
      fleet.deliverNotifications(atOnce);
    }

    assertThat(Fired.outbox(fleet.storage, OutboxEntry.Status.PENDING)).as("still pending").isEmpty();
    assertThat(Fired.outbox(fleet.storage, OutboxEntry.Status.DEAD)).as("parked").isEmpty();
    List<OutboxEntry> delivered = Fired.outbox(fleet.storage, OutboxEntry.Status.DELIVERED);
    assertThat(delivered).hasSize(messages);
    assertThat(channel.deliveries()).as("each message delivered once, nothing else")
        .isEqualTo(delivered.stream().collect(Collectors.toMap(CountingChannel::keyOf, e -> 1)));

    Map<String, List<CountingChannel.Attempt>> attempts = channel.attempts().stream()
        .collect(Collectors.groupingBy(a -> a.notification().idempotencyKey()));
    for (OutboxEntry e : delivered) {
      List<CountingChannel.Attempt> mine = attempts.get(CountingChannel.keyOf(e));
      assertThat(mine.size() - 1).as("failed sends of %s, as the outbox counted them", e.message().id()).isEqualTo(e.attempts());
      for (int failures = 1; failures < mine.size(); failures++) {
        Duration waited = Duration.between(mine.get(failures - 1).at(), mine.get(failures).at());
        assertThat(waited).as("wait after failure %d of %s", failures, e.message().id()).isGreaterThanOrEqualTo(backoff(failures));
      }
    }
    List<String> deliveryOrder = channel.attempts().stream().filter(CountingChannel.Attempt::delivered)
        .map(a -> a.notification().idempotencyKey()).toList();
    Map<String, List<OutboxEntry>> queues = delivered.stream().collect(Collectors.groupingBy(e -> e.message().partitionKey()));
    for (List<OutboxEntry> queue : queues.values()) {
      List<Integer> sent = queue.stream().sorted(Comparator.comparingLong(OutboxEntry::sequence))
          .map(e -> deliveryOrder.indexOf(CountingChannel.keyOf(e))).toList();
      assertThat(sent).as("a recipient's messages delivered in the order they were written").isSorted().doesNotHaveDuplicates();
    }
  }

  /** The back-off after {@code failures} failed attempts, computed here from {@link #RETRY}'s numbers. */
  private static Duration backoff(int failures) {
    long seconds = 10L << Math.min(failures - 1, 10);
    return Duration.ofSeconds(Math.min(seconds, 80));
  }
}
