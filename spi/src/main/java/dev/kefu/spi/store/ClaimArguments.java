package dev.kefu.spi.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The argument checks every {@link DueWork#claim} and {@link Outbox#claimBatch} implementation
 * makes, in one place, so a host's store fails on bad arguments exactly as kefu's own do.
 *
 * <p>Stateless and thread-safe.
 */
public final class ClaimArguments {

  private ClaimArguments() {}

  /**
   * Checks a claim's arguments.
   *
   * @param now the claim's time
   * @param limit the most items to claim
   * @param owner who claims
   * @param lease how long the claim holds
   * @throws NullPointerException if {@code now}, {@code owner} or {@code lease} is null
   * @throws IllegalArgumentException if {@code limit} or {@code lease} is not positive
   */
  public static void check(Instant now, int limit, String owner, Duration lease) {
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(lease, "lease");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
    if (lease.isNegative() || lease.isZero()) {
      throw new IllegalArgumentException("lease must be positive, was " + lease);
    }
  }

  /**
   * Checks a per-partition claim's arguments.
   *
   * @param now the claim's time
   * @param limit the most messages to claim
   * @param perPartition the most messages of one partition
   * @param owner who claims
   * @param lease how long the claim holds
   * @throws NullPointerException if {@code now}, {@code owner} or {@code lease} is null
   * @throws IllegalArgumentException if {@code limit}, {@code perPartition} or {@code lease} is not
   *     positive
   */
  public static void check(Instant now, int limit, int perPartition, String owner, Duration lease) {
    check(now, limit, owner, lease);
    if (perPartition < 1) {
      throw new IllegalArgumentException("perPartition must be at least 1, was " + perPartition);
    }
  }
}
