package dev.kefu.spi.store;

import java.util.Optional;

/**
 * Remembers which request ids and inbound event ids were applied, so a retried command or a
 * redelivered event has no new effect. Keys are recorded in the {@link UnitOfWork} of the effect
 * they guard; recording a key that is already there makes the whole unit of work stale.
 *
 * <p><b>Threading:</b> thread-safe. <b>Exceptions:</b> unchecked exceptions only.
 *
 * <p>Run {@code InboundKeysContract} from {@code kefu-testkit} against an implementation. Evolves
 * only by adding default methods.
 */
public interface InboundKeys {

  /**
   * Looks up an applied key.
   *
   * @param key the request id or event id
   * @return what it produced, or empty if it was never applied
   */
  Optional<AppliedRequest> lookup(String key);
}
