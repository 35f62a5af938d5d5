package dev.kefu.jdbc;

import dev.kefu.spi.notification.DeliveryResult;
import dev.kefu.spi.notification.Notification;
import dev.kefu.spi.notification.NotificationChannel;
import dev.kefu.spi.store.OutboxEntry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * A channel that counts, per idempotency key, every send it answered {@code delivered}. Unlike a
 * real gateway (and testkit's recording channel) it does not deduplicate keys, so a message kefu
 * sent twice shows as 2. It can fail a seeded share of the sends, and records the instant of each
 * attempt from the clock it is given.
 *
 * <p>Thread-safe: several instances send through one channel at once.
 */
final class CountingChannel implements NotificationChannel {

  /** One send: what and when, and whether it was answered delivered. */
  record Attempt(Notification notification, Instant at, boolean delivered) {}

  private final Clock clock;
  private final Predicate<Notification> fails;
  private final List<Attempt> attempts = new ArrayList<>();
  private final Map<String, Integer> deliveries = new HashMap<>();

  private CountingChannel(Clock clock, Predicate<Notification> fails) {
    this.clock = clock;
    this.fails = fails;
  }

  /** A channel that delivers every send. */
  static CountingChannel delivering(Clock clock) {
    return new CountingChannel(clock, n -> false);
  }

  /**
   * A channel that fails each send with the probability {@code share}, drawn from a random seeded
   * by {@code seed}, the key and how often the key was sent before: the same seed fails the same
   * attempts however the sending threads interleave.
   */
  static CountingChannel failing(Clock clock, double share, long seed) {
    Map<String, Integer> sends = new HashMap<>(); // guarded by the channel's lock, as send() is
    return new CountingChannel(clock, n -> {
      int attempt = sends.merge(n.idempotencyKey(), 1, Integer::sum);
      long mixed = seed * 1_000_003L + n.idempotencyKey().hashCode() * 31L + attempt;
      return new SplittableRandom(mixed).nextDouble() < share;
    });
  }

  @Override
  public synchronized DeliveryResult send(Notification notification) {
    Instant now = clock.instant();
    if (fails.test(notification)) {
      attempts.add(new Attempt(notification, now, false));
      return DeliveryResult.retryLater(now, "gateway busy");
    }
    attempts.add(new Attempt(notification, now, true));
    deliveries.merge(notification.idempotencyKey(), 1, Integer::sum);
    return DeliveryResult.delivered();
  }

  /** The idempotency key an outbox message is sent under. */
  static String keyOf(OutboxEntry entry) {
    return entry.message().notification().idempotencyKey();
  }

  /** @return how often each key was answered delivered */
  synchronized Map<String, Integer> deliveries() {
    return Map.copyOf(deliveries);
  }

  /** @return every send, in order */
  synchronized List<Attempt> attempts() {
    return List.copyOf(attempts);
  }
}
