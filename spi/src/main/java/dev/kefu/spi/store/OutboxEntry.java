package dev.kefu.spi.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An outbox message with its delivery state, as the outbox hands it out.
 *
 * @param message the message
 * @param sequence its position in the outbox, growing in commit order
 * @param status pending, delivered or dead
 * @param attempts failed attempts so far
 * @param nextAttemptAt not to be sent before this time
 * @param lastError the error of the last failed attempt, if any
 * @param claimToken the token of the current claim; marks must name it
 */
public record OutboxEntry(
    OutboxMessage message,
    long sequence,
    Status status,
    int attempts,
    Instant nextAttemptAt,
    Optional<String> lastError,
    long claimToken) {

  /** Where a message stands. */
  public enum Status {
    /** Waiting to be delivered (again). */
    PENDING,
    /** Delivered; done. */
    DELIVERED,
    /** Parked after failing for good or too often; no longer blocks later messages. */
    DEAD
  }

  /**
   * Creates an entry.
   *
   * @throws NullPointerException if an argument is null
   */
  public OutboxEntry {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
    Objects.requireNonNull(lastError, "lastError");
  }
}
