package dev.kefu.testkit.generators;

import static dev.kefu.testkit.generators.Values.after;
import static dev.kefu.testkit.generators.Values.days;
import static dev.kefu.testkit.generators.Values.digits;
import static dev.kefu.testkit.generators.Values.instant;
import static dev.kefu.testkit.generators.Values.oneIn;
import static dev.kefu.testkit.generators.Values.pick;

import dev.kefu.spi.Channel;
import dev.kefu.spi.Money;
import dev.kefu.spi.customer.AccountStatus;
import dev.kefu.spi.customer.ClassificationChange;
import dev.kefu.spi.customer.ClassificationChange.Dimension;
import dev.kefu.spi.customer.ContactPoint;
import dev.kefu.spi.customer.CreditRating;
import dev.kefu.spi.customer.Customer;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.customer.FirstContact;
import dev.kefu.spi.customer.KeyCustomerRecord;
import dev.kefu.spi.customer.MarketingConsent;
import dev.kefu.spi.customer.Membership;
import dev.kefu.spi.customer.OrderFact;
import dev.kefu.spi.customer.OrderStatistics;
import dev.kefu.spi.customer.RelationshipStage;
import dev.kefu.spi.customer.Tier;
import dev.kefu.spi.customer.ValueSegment;
import dev.kefu.spi.customer.VipGrant;
import dev.kefu.spi.staff.StaffId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.random.RandomGenerator;

/** Generators of customers and the records a customer file holds. */
final class CustomerGenerators {

  private static final List<String> CHARACTERISTICS = List.of("preference", "size", "note", "delivery", "language");

  private static final List<String> VIP_REASONS =
      List.of("Long-standing customer", "Press contact", "Compensation for a lost parcel");

  private CustomerGenerators() {}

  static CustomerId customerId(RandomGenerator random) {
    return CustomerId.of("c-" + digits(random, 10));
  }

  static List<ContactPoint> contacts(RandomGenerator random) {
    List<ContactPoint> contacts = new ArrayList<>();
    for (Channel channel : Values.subset(random, List.of(Channel.values()), 3)) {
      contacts.add(Values.contactPoint(random, channel));
    }
    return Values.shuffled(random, contacts);
  }

  static Membership membership(RandomGenerator random) {
    return new Membership("M" + digits(random, 12), Values.day(random));
  }

  static MarketingConsent marketingConsent(RandomGenerator random) {
    return new MarketingConsent(instant(random), pick(random, List.of(Channel.values())));
  }

  /** A first contact owed (CU-7): pending, made, overdue, or made late. */
  static FirstContact firstContact(RandomGenerator random, StaffId owner) {
    Instant assignedAt = instant(random);
    FirstContact fc = FirstContact.pending(owner, assignedAt, assignedAt.plus(days(7)));
    if (oneIn(random, 2)) {
      fc = fc.overdueSince(fc.dueBy());
    }
    if (oneIn(random, 2)) {
      fc = fc.madeAt(after(random, assignedAt, days(14)));
    }
    return fc;
  }

  static KeyCustomerRecord keyCustomerRecord(RandomGenerator random) {
    return new KeyCustomerRecord(
        oneIn(random, 3) ? "" : pick(random, Values.PHRASES),
        oneIn(random, 3) ? "" : pick(random, Values.REGIONS),
        oneIn(random, 3) ? "" : pick(random, Values.PHRASES),
        oneIn(random, 2) ? "" : pick(random, Values.PHRASES));
  }

  static VipGrant vipGrant(RandomGenerator random) {
    return new VipGrant(StaffGenerators.staffId(random), instant(random), pick(random, VIP_REASONS));
  }

  static OrderFact orderFact(RandomGenerator random, Currency currency, Instant placedAt) {
    return new OrderFact("o-" + digits(random, 12), placedAt, Values.money(random, currency, 5_000),
        pick(random, Values.CATEGORIES));
  }

  /**
   * Consistent statistics: the recent orders are the newest, oldest first; the lifetime count and
   * spend cover them and maybe older ones; the categories count every order; the first order is
   * not after the last.
   */
  static OrderStatistics orderStatistics(RandomGenerator random, Currency currency) {
    int recentCount = random.nextInt(0, 6);
    int olderCount = oneIn(random, 3) ? 0 : random.nextInt(0, 30);
    if (recentCount + olderCount == 0) {
      return OrderStatistics.none(currency);
    }
    Instant first = instant(random);
    Instant cursor = olderCount > 0 ? after(random, first, days(720)) : first;
    List<OrderFact> recent = new ArrayList<>();
    for (int i = 0; i < recentCount; i++) {
      Instant placedAt = i == 0 && olderCount == 0 ? first : after(random, cursor, days(60));
      recent.add(orderFact(random, currency, placedAt));
      cursor = placedAt;
    }
    Map<String, Integer> byCategory = new TreeMap<>();
    Money spend = Money.zero(currency);
    for (OrderFact order : recent) {
      byCategory.merge(order.category(), 1, Integer::sum);
      spend = spend.plus(order.amount());
    }
    for (int i = 0; i < olderCount; i++) {
      byCategory.merge(pick(random, Values.CATEGORIES), 1, Integer::sum);
    }
    if (olderCount > 0) {
      spend = spend.plus(Values.money(random, currency, 2_000L * olderCount));
    }
    Instant last = recent.isEmpty() ? cursor : recent.get(recent.size() - 1).placedAt();
    return OrderStatistics.builder()
        .orderCount(recentCount + olderCount)
        .lifetimeSpend(spend)
        .firstOrderAt(first)
        .lastOrderAt(last)
        .ordersByCategory(byCategory)
        .recentOrders(recent)
        .build();
  }

