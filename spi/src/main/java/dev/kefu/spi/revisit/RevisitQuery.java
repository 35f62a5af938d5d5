package dev.kefu.spi.revisit;

import dev.kefu.spi.customer.CustomerId;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which revisits to list; ordered by {@link #ORDER}: scheduled time, then id.
 *
 * @param campaign only this campaign
 * @param customer only this customer
 * @param statuses only these statuses; empty means any
 */
public record RevisitQuery(Optional<String> campaign, Optional<CustomerId> customer, Set<Revisit.Status> statuses) {

  /** The order every store lists revisits in. */
  public static final Comparator<Revisit> ORDER = Comparator.comparing(Revisit::scheduledFor).thenComparing(Revisit::id);

  /** Creates a query; the status set is copied. */
  public RevisitQuery {
    Objects.requireNonNull(campaign, "campaign");
    Objects.requireNonNull(customer, "customer");
    statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
  }

  /** @return every revisit */
  public static RevisitQuery all() {
    return new RevisitQuery(Optional.empty(), Optional.empty(), Set.of());
  }

  /**
   * @param value the campaign
   * @return this query, restricted to a campaign
   */
  public RevisitQuery withCampaign(String value) {
    return new RevisitQuery(Optional.of(value), customer, statuses);
  }

  /**
   * @param value the customer
   * @return this query, restricted to a customer
   */
  public RevisitQuery withCustomer(CustomerId value) {
    return new RevisitQuery(campaign, Optional.of(value), statuses);
  }

  /** @return the reference filter every store must agree with */
  public Predicate<Revisit> matcher() {
    return r -> campaign.map(c -> c.equals(r.campaign())).orElse(true)
        && customer.map(c -> c.equals(r.customer())).orElse(true)
        && (statuses.isEmpty() || statuses.contains(r.status()));
  }
}
