package dev.kefu.spi.store;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Work to do at a given time, under a stable key: an SLA timer, a revisit, the daily
 * reclassification. Scheduling a key that is already scheduled replaces it.
 *
 * @param key stable and unique, for example {@code "customer.daily-reclassification"}
 * @param kind which handler runs it
 * @param dueAt when it becomes due
 * @param attributes what the handler needs, as strings
 */
public record ScheduledWork(String key, String kind, Instant dueAt, Map<String, String> attributes) {

  /**
   * Creates scheduled work; the attributes are copied.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the key or kind is blank
   */
  public ScheduledWork {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(dueAt, "dueAt");
    attributes = Map.copyOf(attributes);
    if (key.isBlank() || kind.isBlank()) {
      throw new IllegalArgumentException("due work needs a key and a kind");
    }
  }
}
