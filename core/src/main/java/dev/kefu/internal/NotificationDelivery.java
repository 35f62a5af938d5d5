package dev.kefu.internal;

import dev.kefu.notification.DeliveryReport;
import dev.kefu.spi.notification.DeliveryResult;
import dev.kefu.spi.notification.Notification;
import dev.kefu.spi.notification.NotificationChannel;
import dev.kefu.spi.store.OutboxEntry;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers notifications from the outbox: claims the head message of each customer's queue,
 * sends it on its channel, and marks the outcome. A failure is retried with back-off and jitter
 * from the injected clock (nothing sleeps) and parked after the last attempt; a parked message no
 * longer blocks its queue.
 */
public final class NotificationDelivery {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationDelivery.class);

  private final Settings settings;

  /**
   * Creates the delivery.
   *
   * @param settings the wiring
   */
  public NotificationDelivery(Settings settings) {
    this.settings = settings;
  }

  /**
   * Delivers what is due now, queue head by queue head, until nothing more is due or
   * {@code limit} messages were attempted.
   *
   * @param limit the most messages to attempt
   * @return what happened
   */
  public DeliveryReport deliver(int limit) {
    int delivered = 0;
    int retried = 0;
    int parked = 0;
    while (delivered + retried + parked < limit) {
      Instant now = settings.clock().instant();
      int room = Math.min(settings.batchSize(), limit - (delivered + retried + parked));
      List<OutboxEntry> batch = settings.outbox().claimBatch(now, room, settings.instanceId(), settings.lease());
      if (batch.isEmpty()) {
        break;
      }
      for (OutboxEntry entry : batch) {
        switch (attempt(entry, now)) {
          case DELIVERED -> delivered++;
          case RETRIED -> retried++;
          case PARKED -> parked++;
          case LOST -> { }
        }
      }
    }
    return new DeliveryReport(delivered, retried, parked);
  }

  private enum Outcome { DELIVERED, RETRIED, PARKED, LOST }

  private Outcome attempt(OutboxEntry entry, Instant now) {
    Notification n = entry.message().notification();
    NotificationChannel channel = settings.channels().getOrDefault(n.channel(), settings.fallbackChannel());
    DeliveryResult result;
    try {
      result = channel.send(n);
      if (result == null) {
        result = DeliveryResult.retryLater(now, "the channel returned no result");
      }
    } catch (RuntimeException e) {
      LOG.warn("channel {} failed on {}: {}", n.channel(), entry.message().id(), e.toString());
      result = DeliveryResult.retryLater(now, "channel threw " + e.getClass().getSimpleName());
    }
    long token = entry.claimToken();
    if (result instanceof DeliveryResult.Delivered) {
      return settings.outbox().markDelivered(entry.message().id(), token) ? Outcome.DELIVERED : Outcome.LOST;
    }
    if (result instanceof DeliveryResult.FailedPermanently f) {
      LOG.warn("notification {} parked: {}", entry.message().id(), f.reason());
      return settings.outbox().park(entry.message().id(), token, f.reason()) ? Outcome.PARKED : Outcome.LOST;
    }
    DeliveryResult.RetryLater r = (DeliveryResult.RetryLater) result;
    int failures = entry.attempts() + 1;
    if (settings.retry().givesUpAfter(failures)) {
      String error = "gave up after " + failures + " attempts: " + r.reason();
      LOG.warn("notification {} parked: {}", entry.message().id(), error);
      return settings.outbox().park(entry.message().id(), token, error) ? Outcome.PARKED : Outcome.LOST;
    }
    long seed = entry.message().id().getMostSignificantBits() ^ entry.message().id().getLeastSignificantBits();
    Instant backoff = settings.retry().nextAttempt(failures, now, seed);
    Instant retryAt = r.notBefore().isAfter(backoff) ? r.notBefore() : backoff;
    return settings.outbox().markFailed(entry.message().id(), token, retryAt, r.reason()) ? Outcome.RETRIED : Outcome.LOST;
  }
}
