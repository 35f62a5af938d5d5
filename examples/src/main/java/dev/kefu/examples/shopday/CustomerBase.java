package dev.kefu.examples.shopday;

import dev.kefu.Origin;
import dev.kefu.customer.RegisterCustomer;
import dev.kefu.spi.Channel;
import dev.kefu.spi.customer.ContactPoint;
import dev.kefu.spi.customer.CreditRating;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.customer.Membership;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The shop's customers: who they are, how they buy, what they bought before today, and whether
 * they are already on file this morning or sign up during the day. Generated from the seed.
 *
 * <p>Immutable once generated.
 */
final class CustomerBase {

  /** How a customer buys; decides their history, today's orders and how often they get in touch. */
  enum Habit {
    /** Has an account, has never ordered. */
    BROWSER(0, 0, 150, 0.05, 0.6),
    /** One or two orders now and then. */
    OCCASIONAL(1, 2, 150, 0.12, 1.0),
    /** Orders every month or two. */
    REGULAR(3, 9, 220, 0.25, 1.5),
    /** Orders often and spends a lot; many become key customers (CU-3). */
    DEVOTED(12, 30, 650, 0.50, 2.5);

    final int minPastOrders;
    final int maxPastOrders;
    final int medianOrderValue;
    final double orderTodayChance;
    final double contactWeight;

    Habit(int minPastOrders, int maxPastOrders, int medianOrderValue, double orderTodayChance, double contactWeight) {
      this.minPastOrders = minPastOrders;
      this.maxPastOrders = maxPastOrders;
      this.medianOrderValue = medianOrderValue;
      this.orderTodayChance = orderTodayChance;
      this.contactWeight = contactWeight;
    }
  }

  /**
   * An order placed before today, imported with the customer's file.
   *
   * @param placedAt when
   * @param amount the value in yuan
   * @param category the product category
   */
  record PastOrder(Instant placedAt, BigDecimal amount, String category) {}

  /**
   * One customer.
   *
   * @param id the shop's customer id
   * @param name the name
   * @param contacts how to reach them
   * @param region the province
   * @param timeZone their time zone
   * @param locale the language they prefer, null for the shop's default
   * @param rating their credit rating
   * @param membership their membership card, or null
   * @param habit how they buy
   * @param favouriteCategory what they mostly buy
   * @param existing true if on file this morning, false if they sign up today
   * @param registersAt when their file is created in kefu
   * @param history their orders before today, oldest first
   */
  record Shopper(
      CustomerId id,
      String name,
      List<ContactPoint> contacts,
      String region,
      ZoneId timeZone,
      Locale locale,
      CreditRating rating,
      Membership membership,
      Habit habit,
      String favouriteCategory,
      boolean existing,
      Instant registersAt,
      List<PastOrder> history) {

    /**
     * The registration command for this customer.
     *
     * @param by who registers them
     * @return the command
     */
    RegisterCustomer registration(Origin by) {
      RegisterCustomer r = RegisterCustomer.of(by, id, name, contacts, region, timeZone).withCreditRating(rating);
      if (locale != null) {
        r = r.withPreferredLocale(locale);
      }
      return membership == null ? r : r.withMembership(membership);
    }
  }

  static final List<String> CATEGORIES =
      List.of("apparel", "shoes", "electronics", "home", "beauty", "food", "toys", "sports");

  private static final String[] SURNAMES = {
    "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu",
    "Guo", "He", "Lin", "Luo", "Gao"};
  private static final String[] GIVEN = {
    "Wei", "Fang", "Na", "Min", "Jing", "Li", "Qiang", "Lei", "Jun", "Yang", "Yong", "Yan", "Jie", "Juan", "Tao",
    "Ming", "Chao", "Xiu", "Xia", "Ping", "Gang", "Hui", "Hua", "Yu", "Dan"};
  private static final String[] REGIONS = {
    "Guangdong", "Guangdong", "Zhejiang", "Zhejiang", "Jiangsu", "Jiangsu", "Shanghai", "Beijing", "Shandong",
    "Sichuan", "Henan", "Hubei", "Fujian", "Hunan", "Anhui", "Chongqing"};
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private final List<Shopper> shoppers;

  private CustomerBase(List<Shopper> shoppers) {
    this.shoppers = List.copyOf(shoppers);
  }

  /**
   * Generates the customer base. Nine in ten are on file this morning, with their order history;
   * the rest sign up during the day.
   *
   * @param count how many customers
   * @param random the random source
   * @param hours the day's business hours
   * @return the base
   */
  static CustomerBase generate(int count, SplittableRandom random, BusinessDay hours) {
    List<Shopper> all = new ArrayList<>();
    int existing = count - count / 10;
    for (int i = 1; i <= count; i++) {
      boolean onFile = i <= existing;
      Instant registersAt = onFile
          ? hours.importStart().plus(hours.importWindow().multipliedBy(i - 1).dividedBy(existing))
          : hours.randomMoment(hours.open(), hours.lastSignUp(), random);
      all.add(shopper(i, onFile, registersAt, random, hours.date()));
    }
    all.sort(Comparator.comparing(Shopper::registersAt).thenComparing(s -> s.id().value()));
    return new CustomerBase(all);
  }

