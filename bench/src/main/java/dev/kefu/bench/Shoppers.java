package dev.kefu.bench;

import dev.kefu.customer.ClassificationRules;
import dev.kefu.customer.Classification;
import dev.kefu.customer.CustomerClassifier;
import dev.kefu.spi.Channel;
import dev.kefu.spi.Money;
import dev.kefu.spi.customer.AccountStatus;
import dev.kefu.spi.customer.ContactPoint;
import dev.kefu.spi.customer.CreditRating;
import dev.kefu.spi.customer.Customer;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.customer.Membership;
import dev.kefu.spi.customer.OrderFact;
import dev.kefu.spi.customer.OrderStatistics;
import dev.kefu.spi.customer.RelationshipStage;
import dev.kefu.spi.customer.Tier;
import dev.kefu.spi.customer.ValueSegment;
import dev.kefu.spi.customer.VipGrant;
import dev.kefu.spi.staff.StaffId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Customer files for benchmarks, generated from a seed: a skewed mix of customers who never
 * ordered, occasional, regular and heavy buyers, with order histories over the last three years,
 * membership cards, a few VIP grants, and their classification as kefu would have left it.
 */
final class Shoppers {

  /** The time the benchmarks run at. */
  static final Instant NOW = Instant.parse("2026-03-02T06:00:00Z");

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private static final Currency YUAN = Currency.getInstance("CNY");
  private static final List<String> CATEGORIES =
      List.of("apparel", "shoes", "electronics", "home", "beauty", "food", "toys", "sports");
  private static final String[] REGIONS = {"Guangdong", "Zhejiang", "Jiangsu", "Shanghai", "Beijing", "Sichuan"};

  /**
   * One generated customer.
   *
   * @param customer the file, as kefu stores it (recent orders only)
   * @param history every order the customer ever placed, oldest first
   */
  record Shopper(Customer customer, List<OrderFact> history) {}

  private Shoppers() {}

  /**
   * Generates customers.
   *
   * @param count how many
   * @param seed the seed
   * @return the customers, in generation order
   */
  static List<Shopper> generate(int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    CustomerClassifier classifier = new CustomerClassifier(ClassificationRules.defaults());
    List<Shopper> all = new ArrayList<>(count);
    for (int i = 1; i <= count; i++) {
      all.add(shopper(i, random, classifier));
    }
    return all;
  }

  private static Shopper shopper(int n, SplittableRandom random, CustomerClassifier classifier) {
    double r = random.nextDouble();
    int orders = r < 0.15 ? 0 : r < 0.50 ? random.nextInt(1, 3) : r < 0.85 ? random.nextInt(3, 11) : random.nextInt(11, 41);
    int median = orders > 10 ? 600 : 200;
    List<OrderFact> history = new ArrayList<>();
    for (int k = 0; k < orders; k++) {
      Instant at = NOW.minus(Duration.ofMinutes(1 + random.nextLong(Duration.ofDays(3 * 365).toMinutes())));
      BigDecimal amount = BigDecimal.valueOf(Math.max(9.9, median * Math.exp(0.7 * random.nextGaussian())))
          .setScale(2, RoundingMode.HALF_UP);
      history.add(new OrderFact(String.format("SO-%d-%d", n, k), at, new Money(amount, YUAN),
          CATEGORIES.get(random.nextInt(CATEGORIES.size()))));
    }
    history.sort(Comparator.comparing(OrderFact::placedAt));
    Instant trailingStart = NOW.atZone(ZONE).minusMonths(12).toInstant();
    Map<String, Integer> byCategory = new HashMap<>();
    BigDecimal lifetime = BigDecimal.ZERO;
    for (OrderFact o : history) {
      byCategory.merge(o.category(), 1, Integer::sum);
      lifetime = lifetime.add(o.amount().amount());
    }
    OrderStatistics.Builder stats = OrderStatistics.builder()
        .orderCount(orders)
        .lifetimeSpend(new Money(lifetime, YUAN))
        .ordersByCategory(byCategory)
        .recentOrders(history.stream().filter(o -> o.placedAt().isAfter(trailingStart)).toList());
    if (!history.isEmpty()) {
      stats.firstOrderAt(history.get(0).placedAt()).lastOrderAt(history.get(history.size() - 1).placedAt());
    }
    CustomerId id = CustomerId.of(String.format("C%07d", n));
    Customer.Builder b = Customer.builder()
        .id(id)
        .name("Customer " + n)
        .addContacts(ContactPoint.of(Channel.SMS, String.format("138%08d", n)))
        .region(REGIONS[random.nextInt(REGIONS.length)])
        .timeZone(ZONE)
        .preferredLocale(Locale.SIMPLIFIED_CHINESE)
        .status(AccountStatus.ACTIVE)
        .orders(stats.build())
        .creditRating(CreditRating.values()[random.nextInt(CreditRating.values().length)])
        .tier(Tier.STANDARD)
        .stage(RelationshipStage.PROSPECTIVE)
        .segment(ValueSegment.OCCASIONAL)
        .registeredAt(NOW.minus(Duration.ofDays(1200)))
        .updatedAt(NOW)
        .version(1);
    if (random.nextDouble() < 0.3) {
      b.membership(new Membership("M" + n, LocalDate.ofInstant(NOW, ZONE).plusDays(random.nextInt(-90, 365))));
    }
    if (random.nextDouble() < 0.01) {
      b.vipGrant(new VipGrant(StaffId.of("supervisor"), NOW.minus(Duration.ofDays(30)), "wholesale buyer"));
    }
    Customer unclassified = b.build();
    Classification c = classifier.classify(unclassified, NOW);
    Customer customer = unclassified.toBuilder()
        .tier(c.tier().value())
        .stage(c.stage().value())
        .segment(c.segment().value())
        .build();
    return new Shopper(customer, List.copyOf(history));
  }
}
