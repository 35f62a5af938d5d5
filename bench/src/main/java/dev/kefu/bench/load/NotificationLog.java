package dev.kefu.bench.load;

import dev.kefu.spi.notification.DeliveryResult;
import dev.kefu.spi.notification.Notification;
import dev.kefu.spi.notification.NotificationChannel;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The channel every instance of a run sends through: it accepts every notification and records,
 * by idempotency key ({@code <event id>:<channel>}, one per outbox message), how often it was
 * handed over, with the fact the check compares ({@link Facts#notification}) and its ticket.
 */
final class NotificationLog implements NotificationChannel {

  /** What the channel saw of one idempotency key. */
  static final class Received {
    final String fact;
    final String ticket;
    final AtomicInteger times = new AtomicInteger();

    Received(String fact, String ticket) {
      this.fact = fact;
      this.ticket = ticket;
    }
  }

  private final Map<String, Received> received = new ConcurrentHashMap<>();
  private final AtomicLong sends = new AtomicLong();

  @Override
  public DeliveryResult send(Notification n) {
    sends.incrementAndGet();
    received.computeIfAbsent(n.idempotencyKey(),
        k -> new Received(Facts.notification(n.templateKey(), n.recipient().id()), n.parameters().get("ticketId")))
        .times.incrementAndGet();
    return DeliveryResult.delivered();
  }

  /** @return every idempotency key the channel was handed, with what it saw of it */
  Map<String, Received> received() {
    return received;
  }

  /** @return how many notifications the channel was handed, repeats included */
  long sends() {
    return sends.get();
  }
}
