package dev.kefu.spi.order;

import dev.kefu.spi.store.Page;
import dev.kefu.spi.store.PageRequest;
import java.util.Optional;

/**
 * Reads the orders kefu keeps. Writes go through one {@link dev.kefu.spi.store.UnitOfWorkCommitter}
 * commit, with the version checks every aggregate gets.
 *
 * <p>Run {@code OrderStoreContract} from {@code kefu-testkit} against an implementation.
 * <b>Threading:</b> thread-safe. Evolves only by adding default methods.
 */
public interface OrderStore {

  /**
   * Loads an order.
   *
   * @param id the id
   * @return the order, or empty
   */
  Optional<Order> find(OrderId id);

  /**
   * Lists orders filtered as {@link OrderQuery#matcher()}, ordered by {@link OrderQuery#ORDER}.
   *
   * @param query the filters
   * @param page which slice
   * @return the page
   */
  Page<Order> list(OrderQuery query, PageRequest page);
}
