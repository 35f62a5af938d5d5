package dev.kefu.spi.store;

import java.util.Objects;

/**
 * One part of a unit of work that no longer matches the store: an aggregate whose version moved
 * on, a due item someone else claimed or finished, an inbound key already applied.
 *
 * @param type the aggregate type, or {@value #DUE_WORK} or {@value #INBOUND_KEY}
 * @param id the aggregate id, due-work key or inbound key
 * @param expectedVersion what the unit of work expected (for due work: its claim token; for an
 *     inbound key: 0, absent)
 * @param actualVersion what the store holds (0 if nothing)
 */
public record StaleWrite(String type, String id, long expectedVersion, long actualVersion) {

  /** The type of a stale due-work completion. */
  public static final String DUE_WORK = "due-work";

  /** The type of an inbound key that was applied already. */
  public static final String INBOUND_KEY = "inbound-key";

  /**
   * Creates a stale-write record.
   *
   * @throws NullPointerException if an argument is null
   */
  public StaleWrite {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(id, "id");
  }

  @Override
  public String toString() {
    return type + " " + id + " (expected " + expectedVersion + ", found " + actualVersion + ")";
  }
}