  private static Shopper shopper(int n, boolean onFile, Instant registersAt, SplittableRandom random, LocalDate day) {
    CustomerId id = CustomerId.of(String.format("C%06d", n));
    Habit habit = onFile ? habit(random) : (random.nextDouble() < 0.6 ? Habit.BROWSER : Habit.OCCASIONAL);
    boolean overseas = random.nextDouble() < 0.03;
    String name = SURNAMES[random.nextInt(SURNAMES.length)] + " " + GIVEN[random.nextInt(GIVEN.length)];
    String phone = String.format("13%d%08d", 5 + random.nextInt(5), random.nextInt(100_000_000));
    List<ContactPoint> contacts = new ArrayList<>();
    contacts.add(ContactPoint.of(Channel.PHONE, phone));
    contacts.add(ContactPoint.of(Channel.SMS, phone));
    if (random.nextDouble() < 0.65) {
      contacts.add(ContactPoint.of(Channel.EMAIL, id.value().toLowerCase(Locale.ROOT) + "@mail.example.com"));
    }
    if (random.nextDouble() < 0.55) {
      contacts.add(ContactPoint.of(Channel.APP, "app-" + id.value()));
    }
    if (random.nextDouble() < 0.45) {
      contacts.add(ContactPoint.of(Channel.WECHAT, "wx_" + id.value().toLowerCase(Locale.ROOT)));
    }
    double cardChance = switch (habit) {
      case BROWSER -> 0.05;
      case OCCASIONAL -> 0.15;
      case REGULAR -> 0.35;
      case DEVOTED -> 0.65;
    };
    Membership card = random.nextDouble() < cardChance
        ? new Membership(String.format("M%08d", 10_000_000 + n), day.plusDays(onFile ? random.nextInt(-60, 366) : 365))
        : null;
    String favourite = CATEGORIES.get(random.nextInt(CATEGORIES.size()));
    List<PastOrder> history = onFile ? history(habit, favourite, registersAt, random) : List.of();
    return new Shopper(id, name, List.copyOf(contacts), overseas ? "Overseas" : REGIONS[random.nextInt(REGIONS.length)],
        overseas ? ZoneId.of("Europe/London") : CHINA, overseas ? Locale.ENGLISH : null, rating(random), card, habit,
        favourite, onFile, registersAt, history);
  }

  private static Habit habit(SplittableRandom random) {
    double r = random.nextDouble();
    return r < 0.12 ? Habit.BROWSER : r < 0.57 ? Habit.OCCASIONAL : r < 0.90 ? Habit.REGULAR : Habit.DEVOTED;
  }

  private static CreditRating rating(SplittableRandom random) {
    double r = random.nextDouble();
    return r < 0.15 ? CreditRating.EXCELLENT
        : r < 0.60 ? CreditRating.GOOD
        : r < 0.75 ? CreditRating.FAIR
        : r < 0.80 ? CreditRating.POOR
        : CreditRating.UNRATED;
  }

  /** Orders over the last 540 days, oldest first. */
  private static List<PastOrder> history(Habit habit, String favourite, Instant before, SplittableRandom random) {
    int n = habit.maxPastOrders == 0 ? 0 : random.nextInt(habit.minPastOrders, habit.maxPastOrders + 1);
    List<PastOrder> orders = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Instant at = before.minus(Duration.ofMinutes(1 + random.nextLong(Duration.ofDays(540).toMinutes())));
      orders.add(new PastOrder(at, orderValue(habit, random), category(favourite, random)));
    }
    orders.sort(Comparator.comparing(PastOrder::placedAt));
    return List.copyOf(orders);
  }

  /**
   * An order value for a customer of a habit: log-normal around the habit's median, in yuan.
   *
   * @param habit the habit
   * @param random the random source
   * @return the value, two decimals, at least 9.90
   */
  static BigDecimal orderValue(Habit habit, SplittableRandom random) {
    double value = habit.medianOrderValue * Math.exp(0.7 * random.nextGaussian());
    return BigDecimal.valueOf(Math.max(9.9, value)).setScale(2, RoundingMode.HALF_UP);
  }

  /**
   * A category for an order: mostly the customer's favourite.
   *
   * @param favourite the favourite
   * @param random the random source
   * @return the category
   */
  static String category(String favourite, SplittableRandom random) {
    return random.nextDouble() < 0.7 ? favourite : CATEGORIES.get(random.nextInt(CATEGORIES.size()));
  }

  /** @return every customer, in the order they are registered */
  List<Shopper> shoppers() {
    return shoppers;
  }
}
