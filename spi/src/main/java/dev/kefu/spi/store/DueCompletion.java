package dev.kefu.spi.store;

import java.util.Objects;

/**
 * Completes a claimed due item inside the unit of work that commits its effects, so the effects
 * are committed exactly once even when several instances run.
 *
 * @param key the item's key
 * @param token the token the item was claimed with; if the store holds another (someone else
 *     claimed it after the lease lapsed, or it was rescheduled), the whole unit of work is stale
 */
public record DueCompletion(String key, long token) {

  /**
   * Creates a completion.
   *
   * @throws NullPointerException if {@code key} is null
   */
  public DueCompletion {
    Objects.requireNonNull(key, "key");
  }

  /**
   * Completes a claimed item.
   *
   * @param item the item as claimed
   * @return the completion
   */
  public static DueCompletion of(DueItem item) {
    return new DueCompletion(item.key(), item.token());
  }
}
