package dev.kefu.spi.store;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Notifications waiting to be delivered. Messages are written in a {@link UnitOfWork}; delivery
 * claims them here, sends them, and marks the outcome.
 *
 * <p><b>Order:</b> within one {@linkplain OutboxMessage#partitionKey() partition} messages go out
 * oldest first, one at a time: {@link #claimBatch(Instant, int, String, Duration)} hands out only
 * the oldest pending message, and {@link #claimBatch(Instant, int, int, String, Duration)} the
 * oldest few, to be sent and marked in order. So a customer's messages arrive in order; a failed
 * message blocks its partition until it is delivered or parked; a dead (parked) message leaves the
 * queue and does not block later ones. <b>Claims:</b> a handed-out message is claimed for a lease,
 * so two instances never send it at once; a mark that names a lapsed and re-issued claim token is
 * ignored and returns false.
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
   * Claims the next messages to send, several of a partition at once: for each partition, its
   * oldest pending messages, at most {@code perPartition} of them, in sequence order. The first is
   * the one {@link #claimBatch(Instant, int, String, Duration)} would hand out (due and not under
   * another claim); each one after it follows only if it is due too. With more candidates than
   * {@code limit}, the lowest sequences are taken, so a partition's messages are always a prefix of
   * its queue. The result is ordered by sequence; each entry has its own claim token, and a
   * partition's entries share one lease.
   *
   * <p><b>Order:</b> the caller sends a partition's messages in sequence order, one at a time, and
   * marks each before the next: a mark that names a message whose predecessors in its partition are
   * still pending returns false and changes nothing. Marking a message delivered or parked keeps the
   * claim on the ones after it; {@linkplain #markFailed marking it failed} ends that claim (their
   * marks return false, and a later claim hands them out again once the failed one is delivered or
   * parked). So a failed message still blocks its partition until it is delivered or parked.
   *
   * <p>Added after the first ports. The default takes one message per partition, as
   * {@code claimBatch(now, limit, owner, lease)} does, which this contract allows; a store that
   * hands out more saves the deliverer a claim per message.
   *
   * @param now the current time
   * @param limit the most messages in all, at least 1
   * @param perPartition the most messages of one partition, at least 1
   * @param owner who claims them
   * @param lease how long the claims hold, positive
   * @return the claimed entries, ordered by sequence, each with its new claim token
   * @throws IllegalArgumentException if {@code limit}, {@code perPartition} or {@code lease} is
   *     not positive
   */
  default List<OutboxEntry> claimBatch(Instant now, int limit, int perPartition, String owner, Duration lease) {
    ClaimArguments.check(now, limit, perPartition, owner, lease);
    return claimBatch(now, limit, owner, lease);
  }

  /**
   * Marks a message delivered.
   *
   * @param id the message id
   * @param claimToken the token it was claimed with
   * @return true if marked; false if the claim was no longer held
   */
  boolean markDelivered(UUID id, long claimToken);

  /**
   * Marks several claimed messages delivered, in the given order, each as
   * {@link #markDelivered(UUID, long)} would: a message whose claim is no longer held (or, for a
   * message claimed with others of its partition, whose predecessor is still pending) is left as
   * it is. A store may apply the marks at once; a reader sees each message either pending or
   * delivered, never a later message of a partition delivered before an earlier one.
   *
   * <p>Added after the first ports. The default marks them one by one.
   *
   * @param claimed the entries as claimed (their message ids and claim tokens are used)
   * @return how many were marked
   */
  default int markDelivered(List<OutboxEntry> claimed) {
    int marked = 0;
    for (OutboxEntry e : claimed) {
      if (markDelivered(e.message().id(), e.claimToken())) {
        marked++;
      }
    }
    return marked;
  }

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
   * Lists messages in a status, by sequence. Pending and dead messages are always listed; a store
   * may let delivered messages go after a retention limit it documents (a count, an age), and then
   * lists, and counts in the page's total, only the delivered messages it still keeps.
   *
   * @param status the status
   * @param page which slice
   * @return the page
   */
  Page<OutboxEntry> list(OutboxEntry.Status status, PageRequest page);
}
