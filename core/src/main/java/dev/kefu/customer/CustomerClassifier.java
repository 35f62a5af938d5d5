package dev.kefu.customer;

import dev.kefu.spi.customer.Customer;
import dev.kefu.spi.customer.OrderStatistics;
import dev.kefu.spi.customer.RelationshipStage;
import dev.kefu.spi.customer.Tier;
import dev.kefu.spi.customer.ValueSegment;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * Classifies a customer from the facts on file and the time (CU-2, CU-3, CU-4). A total, pure
 * function: every customer gets exactly one stage, one segment and one tier, and the same facts
 * at the same time give the same answer. Stages and segments change with time alone (an order
 * ages out of the window), which is why kefu re-runs it daily.
 *
 * <ul>
 *   <li><b>CU-2 stage:</b> prospective without orders; new if the first order lies within the
 *       new-customer window and there are fewer orders than the bound; returning otherwise.
 *   <li><b>CU-3 segment:</b> key if trailing spend reaches the key spend or trailing orders reach
 *       the key order count; else occasional if trailing orders are at most the occasional bound;
 *       else general. Key is checked first. More spend never lowers the segment.
 *   <li><b>CU-4 tier:</b> VIP if a supervisor granted it or the VIP rule says so; else member if
 *       a membership card is valid today in the customer's time zone; else standard.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class CustomerClassifier {

  private final ClassificationRules rules;

  /**
   * Creates a classifier.
   *
   * @param rules the thresholds
   */
  public CustomerClassifier(ClassificationRules rules) {
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  /** @return the thresholds in use */
  public ClassificationRules rules() {
    return rules;
  }

  /**
   * Classifies a customer at a time.
   *
   * @param customer the customer's file
   * @param now the time to classify at
   * @return the classification with reasons
   */
  public Classification classify(Customer customer, Instant now) {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(now, "now");
    Classified<RelationshipStage> stage = stage(customer.orders(), now);
    Classified<ValueSegment> segment = segment(customer, now);
    Classified<Tier> tier = tier(customer, segment.value(), now);
    return new Classification(stage, segment, tier);
  }

  private Classified<RelationshipStage> stage(OrderStatistics orders, Instant now) {
    Optional<Instant> first = orders.firstOrderAt();
    if (orders.orderCount() == 0 || first.isEmpty()) {
      return new Classified<>(RelationshipStage.PROSPECTIVE, "CU-2", "no order yet");
    }
    Instant windowStart = now.minus(rules.newCustomerWindow());
    boolean recentFirst = first.get().isAfter(windowStart);
    if (recentFirst && orders.orderCount() < rules.newCustomerMaxOrders()) {
      return new Classified<>(RelationshipStage.NEW, "CU-2",
          "first order within " + rules.newCustomerWindow().toDays() + " days and " + orders.orderCount()
              + " order(s), fewer than " + rules.newCustomerMaxOrders());
    }
    return new Classified<>(RelationshipStage.RETURNING, "CU-2",
        recentFirst
            ? orders.orderCount() + " orders, at least " + rules.newCustomerMaxOrders()
            : "first order more than " + rules.newCustomerWindow().toDays() + " days ago");
  }

  private Classified<ValueSegment> segment(Customer customer, Instant now) {
    Instant since = trailingStart(customer, now);
    OrderStatistics orders = customer.orders();
    var spend = orders.spendSince(since).amount();
    int count = orders.ordersSince(since);
    String window = "in the trailing " + rules.trailingPeriod();
    if (spend.compareTo(rules.keyMinSpend()) >= 0) {
      return new Classified<>(ValueSegment.KEY, "CU-3",
          "spend " + spend.toPlainString() + " " + window + " reaches " + rules.keyMinSpend().toPlainString());
    }
    if (count >= rules.keyMinOrders()) {
      return new Classified<>(ValueSegment.KEY, "CU-3",
          count + " orders " + window + " reach " + rules.keyMinOrders());
    }
    if (count <= rules.occasionalMaxOrders()) {
      return new Classified<>(ValueSegment.OCCASIONAL, "CU-3",
          count + " order(s) " + window + ", at most " + rules.occasionalMaxOrders());
    }
    return new Classified<>(ValueSegment.GENERAL, "CU-3",
        count + " orders and spend " + spend.toPlainString() + " " + window + ", neither key nor occasional");
  }

  private Classified<Tier> tier(Customer customer, ValueSegment segment, Instant now) {
    if (customer.vipGrant().isPresent()) {
      return new Classified<>(Tier.VIP, "CU-4", "VIP granted by a supervisor: " + customer.vipGrant().get().reason());
    }
    LocalDate today = LocalDate.ofInstant(now, customer.timeZone());
    boolean member = customer.membership().filter(m -> m.isValidOn(today)).isPresent();
    Optional<String> vip = rules.vipRule().evaluate(segment, member);
    if (vip.isPresent()) {
      return new Classified<>(Tier.VIP, "CU-4", "VIP by rule: " + vip.get());
    }
    if (member) {
      return new Classified<>(Tier.MEMBER, "CU-4", "membership card valid until " + customer.membership().get().validUntil());
    }
    return new Classified<>(Tier.STANDARD, "CU-4",
        customer.membership().isPresent() ? "membership card expired" : "no membership card");
  }

  /**
   * The start of the trailing window for a customer, reckoned in the customer's time zone.
   *
   * @param customer the customer
   * @param now the time
   * @return {@code now} minus the trailing period, exclusive
   */
  public Instant trailingStart(Customer customer, Instant now) {
    return ZonedDateTime.ofInstant(now, customer.timeZone()).minus(rules.trailingPeriod()).toInstant();
  }
}
