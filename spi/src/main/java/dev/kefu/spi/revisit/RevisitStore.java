package dev.kefu.spi.revisit;

import dev.kefu.spi.store.Page;
import dev.kefu.spi.store.PageRequest;
import java.util.Optional;

/**
 * Reads revisits. Writes go through one {@link dev.kefu.spi.store.UnitOfWorkCommitter} commit.
 *
 * <p><b>Threading:</b> thread-safe. Evolves only by adding default methods.
 */
public interface RevisitStore {

  /**
   * Loads a revisit.
   *
   * @param id the id
   * @return the revisit, or empty
   */
  Optional<Revisit> find(String id);

  /**
   * Lists revisits filtered as {@link RevisitQuery#matcher()}, ordered by {@link RevisitQuery#ORDER}.
   *
   * @param query the filters
   * @param page which slice
   * @return the page
   */
  Page<Revisit> list(RevisitQuery query, PageRequest page);
}
