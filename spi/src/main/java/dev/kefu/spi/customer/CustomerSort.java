package dev.kefu.spi.customer;

import dev.kefu.spi.store.SortDirection;
import java.util.Comparator;
import java.util.Objects;

/**
 * How to order customer files (CU-5). Every store must order exactly as {@link #comparator()}
 * does: by the field in the given direction, customers without a value for the field last in
 * either direction, and ties broken by customer id ascending, so pages never overlap or skip.
 *
 * @param field what to sort by
 * @param direction ascending or descending
 */
public record CustomerSort(Field field, SortDirection direction) {

  /** What customer files can be sorted by. */
  public enum Field {
    /** The customer id. */
    ID,
    /** Lifetime spend, {@link OrderStatistics#lifetimeSpend()}. */
    SALES_VOLUME,
    /** {@link Customer#region()}, by natural string order. */
    REGION,
    /** {@link OrderStatistics#mainCategory()}; customers without orders have none. */
    PRODUCT_CATEGORY,
    /** {@link Customer#creditRating()}, in the order the constants are declared (best first). */
    CREDIT_RATING
  }

  /**
   * Creates a sort order.
   *
   * @throws NullPointerException if an argument is null
   */
  public CustomerSort {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(direction, "direction");
  }

  /** @return by customer id, ascending; the default */
  public static CustomerSort byId() {
    return new CustomerSort(Field.ID, SortDirection.ASCENDING);
  }

  /**
   * Ascending by a field.
   *
   * @param field the field
   * @return the sort
   */
  public static CustomerSort ascending(Field field) {
    return new CustomerSort(field, SortDirection.ASCENDING);
  }

  /**
   * Descending by a field.
   *
   * @param field the field
   * @return the sort
   */
  public static CustomerSort descending(Field field) {
    return new CustomerSort(field, SortDirection.DESCENDING);
  }

  /**
   * The reference order: what every store's sorting must agree with.
   *
   * @return a comparator over customers, total and consistent with the id
   */
  public Comparator<Customer> comparator() {
    Comparator<Customer> byId = Comparator.comparing(c -> c.id().value());
    Comparator<Customer> primary =
        switch (field) {
          case ID -> byId;
          case SALES_VOLUME -> Comparator.comparing(c -> c.orders().lifetimeSpend().amount());
          case REGION -> Comparator.comparing(Customer::region);
          case CREDIT_RATING -> Comparator.comparing(Customer::creditRating);
          case PRODUCT_CATEGORY -> {
            Comparator<String> order =
                direction == SortDirection.ASCENDING ? Comparator.naturalOrder() : Comparator.reverseOrder();
            Comparator<Customer> present =
                Comparator.comparing(c -> c.orders().mainCategory().orElse(null), Comparator.nullsLast(order));
            yield present.thenComparing(byId);
          }
        };
    if (field == Field.PRODUCT_CATEGORY) {
      return primary; // direction and nulls-last are already in the comparator
    }
    Comparator<Customer> directed = direction == SortDirection.ASCENDING ? primary : primary.reversed();
    return directed.thenComparing(byId);
  }
}
