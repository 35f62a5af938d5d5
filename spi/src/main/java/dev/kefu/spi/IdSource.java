package dev.kefu.spi;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Where kefu takes new identifiers from: ticket ids, event ids, outbox entry ids.
 *
 * <p><b>Threading:</b> called concurrently by every command; implementations must be thread-safe.
 * <b>Contract:</b> never returns the same value twice within one store.
 */
@FunctionalInterface
public interface IdSource {

  /**
   * A new identifier.
   *
   * @return a value never returned before
   */
  UUID next();

  /**
   * Two new identifiers, as two calls of {@link #next()} would give them, in that order. kefu
   * draws an event's id and its notification's together with it, for each SLA timer event; a
   * source can make both in one step (the seeded one takes one atomic update for the two instead
   * of one each: each is a full fence on the engine thread).
   *
   * @param into an array of at least two; its first two elements are set, the first drawn first
   */
  default void nextTwo(UUID[] into) {
    into[0] = next();
    into[1] = next();
  }

  /**
   * Random (version 4) UUIDs from a {@link SecureRandom}; the default.
   *
   * @return the id source
   */
  static IdSource random() {
    return UUID::randomUUID;
  }

  /**
   * Repeatable ids from a seed, for simulations and tests that must replay exactly.
   *
   * @param seed the seed
   * @return an id source that gives the same sequence for the same seed
   */
  static IdSource seeded(long seed) {
    return new SeededIds(seed);
  }
}
