package dev.kefu.spi.store;

import dev.kefu.spi.notification.Notification;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A notification to deliver, written to the outbox in the same unit of work as the change that
 * caused it.
 *
 * @param id unique per message
 * @param partitionKey messages with one partition key are delivered in the order they were
 *     committed (kefu uses the recipient)
 * @param notification what to deliver
 * @param createdAt when it was written
 */
public record OutboxMessage(UUID id, String partitionKey, Notification notification, Instant createdAt) {

  /**
   * Creates a message.
   *
   * @throws NullPointerException if an argument is null
   */
  public OutboxMessage {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(partitionKey, "partitionKey");
    Objects.requireNonNull(notification, "notification");
    Objects.requireNonNull(createdAt, "createdAt");
  }
}
