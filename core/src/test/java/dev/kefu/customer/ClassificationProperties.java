package dev.kefu.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.kefu.spi.Money;
import dev.kefu.spi.customer.AccountStatus;
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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Classification over generated customers, times and time zones (CU-2, CU-3, CU-4). */
class ClassificationProperties {

  private static final Currency CNY = Currency.getInstance("CNY");
  private static final Instant NOW = Instant.parse("2026-06-15T08:00:00Z");
  private static final List<ZoneId> ZONES = ZoneId.getAvailableZoneIds().stream().sorted().map(ZoneId::of).toList();
  private final CustomerClassifier classifier = new CustomerClassifier(ClassificationRules.defaults());

  /** An order: how many hours before NOW, and its amount in fen. */
  record Order(long hoursAgo, long fen) {}

  /** The facts classification reads. */
  record Facts(List<Order> orders, ZoneId zone, Optional<LocalDate> cardValidUntil, boolean granted) {}

  static Gen<Order> orders() {
    return longs().between(0, 24L * 900).zip(longs().between(0, 3_000_000L), Order::new);
  }

  static Gen<Facts> facts() {
    Gen<Optional<LocalDate>> card = booleans().all().zip(integers().between(-400, 400),
        (has, offset) -> has ? Optional.of(LocalDate.of(2026, 6, 15).plusDays(offset)) : Optional.empty());
    return lists().of(orders()).ofSizeBetween(0, 30)
        .zip(Generate.pick(ZONES), card, booleans().all(), Facts::new);
  }

  static Customer customer(Facts f) {
    List<OrderFact> facts = new ArrayList<>();
    Money total = Money.zero(CNY);
    for (int i = 0; i < f.orders().size(); i++) {
      Order o = f.orders().get(i);
      Money amount = new Money(BigDecimal.valueOf(o.fen(), 2), CNY);
      facts.add(new OrderFact("o" + i, NOW.minus(Duration.ofHours(o.hoursAgo())), amount, "c" + (i % 3)));
      total = total.plus(amount);
    }
    facts.sort(Comparator.comparing(OrderFact::placedAt));
    OrderStatistics.Builder stats = OrderStatistics.builder().orderCount(facts.size()).lifetimeSpend(total).recentOrders(facts);
    if (!facts.isEmpty()) {
      stats.firstOrderAt(facts.get(0).placedAt()).lastOrderAt(facts.get(facts.size() - 1).placedAt());
    }
    Customer.Builder b = Customer.builder()
        .id(CustomerId.of("c")).name("n").region("r").timeZone(f.zone()).preferredLocale(Locale.ENGLISH)
        .status(AccountStatus.ACTIVE).orders(stats.build()).creditRating(CreditRating.UNRATED)
        .tier(Tier.STANDARD).stage(RelationshipStage.PROSPECTIVE).segment(ValueSegment.OCCASIONAL)
        .registeredAt(NOW).updatedAt(NOW).version(1)
        .membership(f.cardValidUntil().map(d -> new Membership("card", d)));
    if (f.granted()) {
      b.vipGrant(new VipGrant(StaffId.of("sup"), NOW, "by hand"));
    }
    return b.build();
  }

  /** Value order of segments: occasional below general below key. */
  private static int rank(ValueSegment s) {
    return switch (s) {
      case OCCASIONAL -> 0;
      case GENERAL -> 1;
      case KEY -> 2;
    };
  }

  @Test
  @DisplayName("CU-2, CU-3, CU-4: classification is total: every customer gets exactly one stage, segment and tier, each with its rule and reason")
  void total() {
    qt().withExamples(400).forAll(facts()).checkAssert(f -> {
      Classification c = classifier.classify(customer(f), NOW);
      assertThat(c.stage().value()).isNotNull();
      assertThat(c.segment().value()).isNotNull();
      assertThat(c.tier().value()).isNotNull();
      assertThat(c.stage().ruleId()).isEqualTo("CU-2");
      assertThat(c.segment().ruleId()).isEqualTo("CU-3");
      assertThat(c.tier().ruleId()).isEqualTo("CU-4");
      assertThat(List.of(c.stage().reason(), c.segment().reason(), c.tier().reason())).allMatch(r -> !r.isBlank());
      assertThat(classifier.classify(customer(f), NOW)).as("deterministic").isEqualTo(c);
    });
  }

