package dev.kefu.spi.customer;

import dev.kefu.spi.staff.StaffId;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Which customer files to list and in what order (CU-5). Every filter is optional; a customer
 * matches when it passes all the filters that are set. Build one with {@link #all()} and the
 * {@code with*} methods.
 *
 * @param region only customers in this region
 * @param productCategory only customers who have ordered in this category
 * @param tier only customers of this tier
 * @param segment only customers of this segment
 * @param stage only customers at this stage
 * @param owner only customers owned by this agent
 * @param sort the order
 */
public record CustomerQuery(
    Optional<String> region,
    Optional<String> productCategory,
    Optional<Tier> tier,
    Optional<ValueSegment> segment,
    Optional<RelationshipStage> stage,
    Optional<StaffId> owner,
    CustomerSort sort) {

  /**
   * Creates a query.
   *
   * @throws NullPointerException if an argument is null
   */
  public CustomerQuery {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(productCategory, "productCategory");
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(segment, "segment");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(sort, "sort");
  }

  /** @return every customer, by id */
  public static CustomerQuery all() {
    return new CustomerQuery(
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), CustomerSort.byId());
  }

  /**
   * @param value the region
   * @return this query, restricted to a region
   */
  public CustomerQuery withRegion(String value) {
    return new CustomerQuery(Optional.of(value), productCategory, tier, segment, stage, owner, sort);
  }

  /**
   * @param value the category
   * @return this query, restricted to customers who ordered in a category
   */
  public CustomerQuery withProductCategory(String value) {
    return new CustomerQuery(region, Optional.of(value), tier, segment, stage, owner, sort);
  }

  /**
   * @param value the tier
   * @return this query, restricted to a tier
   */
  public CustomerQuery withTier(Tier value) {
    return new CustomerQuery(region, productCategory, Optional.of(value), segment, stage, owner, sort);
  }

  /**
   * @param value the segment
   * @return this query, restricted to a segment
   */
  public CustomerQuery withSegment(ValueSegment value) {
    return new CustomerQuery(region, productCategory, tier, Optional.of(value), stage, owner, sort);
  }

  /**
   * @param value the stage
   * @return this query, restricted to a stage
   */
  public CustomerQuery withStage(RelationshipStage value) {
    return new CustomerQuery(region, productCategory, tier, segment, Optional.of(value), owner, sort);
  }

  /**
   * @param value the owning agent
   * @return this query, restricted to one owner's customers
   */
  public CustomerQuery withOwner(StaffId value) {
    return new CustomerQuery(region, productCategory, tier, segment, stage, Optional.of(value), sort);
  }

  /**
   * @param value the order
   * @return this query, sorted another way
   */
  public CustomerQuery sortedBy(CustomerSort value) {
    return new CustomerQuery(region, productCategory, tier, segment, stage, owner, value);
  }

  /**
   * The reference filter: what every store's filtering must agree with.
   *
   * @return a predicate that is true for the customers this query matches
   */
  public Predicate<Customer> matcher() {
    return c ->
        region.map(r -> r.equals(c.region())).orElse(true)
            && productCategory.map(p -> c.orders().ordersByCategory().containsKey(p)).orElse(true)
            && tier.map(t -> t == c.tier()).orElse(true)
            && segment.map(s -> s == c.segment()).orElse(true)
            && stage.map(s -> s == c.stage()).orElse(true)
            && owner.map(o -> c.owner().filter(o::equals).isPresent()).orElse(true);
  }
}
