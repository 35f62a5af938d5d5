package dev.kefu.spi.complaint;

import dev.kefu.spi.store.Page;
import dev.kefu.spi.store.PageRequest;
import java.util.Optional;

/**
 * Reads complaints. Writes go through one {@link dev.kefu.spi.store.UnitOfWorkCommitter} commit.
 *
 * <p><b>Threading:</b> thread-safe. <b>Consistency:</b> reads see committed units of work only.
 * Evolves only by adding default methods.
 */
public interface ComplaintStore {

  /**
   * Loads a complaint.
   *
   * @param id the complaint id
   * @return the complaint, or empty
   */
  Optional<Complaint> find(ComplaintId id);

  /**
   * Lists complaints filtered as {@link ComplaintQuery#matcher()} and ordered by
   * {@link ComplaintQuery#ORDER}.
   *
   * @param query the filters
   * @param page which slice
   * @return the page
   */
  Page<Complaint> list(ComplaintQuery query, PageRequest page);
}
