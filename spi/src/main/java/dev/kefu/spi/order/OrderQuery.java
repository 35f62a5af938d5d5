package dev.kefu.spi.order;

import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.staff.StaffId;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Which orders to list; ordered by {@link #ORDER}: id.
 *
 * @param customer only this customer's orders
 * @param takenBy only orders this agent took
 * @param placedFrom only orders placed at or after this instant
 * @param placedBefore only orders placed before this instant
 * @param awaitingPayment only orders that {@linkplain Order#awaitsPayment() await payment}
 */
public record OrderQuery(
    Optional<CustomerId> customer, Optional<StaffId> takenBy, Optional<Instant> placedFrom, Optional<Instant> placedBefore,
    boolean awaitingPayment) {

  /** The order every store lists orders in. */
  public static final Comparator<Order> ORDER = Comparator.comparing(o -> o.id().value());

  /**
   * Creates a query.
   *
   * @throws NullPointerException if an argument is null
   */
  public OrderQuery {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(takenBy, "takenBy");
    Objects.requireNonNull(placedFrom, "placedFrom");
    Objects.requireNonNull(placedBefore, "placedBefore");
  }

  /** @return every order */
  public static OrderQuery all() {
    return new OrderQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false);
  }

  /**
   * @param value the customer
   * @return this query, restricted to a customer
   */
  public OrderQuery withCustomer(CustomerId value) {
    return new OrderQuery(Optional.of(value), takenBy, placedFrom, placedBefore, awaitingPayment);
  }

  /**
   * @param value the agent
   * @return this query, restricted to orders the agent took
   */
  public OrderQuery withTakenBy(StaffId value) {
    return new OrderQuery(customer, Optional.of(value), placedFrom, placedBefore, awaitingPayment);
  }

  /**
   * @param from inclusive
   * @param before exclusive
   * @return this query, restricted to orders placed in {@code [from, before)}
   */
  public OrderQuery placedBetween(Instant from, Instant before) {
    return new OrderQuery(customer, takenBy, Optional.of(from), Optional.of(before), awaitingPayment);
  }

  /** @return this query, restricted to orders awaiting payment */
  public OrderQuery awaitingPaymentOnly() {
    return new OrderQuery(customer, takenBy, placedFrom, placedBefore, true);
  }

  /** @return the reference filter every store must agree with */
  public Predicate<Order> matcher() {
    return o -> customer.map(c -> c.equals(o.customer())).orElse(true)
        && takenBy.map(s -> o.takenBy().filter(s::equals).isPresent()).orElse(true)
        && placedFrom.map(f -> o.placedAt().filter(p -> !p.isBefore(f)).isPresent()).orElse(true)
        && placedBefore.map(b -> o.placedAt().filter(p -> p.isBefore(b)).isPresent()).orElse(true)
        && (!awaitingPayment || o.awaitsPayment());
  }
}
