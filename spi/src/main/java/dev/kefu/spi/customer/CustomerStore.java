package dev.kefu.spi.customer;

import dev.kefu.spi.store.Page;
import dev.kefu.spi.store.PageRequest;
import java.util.Optional;

/**
 * Reads customer files from the host's storage. Writes never go through this port: they go,
 * with their events and outbox entries, through one {@link dev.kefu.spi.store.UnitOfWorkCommitter}
 * commit.
 *
 * <p><b>Threading:</b> called concurrently from every command and query; implementations must be
 * thread-safe. <b>Consistency:</b> a read returns the state of some committed unit of work, never
 * a half-written one. <b>Exceptions:</b> an unchecked exception aborts the operation that needed
 * the read, with nothing written.
 *
 * <p>Run {@code CustomerStoreContract} from {@code kefu-testkit} against an implementation. Evolves
 * only by adding default methods.
 */
public interface CustomerStore {

  /**
   * Loads a customer's latest committed version.
   *
   * @param id the customer id
   * @return the customer, or empty if none is stored under {@code id}
   */
  Optional<Customer> find(CustomerId id);

  /**
   * Lists customers that match a query, ordered as {@link CustomerSort#comparator()} orders them
   * and filtered as {@link CustomerQuery#matcher()} filters them.
   *
   * @param query filters and order
   * @param page which slice
   * @return the page, with the total number of matches
   */
  Page<Customer> list(CustomerQuery query, PageRequest page);
}
