package dev.kefu.examples.shopday;

import dev.kefu.examples.shopday.CustomerBase.Habit;
import dev.kefu.examples.shopday.CustomerBase.Shopper;
import dev.kefu.spi.Channel;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.ticket.TicketKind;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * What the day will bring, drawn from the seed before it starts: when each contact arrives, from
 * whom, on which channel and about what; the orders customers place; the membership cards sold;
 * and the customers the supervisor makes VIP. The service desk's answers are decided as the day
 * runs.
 *
 * <p>Immutable once drawn.
 */
final class DayPlan {

  /**
   * A contact reaching the desk, or made by it (payment reminders, cash-on-delivery
   * confirmations, revisits).
   *
   * @param at when
   * @param shopper the customer
   * @param channel the channel (TK-2)
   * @param kind what it is about (TK-1)
   */
  record Contact(Instant at, Shopper shopper, Channel channel, TicketKind kind) {}

  /**
   * An order placed in the shop.
   *
   * @param at when
   * @param shopper the customer
   * @param amount the value in yuan
   * @param category the product category
   * @param cashOnDelivery true if paid on delivery (TK-8)
   */
  record Order(Instant at, Shopper shopper, BigDecimal amount, String category, boolean cashOnDelivery) {}

  /**
   * A customer event that is neither a contact nor an order: a membership card bought, or VIP
   * status granted by the supervisor.
   *
   * @param at when
   * @param shopper the customer
   */
  record Moment(Instant at, Shopper shopper) {}

  /** Contacts per hour of the day (08 to 24, where 24 is just after midnight), relative. */
  private static final double[] HOURLY = {4, 4, 6, 6, 4, 5, 6, 6, 5, 4, 4, 5, 7, 8, 7, 4, 2};

  private static final Map<Channel, Double> CHANNELS = new EnumMap<>(Map.of(
      Channel.ONLINE_CHAT, 0.45, Channel.PHONE, 0.20, Channel.APP, 0.20, Channel.EMAIL, 0.15));

  private static final Map<Channel, Map<TicketKind, Double>> KINDS = new EnumMap<>(Map.of(
      Channel.ONLINE_CHAT, weights(
          TicketKind.PRE_SALE_INQUIRY, 40, TicketKind.ORDER_HANDLING, 27, TicketKind.AFTER_SALE, 15,
          TicketKind.COMPLAINT, 4, TicketKind.TECHNICAL_SUPPORT, 4, TicketKind.NEGATIVE_REVIEW, 3,
          TicketKind.PLATFORM_DISPUTE, 1, TicketKind.SUGGESTION, 2, TicketKind.PAYMENT_REMINDER, 4),
      Channel.PHONE, weights(
          TicketKind.PRE_SALE_INQUIRY, 15, TicketKind.ORDER_HANDLING, 28, TicketKind.AFTER_SALE, 25,
          TicketKind.COMPLAINT, 10, TicketKind.TECHNICAL_SUPPORT, 5, TicketKind.COD_CONFIRMATION, 12,
          TicketKind.REVISIT, 5),
      Channel.EMAIL, weights(
          TicketKind.PRE_SALE_INQUIRY, 10, TicketKind.ORDER_HANDLING, 20, TicketKind.AFTER_SALE, 30,
          TicketKind.COMPLAINT, 12, TicketKind.TECHNICAL_SUPPORT, 10, TicketKind.SUGGESTION, 8,
          TicketKind.NEGATIVE_REVIEW, 5, TicketKind.PLATFORM_DISPUTE, 5),
      Channel.APP, weights(
          TicketKind.PRE_SALE_INQUIRY, 25, TicketKind.ORDER_HANDLING, 35, TicketKind.AFTER_SALE, 20,
          TicketKind.COMPLAINT, 5, TicketKind.TECHNICAL_SUPPORT, 8, TicketKind.PAYMENT_REMINDER, 5,
          TicketKind.SUGGESTION, 2)));

