package dev.kefu.spi.ticket;

import dev.kefu.spi.store.Page;
import dev.kefu.spi.store.PageRequest;
import java.util.Optional;

/**
 * Reads tickets from the host's storage. Writes go through one
 * {@link dev.kefu.spi.store.UnitOfWorkCommitter} commit.
 *
 * <p><b>Threading:</b> called concurrently; implementations must be thread-safe.
 * <b>Consistency:</b> a read returns the state of some committed unit of work. <b>Exceptions:</b>
 * an unchecked exception aborts the operation that needed the read, with nothing written.
 *
 * <p>Run {@code TicketStoreContract} from {@code kefu-testkit} against an implementation. Evolves
 * only by adding default methods.
 */
public interface TicketStore {

  /**
   * Loads a ticket's latest committed version.
   *
   * @param id the ticket id
   * @return the ticket, or empty if none is stored under {@code id}
   */
  Optional<Ticket> find(TicketId id);

  /**
   * Lists tickets that match a query, filtered as {@link TicketQuery#matcher()} and ordered as
   * {@link TicketQuery#ORDER}.
   *
   * @param query the filters
   * @param page which slice
   * @return the page, with the total number of matches
   */
  Page<Ticket> list(TicketQuery query, PageRequest page);
}
