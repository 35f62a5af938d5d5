package dev.kefu.internal;

import dev.kefu.notification.DeliveryReport;
import dev.kefu.spi.Channel;
import dev.kefu.spi.notification.DeliveryResult;
import dev.kefu.spi.notification.Notification;
import dev.kefu.spi.notification.NotificationChannel;
import dev.kefu.spi.store.OutboxEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers notifications from the outbox: claims the oldest messages of each queue (a customer's,
 * a member of staff's), sends each queue's messages in order on their channels, and marks the
 * outcomes, the deliveries of a batch at once. A failure is retried with back-off and jitter from
 * the injected clock (nothing sleeps) and parked after the last attempt; a failed message ends its
 * queue's part of the batch, so nothing behind it goes out before it; a parked message no longer
 * blocks its queue.
 */
public final class NotificationDelivery {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationDelivery.class);

  private final Settings settings;
  /** The channel wired for each {@link Channel}, by ordinal, the fallback where none is. */
  private final NotificationChannel[] channels;

  /**
   * Creates the delivery.
   *
   * @param settings the wiring
   */
  public NotificationDelivery(Settings settings) {
    this.settings = settings;
    this.channels = new NotificationChannel[Channel.values().length];
    for (Channel c : Channel.values()) {
      channels[c.ordinal()] = settings.channels().getOrDefault(c, settings.fallbackChannel());
    }
  }

  /**
   * Delivers what is due now, batch by batch, until nothing more is due or {@code limit} messages
   * were attempted. A batch holds up to the batch size of messages, as many of one queue as are
   * due; each queue's messages are sent in order, and a message's delivery is marked before any
   * failure or parking of a later one of its queue.
   *
   * @param limit the most messages to attempt
   * @return what happened
   */
  public DeliveryReport deliver(int limit) {
    int delivered = 0;
    int retried = 0;
    int parked = 0;
    int attempted = 0;
    List<OutboxEntry> sent = new ArrayList<>();
    while (attempted < limit) {
      Instant now = settings.clock().instant();
      int room = Math.min(settings.batchSize(), limit - attempted);
      List<OutboxEntry> batch = settings.outbox().claimBatch(now, room, room, settings.instanceId(), settings.lease());
      if (batch.isEmpty()) {
        break;
      }
      Set<String> stopped = null; // queues whose part of this batch ended with a failure
      for (OutboxEntry entry : batch) {
        if (stopped != null && stopped.contains(entry.message().partitionKey())) {
          continue; // behind a failed message: its claim ended, and it waits for the failed one
        }
        attempted++;
        DeliveryResult result = send(entry, now);
        if (result instanceof DeliveryResult.Delivered) {
          sent.add(entry); // marked with the batch's other deliveries
          continue;
        }
        delivered += markSent(sent); // a queue's earlier messages are marked before a later one fails or is parked
        Outcome outcome = markUnsent(entry, result, now);
        if (outcome == Outcome.PARKED) {
          parked++;
        } else {
          retried += outcome == Outcome.RETRIED ? 1 : 0;
          if (stopped == null) {
            stopped = new HashSet<>();
          }
          stopped.add(entry.message().partitionKey());
        }
      }
      delivered += markSent(sent);
      if (batch.size() < room) {
        break; // the claim took all that was due and free: another would find nothing (and cost a scan)
      }
    }
    return new DeliveryReport(delivered, retried, parked);
  }

  /** Marks what was sent delivered; returns how many were marked. */
  private int markSent(List<OutboxEntry> sent) {
    if (sent.isEmpty()) {
      return 0;
    }
    int marked = settings.outbox().markDelivered(sent);
    if (marked < sent.size()) {
      LOG.debug("{} of {} sent notifications were claimed by another instance meanwhile", sent.size() - marked, sent.size());
    }
    sent.clear();
    return marked;
  }

  private enum Outcome { RETRIED, PARKED, LOST }

  /** Sends one message on its channel; a throwing channel or no answer is a failure to retry. */
  private DeliveryResult send(OutboxEntry entry, Instant now) {
    Notification n = entry.message().notification();
    NotificationChannel channel = channels[n.channel().ordinal()];
    try {
      DeliveryResult result = channel.send(n);
      return result != null ? result : DeliveryResult.retryLater(now, "the channel returned no result");
    } catch (RuntimeException e) {
      LOG.warn("channel {} failed on {}: {}", n.channel(), entry.message().id(), e.toString());
      return DeliveryResult.retryLater(now, "channel threw " + e.getClass().getSimpleName());
    }
  }

  /** Marks a message that was not delivered: failed, to be retried after its back-off, or parked. */
  private Outcome markUnsent(OutboxEntry entry, DeliveryResult result, Instant now) {
    long token = entry.claimToken();
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