  static ClassificationChange classificationChange(RandomGenerator random) {
    Dimension dimension = pick(random, List.of(Dimension.values()));
    List<String> names = constantNames(dimension);
    String from = oneIn(random, 3) ? "" : pick(random, names);
    return new ClassificationChange(dimension, from, pick(random, names), ruleOf(dimension),
        pick(random, Values.PHRASES), instant(random));
  }

  static Customer customer(RandomGenerator random, Currency shopCurrency, Gen<StaffId> owners) {
    long version = random.nextLong(1, 40);
    Instant registeredAt = instant(random);
    Instant updatedAt = version == 1 ? registeredAt : after(random, registeredAt, days(730));
    OrderStatistics orders = orderStatistics(random, shopCurrency);
    Tier tier = pick(random, List.of(Tier.values()));
    RelationshipStage stage = orders.orderCount() == 0
        ? RelationshipStage.PROSPECTIVE
        : pick(random, List.of(RelationshipStage.NEW, RelationshipStage.RETURNING));
    ValueSegment segment = orders.orderCount() == 0
        ? ValueSegment.OCCASIONAL
        : pick(random, List.of(ValueSegment.values()));
    Optional<Membership> membership = tier == Tier.MEMBER || !oneIn(random, 2)
        ? Optional.of(membership(random))
        : Optional.empty();
    Optional<VipGrant> vipGrant = tier == Tier.VIP && oneIn(random, 2)
        ? Optional.of(vipGrant(random))
        : Optional.empty();
    Optional<StaffId> owner = oneIn(random, 3) ? Optional.empty() : Optional.of(owners.next(random));
    return Customer.builder()
        .id(customerId(random))
        .name(pick(random, Values.NAMES))
        .contacts(contacts(random))
        .region(pick(random, Values.REGIONS))
        .timeZone(pick(random, Values.ZONES))
        .preferredLocale(pick(random, Values.LOCALES))
        .characteristics(Values.smallMap(random, CHARACTERISTICS))
        .status(pick(random, List.of(AccountStatus.values())))
        .orders(orders)
        .creditRating(pick(random, List.of(CreditRating.values())))
        .owner(owner)
        .firstContact(owner.isPresent() && !oneIn(random, 3) ? Optional.of(firstContact(random, owner.get())) : Optional.empty())
        .membership(membership)
        .marketingConsent(oneIn(random, 2) ? Optional.of(marketingConsent(random)) : Optional.empty())
        .keyCustomerRecord(segment == ValueSegment.KEY && !oneIn(random, 3)
            ? Optional.of(keyCustomerRecord(random))
            : Optional.empty())
        .vipGrant(vipGrant)
        .tier(tier)
        .stage(stage)
        .segment(segment)
        .classificationHistory(history(random, registeredAt, updatedAt, stage, segment, tier))
        .registeredAt(registeredAt)
        .updatedAt(updatedAt)
        .version(version)
        .build();
  }

  /**
   * The classification history: the first classification of every dimension at registration,
   * then a few changes, ending at the current values, oldest first.
   */
  private static List<ClassificationChange> history(
      RandomGenerator random, Instant registeredAt, Instant updatedAt,
      RelationshipStage stage, ValueSegment segment, Tier tier) {
    List<ClassificationChange> changes = new ArrayList<>();
    chain(random, changes, Dimension.STAGE, stage.name(), registeredAt, updatedAt);
    chain(random, changes, Dimension.SEGMENT, segment.name(), registeredAt, updatedAt);
    chain(random, changes, Dimension.TIER, tier.name(), registeredAt, updatedAt);
    changes.sort(Comparator.comparing(ClassificationChange::at)); // stable: registration stays first
    return changes;
  }

  private static void chain(
      RandomGenerator random, List<ClassificationChange> changes, Dimension dimension, String current,
      Instant registeredAt, Instant updatedAt) {
    List<String> names = constantNames(dimension);
    int steps = registeredAt.equals(updatedAt) ? 0 : random.nextInt(0, 3);
    List<String> values = new ArrayList<>();
    for (int i = 0; i < steps; i++) {
      values.add(pick(random, names));
    }
    values.add(current);
    String from = "";
    long span = updatedAt.toEpochMilli() - registeredAt.toEpochMilli();
    for (int i = 0; i < values.size(); i++) {
      String to = values.get(i);
      if (to.equals(from)) {
        continue; // not a change
      }
      Instant at = i == 0 ? registeredAt : registeredAt.plusMillis(span * i / (values.size() - 1));
      String reason = from.isEmpty() ? "First classification" : pick(random, Values.PHRASES);
      changes.add(new ClassificationChange(dimension, from, to, ruleOf(dimension), reason, at));
      from = to;
    }
  }

  private static List<String> constantNames(Dimension dimension) {
    Enum<?>[] constants = switch (dimension) {
      case STAGE -> RelationshipStage.values();
      case SEGMENT -> ValueSegment.values();
      case TIER -> Tier.values();
    };
    return Arrays.stream(constants).map(Enum::name).toList();
  }

  private static String ruleOf(Dimension dimension) {
    return switch (dimension) {
      case STAGE -> "CU-2";
      case SEGMENT -> "CU-3";
      case TIER -> "CU-4";
    };
  }
}
