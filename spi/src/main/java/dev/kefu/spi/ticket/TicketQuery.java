package dev.kefu.spi.ticket;

import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.staff.StaffId;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which tickets to list. Every filter is optional; results are ordered by {@link #ORDER}: opened
 * time, then id.
 *
 * @param customer only this customer's tickets
 * @param owner only tickets this agent owns
 * @param statuses only tickets in one of these statuses; empty means any
 * @param kind only tickets of this kind
 */
public record TicketQuery(
    Optional<CustomerId> customer, Optional<StaffId> owner, Set<TicketStatus> statuses, Optional<TicketKind> kind) {

  /** The order every store lists tickets in: oldest first, ties by id. */
  public static final Comparator<Ticket> ORDER =
      Comparator.comparing(Ticket::openedAt).thenComparing(t -> t.id().value());

  /**
   * Creates a query; the status set is copied.
   *
   * @throws NullPointerException if an argument is null
   */
  public TicketQuery {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(owner, "owner");
    statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
    Objects.requireNonNull(kind, "kind");
  }

  /** @return every ticket */
  public static TicketQuery all() {
    return new TicketQuery(Optional.empty(), Optional.empty(), Set.of(), Optional.empty());
  }

  /**
   * @param id the customer
   * @return this query, restricted to one customer
   */
  public TicketQuery withCustomer(CustomerId id) {
    return new TicketQuery(Optional.of(id), owner, statuses, kind);
  }

  /**
   * @param id the owning agent
   * @return this query, restricted to one owner
   */
  public TicketQuery withOwner(StaffId id) {
    return new TicketQuery(customer, Optional.of(id), statuses, kind);
  }

  /**
   * @param first a status
   * @param rest more statuses
   * @return this query, restricted to these statuses
   */
  public TicketQuery withStatuses(TicketStatus first, TicketStatus... rest) {
    return new TicketQuery(customer, owner, EnumSet.of(first, rest), kind);
  }

  /**
   * @param value the kind
   * @return this query, restricted to one kind
   */
  public TicketQuery withKind(TicketKind value) {
    return new TicketQuery(customer, owner, statuses, Optional.of(value));
  }

  /**
   * The reference filter: what every store's filtering must agree with.
   *
   * @return a predicate that is true for the tickets this query matches
   */
  public Predicate<Ticket> matcher() {
    return t ->
        customer.map(c -> c.equals(t.customer())).orElse(true)
            && owner.map(o -> t.owner().filter(o::equals).isPresent()).orElse(true)
            && (statuses.isEmpty() || statuses.contains(t.status()))
            && kind.map(k -> k == t.kind()).orElse(true);
  }
}