  private final List<Contact> contacts;
  private final List<Order> orders;
  private final List<Moment> cardSales;
  private final List<Moment> vipGrants;

  private DayPlan(List<Contact> contacts, List<Order> orders, List<Moment> cardSales, List<Moment> vipGrants) {
    this.contacts = List.copyOf(contacts);
    this.orders = List.copyOf(orders);
    this.cardSales = List.copyOf(cardSales);
    this.vipGrants = List.copyOf(vipGrants);
  }

  private static Map<TicketKind, Double> weights(Object... kindsAndWeights) {
    Map<TicketKind, Double> m = new EnumMap<>(TicketKind.class);
    for (int i = 0; i < kindsAndWeights.length; i += 2) {
      m.put((TicketKind) kindsAndWeights[i], ((Integer) kindsAndWeights[i + 1]).doubleValue());
    }
    return m;
  }

  /**
   * Draws the day.
   *
   * @param options how many contacts
   * @param base the customers
   * @param day the calendar
   * @param random the random source
   * @return the plan
   */
  static DayPlan draw(DayOptions options, CustomerBase base, BusinessDay day, SplittableRandom random) {
    Picker picker = new Picker(base.shoppers(), random);
    List<Contact> contacts = new ArrayList<>();
    List<Order> orders = new ArrayList<>();
    for (int i = 0; i < options.contacts(); i++) {
      Instant at = contactTime(day, random);
      Channel channel = pick(CHANNELS, random);
      TicketKind kind = pick(KINDS.get(channel), random);
      if (kind == TicketKind.PAYMENT_REMINDER) {
        // TK-7: unpaid orders are chased at 16:00 on the order day
        at = day.randomMoment(day.at(LocalTime.of(16, 0)), day.at(LocalTime.of(16, 30)), random);
      }
      if (kind == TicketKind.COD_CONFIRMATION) {
        // TK-8: the buyer is called within 30 minutes of a cash-on-delivery order
        Instant orderedAt = at.minus(minutes(5, 25, random));
        if (orderedAt.isBefore(day.open())) {
          orderedAt = day.open();
          at = orderedAt.plus(minutes(5, 25, random));
        }
        Shopper buyer = picker.registeredBy(orderedAt.minus(Duration.ofMinutes(1)));
        orders.add(new Order(orderedAt, buyer, CustomerBase.orderValue(buyer.habit(), random),
            CustomerBase.category(buyer.favouriteCategory(), random), true));
        contacts.add(new Contact(at, buyer, channel, kind));
        continue;
      }
      contacts.add(new Contact(at, picker.registeredBy(at.minus(Duration.ofMinutes(10))), channel, kind));
    }
    List<Moment> cardSales = new ArrayList<>();
    for (Shopper s : base.shoppers()) {
      double chance = s.existing() ? s.habit().orderTodayChance : 0.5;
      if (random.nextDouble() < chance) {
        Instant from = later(day.open(), s.registersAt().plus(Duration.ofMinutes(5)));
        orders.add(new Order(day.randomMoment(from, day.lastContact(), random), s,
            CustomerBase.orderValue(s.habit(), random), CustomerBase.category(s.favouriteCategory(), random), false));
      }
      if (s.existing() && s.membership() == null && random.nextDouble() < 0.015) {
        cardSales.add(new Moment(day.randomMoment(day.open(), day.lastSignUp(), random), s));
      }
    }
    return new DayPlan(contacts, orders, cardSales, vipGrants(options, base, day, random));
  }

