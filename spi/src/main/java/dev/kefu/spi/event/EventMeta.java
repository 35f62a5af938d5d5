package dev.kefu.spi.event;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What every domain event carries besides its payload.
 *
 * @param eventId unique per event; notifications derive their idempotency key from it
 * @param occurredAt when the change happened, from kefu's injected clock
 * @param aggregateType the type of the aggregate that changed, for example {@code "ticket"}
 * @param aggregateId the id of the aggregate that changed
 * @param aggregateVersion the aggregate's version after the change
 */
public record EventMeta(
    UUID eventId, Instant occurredAt, String aggregateType, String aggregateId, long aggregateVersion) {

  /**
   * Creates event metadata.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the version is below 1
   */
  public EventMeta {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(aggregateType, "aggregateType");
    Objects.requireNonNull(aggregateId, "aggregateId");
    if (aggregateVersion < 1) {
      throw new IllegalArgumentException("aggregate version must be at least 1, was " + aggregateVersion);
    }
  }
}
