package dev.kefu.spi.store;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A unit of work was rejected because part of it was stale: another writer changed an aggregate
 * first, claimed or finished a due item, or applied the same inbound key. Nothing of the unit of
 * work was written. The exception names every stale part, not just the first.
 *
 * <p>Re-read and decide again; a command carrying a request id can simply be repeated.
 */
public final class StaleVersionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<StaleWrite> staleWrites;

  /**
   * Creates the exception.
   *
   * @param staleWrites every stale part; at least one
   * @throws IllegalArgumentException if the list is empty
   */
  public StaleVersionException(List<StaleWrite> staleWrites) {
    super(message(staleWrites));
    this.staleWrites = List.copyOf(staleWrites);
  }

  private static String message(List<StaleWrite> staleWrites) {
    if (staleWrites.isEmpty()) {
      throw new IllegalArgumentException("a stale-version exception needs at least one stale write");
    }
    return "stale unit of work, nothing written: "
        + staleWrites.stream().map(StaleWrite::toString).collect(Collectors.joining("; "));
  }

  /** @return every stale part of the rejected unit of work */
  public List<StaleWrite> staleWrites() {
    return staleWrites;
  }

  /**
   * Whether a given inbound key was among the stale parts, meaning another writer applied the
   * same request first.
   *
   * @param key the inbound key
   * @return true if the key was already applied
   */
  public boolean isInboundKeyTaken(String key) {
    return staleWrites.stream().anyMatch(s -> s.type().equals(StaleWrite.INBOUND_KEY) && s.id().equals(key));
  }
}
