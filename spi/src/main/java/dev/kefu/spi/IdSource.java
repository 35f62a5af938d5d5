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
