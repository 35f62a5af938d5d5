package dev.kefu.spi.store;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Timers shared by every kefu instance on one store: SLA clocks, revisits, the daily
 * reclassification. Work is scheduled and cancelled in a {@link UnitOfWork}; this port claims due
 * items for one instance at a time.
 *
 * <p><b>Claiming:</b> {@link #claim} hands out due items that are unclaimed or whose claim has
 * lapsed, ordered by (due time, key), and gives each a new {@linkplain DueItem#token() token}. A
 * claim lapses when its lease ends so another instance can take the item; the first claimer can
 * then no longer complete it. An item is completed by a {@link DueCompletion} inside the unit of
 * work that commits its effects.
 *
 * <p><b>Threading:</b> called concurrently by many instances; two concurrent claims never both
 * receive the same item while a lease is in force. <b>Exceptions:</b> unchecked exceptions only;
 * a failed claim claims nothing.
 *
 * <p>Run {@code DueWorkContract} from {@code kefu-testkit} against an implementation. Evolves only
 * by adding default methods.
 */
public interface DueWork {

  /**
   * Claims due items.
   *
   * @param now the current time: items due at or before it are due
   * @param limit the most items to claim, at least 1
   * @param owner who claims them, for example the instance id
   * @param lease how long the claim holds, positive
   * @return the claimed items, ordered by (due time, key), each with its new token
   * @throws IllegalArgumentException if {@code limit} or {@code lease} is not positive
   */
  List<DueItem> claim(Instant now, int limit, String owner, Duration lease);

  /**
   * Looks up a scheduled item, claimed or not.
   *
   * @param key the key
   * @return the item, or empty if nothing is scheduled under the key
   */
  Optional<DueItem> scheduled(String key);

  /**
   * The earliest instant at which {@link #claim} would hand out an item: the smallest due time of
   * the unclaimed items and, for claimed ones, the later of due time and lease end. A host can
   * schedule its next call for then instead of polling.
   *
   * @return that instant, or empty if nothing is scheduled
   * @throws UnsupportedOperationException if this port predates the method and does not implement it
   */
  default Optional<Instant> nextDueAt() {
    throw new UnsupportedOperationException(getClass().getName() + " does not implement DueWork.nextDueAt()");
  }
}