  /** The supervisor's VIP grants (CU-4): one per thousand customers, to devoted buyers. */
  private static List<Moment> vipGrants(DayOptions options, CustomerBase base, BusinessDay day, SplittableRandom random) {
    List<Shopper> devoted = base.shoppers().stream().filter(s -> s.existing() && s.habit() == Habit.DEVOTED).toList();
    List<Shopper> candidates = devoted.isEmpty() ? base.shoppers().stream().filter(Shopper::existing).toList() : devoted;
    int grants = Math.min(candidates.size(), Math.max(1, options.customers() / 1000));
    Set<CustomerId> chosen = new HashSet<>();
    List<Moment> moments = new ArrayList<>();
    while (moments.size() < grants) {
      Shopper s = candidates.get(random.nextInt(candidates.size()));
      if (chosen.add(s.id())) {
        moments.add(new Moment(day.randomMoment(day.at(LocalTime.of(9, 0)), day.at(LocalTime.of(17, 0)), random), s));
      }
    }
    return moments;
  }

  private static Instant contactTime(BusinessDay day, SplittableRandom random) {
    double total = 0;
    double[] weight = new double[HOURLY.length];
    Instant[] from = new Instant[HOURLY.length];
    Instant[] to = new Instant[HOURLY.length];
    for (int h = 0; h < HOURLY.length; h++) {
      Instant start = day.at(LocalTime.of(8, 0)).plus(Duration.ofHours(h));
      from[h] = later(start, day.open());
      to[h] = earlier(start.plus(Duration.ofHours(1)), day.lastContact());
      long minutes = Math.max(0, Duration.between(from[h], to[h]).toMinutes());
      weight[h] = HOURLY[h] * minutes / 60.0;
      total += weight[h];
    }
    double r = random.nextDouble() * total;
    for (int h = 0; h < HOURLY.length; h++) {
      if (r < weight[h]) {
        return day.randomMoment(from[h], to[h], random);
      }
      r -= weight[h];
    }
    return day.randomMoment(from[0], to[0], random);
  }

  private static <K> K pick(Map<K, Double> weights, SplittableRandom random) {
    double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
    double r = random.nextDouble() * total;
    K last = null;
    for (Map.Entry<K, Double> e : weights.entrySet()) {
      last = e.getKey();
      if (r < e.getValue()) {
        return last;
      }
      r -= e.getValue();
    }
    return last;
  }

  /**
   * A random duration between two numbers of minutes, to the second.
   *
   * @param min the shortest, in minutes
   * @param max the longest, in minutes
   * @param random the random source
   * @return the duration
   */
  static Duration minutes(int min, int max, SplittableRandom random) {
    return Duration.ofSeconds(random.nextLong(min * 60L, max * 60L + 1));
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant earlier(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  /** Picks customers in proportion to how often their habit gets them in touch. */
  private static final class Picker {
    private final List<Shopper> shoppers;
    private final double[] cumulative;
    private final SplittableRandom random;

    Picker(List<Shopper> shoppers, SplittableRandom random) {
      this.shoppers = shoppers;
      this.random = random;
      this.cumulative = new double[shoppers.size()];
      double sum = 0;
      for (int i = 0; i < shoppers.size(); i++) {
        sum += shoppers.get(i).habit().contactWeight;
        cumulative[i] = sum;
      }
    }

    /** A customer whose file exists by a time; the first on file if the draw keeps missing. */
    Shopper registeredBy(Instant time) {
      for (int attempt = 0; attempt < 50; attempt++) {
        double r = random.nextDouble() * cumulative[cumulative.length - 1];
        int i = Arrays.binarySearch(cumulative, r);
        Shopper s = shoppers.get(i >= 0 ? Math.min(i + 1, shoppers.size() - 1) : -i - 1);
        if (!s.registersAt().isAfter(time)) {
          return s;
        }
      }
      return shoppers.get(0);
    }
  }

  /** @return the contacts, in the order drawn */
  List<Contact> contacts() {
    return contacts;
  }

  /** @return the orders planned before the day (pre-sale conversions come on top) */
  List<Order> orders() {
    return orders;
  }

  /** @return the membership cards sold during the day */
  List<Moment> cardSales() {
    return cardSales;
  }

  /** @return the supervisor's VIP grants */
  List<Moment> vipGrants() {
    return vipGrants;
  }
}
