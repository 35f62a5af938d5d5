package dev.kefu.bench;

import dev.kefu.customer.Classification;
import dev.kefu.customer.ClassificationRules;
import dev.kefu.customer.CustomerClassifier;
import dev.kefu.spi.customer.Customer;
import dev.kefu.spi.customer.OrderFact;
import dev.kefu.spi.customer.RelationshipStage;
import dev.kefu.spi.customer.Tier;
import dev.kefu.spi.customer.ValueSegment;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * CU-2 to CU-4: {@link CustomerClassifier#classify} over a pool of 1,024 generated customers,
 * against a naive classifier written here that recomputes everything from the customer's whole
 * order history on every call (trailing spend by streaming the orders and adding
 * {@link BigDecimal}s) and returns bare enums without reasons. Both give the same stage, segment
 * and tier for every customer in the pool; setup checks that.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class ClassificationBenchmark {

  private static final int POOL = 1024;

  private final CustomerClassifier classifier = new CustomerClassifier(ClassificationRules.defaults());
  private final NaiveClassifier naive = new NaiveClassifier(ClassificationRules.defaults());
  private Customer[] customers;
  private List<OrderFact>[] histories;
  private int next;

  /** Generates the pool and checks that both classifiers agree on it. */
  @Setup
  @SuppressWarnings("unchecked")
  public void setUp() {
    List<Shoppers.Shopper> pool = Shoppers.generate(POOL, 7);
    customers = pool.stream().map(Shoppers.Shopper::customer).toArray(Customer[]::new);
    histories = pool.stream().map(Shoppers.Shopper::history).toArray(List[]::new);
    for (int i = 0; i < POOL; i++) {
      Classification k = classifier.classify(customers[i], Shoppers.NOW);
      NaiveClassifier.Result n = naive.classify(customers[i], histories[i], Shoppers.NOW);
      if (k.stage().value() != n.stage() || k.segment().value() != n.segment() || k.tier().value() != n.tier()) {
        throw new IllegalStateException("classifiers disagree on " + customers[i].id() + ": " + k + " vs " + n);
      }
    }
  }

  /**
   * kefu classifies the next customer of the pool.
   *
   * @return the classification
   */
  @Benchmark
  public Classification kefu() {
    int i = next++ & (POOL - 1);
    return classifier.classify(customers[i], Shoppers.NOW);
  }

  /**
   * The naive classifier classifies the next customer of the pool.
   *
   * @return the classification
   */
  @Benchmark
  public NaiveClassifier.Result baseline() {
    int i = next++ & (POOL - 1);
    return naive.classify(customers[i], histories[i], Shoppers.NOW);
  }

  /** The straightforward way: everything from the full order history, every time. */
  static final class NaiveClassifier {

    /**
     * A classification without reasons.
     *
     * @param stage the stage
     * @param segment the segment
     * @param tier the tier
     */
    record Result(RelationshipStage stage, ValueSegment segment, Tier tier) {}

    private final ClassificationRules rules;

    NaiveClassifier(ClassificationRules rules) {
      this.rules = rules;
    }

    Result classify(Customer c, List<OrderFact> history, Instant now) {
      Instant since = now.atZone(c.timeZone()).minus(rules.trailingPeriod()).toInstant();
      BigDecimal spend = history.stream()
          .filter(o -> o.placedAt().isAfter(since))
          .map(o -> o.amount().amount())
          .reduce(BigDecimal.ZERO, BigDecimal::add);
      long recent = history.stream().filter(o -> o.placedAt().isAfter(since)).count();
      Optional<Instant> first = history.stream().map(OrderFact::placedAt).min(Comparator.naturalOrder());

      RelationshipStage stage;
      if (first.isEmpty()) {
        stage = RelationshipStage.PROSPECTIVE;
      } else if (first.get().isAfter(now.minus(rules.newCustomerWindow())) && history.size() < rules.newCustomerMaxOrders()) {
        stage = RelationshipStage.NEW;
      } else {
        stage = RelationshipStage.RETURNING;
      }

      ValueSegment segment;
      if (spend.compareTo(rules.keyMinSpend()) >= 0 || recent >= rules.keyMinOrders()) {
        segment = ValueSegment.KEY;
      } else if (recent <= rules.occasionalMaxOrders()) {
        segment = ValueSegment.OCCASIONAL;
      } else {
        segment = ValueSegment.GENERAL;
      }

      LocalDate today = LocalDate.ofInstant(now, c.timeZone());
      boolean member = c.membership().isPresent() && !today.isAfter(c.membership().get().validUntil());
      Tier tier;
      if (c.vipGrant().isPresent() || (segment == ValueSegment.KEY && member)) {
        tier = Tier.VIP;
      } else if (member) {
        tier = Tier.MEMBER;
      } else {
        tier = Tier.STANDARD;
      }
      return new Result(stage, segment, tier);
    }
  }
}