  @Test
  @DisplayName("CU-3: classification is monotone: more spend never lowers the segment")
  void moreSpendNeverLowers() {
    qt().withExamples(400).forAll(facts(), integers().between(0, 29), longs().between(1, 5_000_000L)).checkAssert((f, index, extra) -> {
      if (f.orders().isEmpty()) {
        return;
      }
      int i = index % f.orders().size();
      List<Order> richer = new ArrayList<>(f.orders());
      richer.set(i, new Order(richer.get(i).hoursAgo(), richer.get(i).fen() + extra));
      ValueSegment before = classifier.classify(customer(f), NOW).segment().value();
      ValueSegment after = classifier.classify(customer(new Facts(richer, f.zone(), f.cardValidUntil(), f.granted())), NOW).segment().value();
      assertThat(rank(after)).as("%s -> %s", before, after).isGreaterThanOrEqualTo(rank(before));
    });
  }

  @Test
  @DisplayName("CU-3: one more order never lowers the segment")
  void moreOrdersNeverLower() {
    qt().withExamples(300).forAll(facts(), orders()).checkAssert((f, extra) -> {
      List<Order> more = new ArrayList<>(f.orders());
      more.add(extra);
      ValueSegment before = classifier.classify(customer(f), NOW).segment().value();
      ValueSegment after = classifier.classify(customer(new Facts(more, f.zone(), f.cardValidUntil(), f.granted())), NOW).segment().value();
      assertThat(rank(after)).isGreaterThanOrEqualTo(rank(before));
    });
  }

  @Test
  @DisplayName("CU-4: a supervisor's grant always gives VIP; without a grant and a valid card nobody is VIP or member by default")
  void tierRules() {
    qt().withExamples(300).forAll(facts()).checkAssert(f -> {
      Customer c = customer(f);
      Tier tier = classifier.classify(c, NOW).tier().value();
      LocalDate today = LocalDate.ofInstant(NOW, f.zone());
      boolean validCard = f.cardValidUntil().filter(d -> !today.isAfter(d)).isPresent();
      if (f.granted()) {
        assertThat(tier).isEqualTo(Tier.VIP);
      } else if (!validCard) {
        assertThat(tier).isEqualTo(Tier.STANDARD);
      } else {
        assertThat(tier).isIn(Tier.MEMBER, Tier.VIP);
      }
    });
  }

  @Test
  @DisplayName("CU-2: a prospective customer has no orders; a new one has exactly one recent order")
  void stageRules() {
    qt().withExamples(300).forAll(facts()).checkAssert(f -> {
      RelationshipStage stage = classifier.classify(customer(f), NOW).stage().value();
      long recentFirst = f.orders().stream().mapToLong(Order::hoursAgo).max().orElse(-1);
      switch (stage) {
        case PROSPECTIVE -> assertThat(f.orders()).isEmpty();
        case NEW -> {
          assertThat(f.orders()).hasSize(1);
          assertThat(recentFirst).isLessThan(24L * 90);
        }
        case RETURNING -> assertThat(f.orders().size() >= 2 || recentFirst >= 24L * 90).isTrue();
      }
    });
  }

  @Test
  @DisplayName("CU-3: the key threshold is exact at the boundary")
  void keyBoundary() {
    Map<Long, ValueSegment> expected = Map.of(999_999L, ValueSegment.OCCASIONAL, 1_000_000L, ValueSegment.KEY);
    expected.forEach((fen, segment) -> assertThat(classifier.classify(
        customer(new Facts(List.of(new Order(1, fen)), ZoneId.of("UTC"), Optional.empty(), false)), NOW).segment().value())
        .isEqualTo(segment));
  }
}
