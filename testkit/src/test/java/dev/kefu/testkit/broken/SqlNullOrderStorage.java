package dev.kefu.testkit.broken;

import dev.kefu.spi.customer.Customer;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.customer.CustomerQuery;
import dev.kefu.spi.customer.CustomerSort;
import dev.kefu.spi.customer.CustomerStore;
import dev.kefu.spi.store.Page;
import dev.kefu.spi.store.PageRequest;
import dev.kefu.spi.store.SortDirection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A deliberately broken storage whose customer store sorts as a naive SQL query would:
 * {@code ORDER BY main_category DESC, id} on PostgreSQL puts the customers without a category
 * first, where kefu wants them last in either direction.
 */
final class SqlNullOrderStorage extends ForwardingStorage {

  private final CustomerStore customers = new CustomerStore() {
    @Override
    public Optional<Customer> find(CustomerId id) {
      return delegate.customers().find(id);
    }

    @Override
    public Page<Customer> list(CustomerQuery query, PageRequest page) {
      List<Customer> all = delegate.customers()
          .list(query.sortedBy(CustomerSort.byId()), PageRequest.first(PageRequest.MAX_LIMIT)).items();
      return Page.slice(all.stream().sorted(sqlOrder(query.sort())).toList(), page);
    }
  };

  /** NULL sorts as the largest value, as in PostgreSQL: last ascending, first descending. */
  private static Comparator<Customer> sqlOrder(CustomerSort sort) {
    if (sort.field() != CustomerSort.Field.PRODUCT_CATEGORY) {
      return sort.comparator();
    }
    Comparator<Customer> byCategory = Comparator.comparing(
        c -> c.orders().mainCategory().orElse(null), Comparator.nullsLast(Comparator.<String>naturalOrder()));
    Comparator<Customer> directed = sort.direction() == SortDirection.ASCENDING ? byCategory : byCategory.reversed();
    return directed.thenComparing(c -> c.id().value());
  }

  @Override
  public CustomerStore customers() {
    return customers;
  }
}
