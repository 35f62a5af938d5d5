package dev.kefu.spi.store;

import dev.kefu.spi.Aggregate;
import java.util.Objects;

/**
 * One aggregate to store, with the version it replaces. The new state's version must be one more
 * than the expected one; {@code expectedVersion} 0 creates the aggregate.
 *
 * @param aggregate the new state
 * @param expectedVersion the version the store must hold now; 0 if it must hold none
 */
public record AggregateWrite(Aggregate aggregate, long expectedVersion) {

  /**
   * Creates a write.
   *
   * @throws NullPointerException if {@code aggregate} is null
   * @throws IllegalArgumentException if the new version is not {@code expectedVersion + 1}
   */
  public AggregateWrite {
    Objects.requireNonNull(aggregate, "aggregate");
    if (expectedVersion < 0 || aggregate.version() != expectedVersion + 1) {
      throw new IllegalArgumentException(
          aggregate.aggregateType() + " " + aggregate.aggregateId() + ": version " + aggregate.version()
              + " cannot replace version " + expectedVersion);
    }
  }

  /**
   * A write that creates an aggregate (its version must be 1).
   *
   * @param aggregate the new aggregate
   * @return the write
   */
  public static AggregateWrite create(Aggregate aggregate) {
    return new AggregateWrite(aggregate, 0);
  }

  /**
   * A write that replaces the version just before the aggregate's own.
   *
   * @param aggregate the changed aggregate
   * @return the write
   */
  public static AggregateWrite update(Aggregate aggregate) {
    return new AggregateWrite(aggregate, aggregate.version() - 1);
  }

  /** @return {@code type/id}, the key under which stores hold the aggregate */
  public String key() {
    return aggregate.aggregateType() + "/" + aggregate.aggregateId();
  }
}
