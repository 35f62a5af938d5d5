package dev.kefu.spi.store;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Notifications waiting to be delivered. Messages are written in a {@link UnitOfWork}; delivery
 * claims them here, sends them, and marks the outcome.
 *
 * <p><b>Order:</b> within one {@linkplain OutboxMessage#partitionKey() partition} only the oldest
 * pending message is handed out, so a customer's messages arrive in order; a dead (parked)
 * message leaves the queue and does not block later ones. <b>Claims:</b> a handed-out message is
 * claimed for a lease, so two instances never send it at once; a mark that names a lapsed and
 * re-issued claim token is ignored and returns false.
 *
 * <p><b>Threading:</b> called concurrently by many instances; implementations must be
 * thread-safe. <b>Exceptions:</b> unchecked exceptions only.
 *
 * <p>Run {@code OutboxContract} from {@code kefu-testkit} against an implementation. Evolves only
 * by adding default methods.
 */
public interface Outbox {

  /**
   * Claims the next messages to send: for each partition, its oldest pending message, if that is
   * due ({@code nextAttemptAt <= now}) and not under another claim; ordered by sequence.
   *
   * @param now the current time
   * @param limit the most messages, at least 1
   * @param owner who claims them
   * @param lease how long the claim holds, positive
   * @return the claimed entries, each with its new claim token
   * @throws IllegalArgumentException if {@code limit} or {@code lease} is not positive
   */
  List<OutboxEntry> claimBatch(Instant now, int limit, String owner, Duration lease);

  /**
   * Marks a message delivered.
   *
   * @param id the message id
   * @param claimToken the token it was claimed with
   * @return true if marked; false if the claim was no longer held
   */
  boolean markDelivered(UUID id, long claimToken);

  /**
   * Records a failed attempt: one more attempt, not to be sent again before {@code retryAt}.
   *
   * @param id the message id
   * @param claimToken the token it was claimed with
   * @param retryAt the earliest next attempt
   * @param error what went wrong, without personal data
   * @return true if marked; false if the claim was no longer held
   */
  boolean markFailed(UUID id, long claimToken, Instant retryAt, String error);

  /**
   * Parks a message as dead, with its error; later messages of its partition move on.
   *
   * @param id the message id
   * @param claimToken the token it was claimed with
   * @param error why it was given up
   * @return true if parked; false if the claim was no longer held
   */
  boolean park(UUID id, long claimToken, String error);

  /**
   * Lists messages in a status, by sequence.
   *
   * @param status the status
   * @param page which slice
   * @return the page
   */
  Page<OutboxEntry> list(OutboxEntry.Status status, PageRequest page);
}
