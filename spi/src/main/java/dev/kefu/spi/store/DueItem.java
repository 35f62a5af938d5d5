package dev.kefu.spi.store;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Scheduled work as the due-work port holds it.
 *
 * @param key the stable key
 * @param kind which handler runs it
 * @param dueAt when it becomes due
 * @param attributes what the handler needs
 * @param token a fencing token, unique within the store, that changes whenever the item is
 *     scheduled again or claimed; completing the item names the token it was claimed with
 * @param claimedBy the instance holding the claim, if claimed
 * @param claimedUntil when that claim lapses, if claimed
 */
public record DueItem(
    String key,
    String kind,
    Instant dueAt,
    Map<String, String> attributes,
    long token,
    Optional<String> claimedBy,
    Optional<Instant> claimedUntil) {

  /**
   * Creates a due item; the attributes are copied.
   *
   * @throws NullPointerException if an argument is null
   */
  public DueItem {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(dueAt, "dueAt");
    attributes = Map.copyOf(attributes);
    Objects.requireNonNull(claimedBy, "claimedBy");
    Objects.requireNonNull(claimedUntil, "claimedUntil");
  }

  /**
   * Whether a claim on this item is in force at a time.
   *
   * @param now the time
   * @return true if claimed and the lease has not ended
   */
  public boolean isClaimedAt(Instant now) {
    return claimedUntil.filter(now::isBefore).isPresent();
  }
}
