package dev.kefu.spi.complaint;

import dev.kefu.spi.customer.CustomerId;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which complaints to list; results are ordered by {@link #ORDER}: registration time, then id.
 *
 * @param customer only this customer's complaints
 * @param statuses only complaints in these statuses; empty means any
 * @param registeredFrom only complaints registered at or after this instant
 * @param registeredBefore only complaints registered before this instant
 */
public record ComplaintQuery(
    Optional<CustomerId> customer, Set<ComplaintStatus> statuses, Optional<Instant> registeredFrom, Optional<Instant> registeredBefore) {

  /** The order every store lists complaints in. */
  public static final Comparator<Complaint> ORDER =
      Comparator.comparing(Complaint::registeredAt).thenComparing(c -> c.id().value());

  /**
   * Creates a query; the status set is copied.
   *
   * @throws NullPointerException if an argument is null
   */
  public ComplaintQuery {
    Objects.requireNonNull(customer, "customer");
    statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
    Objects.requireNonNull(registeredFrom, "registeredFrom");
    Objects.requireNonNull(registeredBefore, "registeredBefore");
  }

  /** @return every complaint */
  public static ComplaintQuery all() {
    return new ComplaintQuery(Optional.empty(), Set.of(), Optional.empty(), Optional.empty());
  }

  /**
   * @param id the customer
   * @return this query, restricted to one customer
   */
  public ComplaintQuery withCustomer(CustomerId id) {
    return new ComplaintQuery(Optional.of(id), statuses, registeredFrom, registeredBefore);
  }

  /**
   * @param value the statuses
   * @return this query, restricted to these statuses
   */
  public ComplaintQuery withStatuses(Set<ComplaintStatus> value) {
    return new ComplaintQuery(customer, value, registeredFrom, registeredBefore);
  }

  /**
   * @param from inclusive
   * @param before exclusive
   * @return this query, restricted to complaints registered in [from, before)
   */
  public ComplaintQuery registeredBetween(Instant from, Instant before) {
    return new ComplaintQuery(customer, statuses, Optional.of(from), Optional.of(before));
  }

  /** @return the reference filter every store must agree with */
  public Predicate<Complaint> matcher() {
    return c -> customer.map(id -> id.equals(c.customer())).orElse(true)
        && (statuses.isEmpty() || statuses.contains(c.status()))
        && registeredFrom.map(f -> !c.registeredAt().isBefore(f)).orElse(true)
        && registeredBefore.map(b -> c.registeredAt().isBefore(b)).orElse(true);
  }
}
