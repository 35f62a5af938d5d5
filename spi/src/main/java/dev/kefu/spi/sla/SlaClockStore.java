package dev.kefu.spi.sla;

import dev.kefu.spi.store.Page;
import dev.kefu.spi.store.PageRequest;
import java.util.Optional;

/**
 * Reads SLA clocks. Writes go through one {@link dev.kefu.spi.store.UnitOfWorkCommitter} commit,
 * together with the ticket change that moves them.
 *
 * <p><b>Threading:</b> thread-safe. <b>Consistency:</b> reads see committed units of work only.
 * Evolves only by adding default methods.
 */
public interface SlaClockStore {

  /**
   * Loads a clock.
   *
   * @param id the clock id
   * @return the clock, or empty
   */
  Optional<SlaClock> find(String id);

  /**
   * Lists clocks filtered as {@link SlaClockQuery#matcher()} and ordered by
   * {@link SlaClockQuery#ORDER}.
   *
   * @param query the filters
   * @param page which slice
   * @return the page
   */
  Page<SlaClock> list(SlaClockQuery query, PageRequest page);
}
