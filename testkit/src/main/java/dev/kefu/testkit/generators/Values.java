package dev.kefu.testkit.generators;

import dev.kefu.spi.Channel;
import dev.kefu.spi.Money;
import dev.kefu.spi.customer.ContactPoint;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.random.RandomGenerator;

/** The small values every other generator builds on: times, ids, money, addresses, text. */
final class Values {

  /** The earliest generated instant. */
  static final Instant EPOCH = Instant.parse("2020-01-01T00:00:00Z");

  /** The latest generated instant (exclusive), about ten years after {@link #EPOCH}. */
  static final Instant END = Instant.parse("2030-01-01T00:00:00Z");

  static final Currency CNY = Currency.getInstance("CNY");

  static final List<Currency> CURRENCIES =
      List.of("CNY", "USD", "EUR", "JPY", "HKD", "GBP").stream().map(Currency::getInstance).toList();

  static final List<ZoneId> ZONES =
      ZoneId.getAvailableZoneIds().stream().sorted().map(ZoneId::of).toList();

  static final List<Locale> LOCALES = List.of(
      Locale.SIMPLIFIED_CHINESE, Locale.TRADITIONAL_CHINESE, Locale.US, Locale.UK, Locale.JAPAN,
      Locale.forLanguageTag("ko-KR"), Locale.forLanguageTag("de-DE"));

  static final List<String> NAMES = List.of(
      "王芳", "李娜", "张伟", "刘洋", "陈静", "杨磊", "赵敏", "黄丽", "周杰", "吴刚",
      "Alice Chen", "Bob Li", "Carol Wang", "Dan Zhao", "Eve Liu", "Frank Wu");

  static final List<String> REGIONS = List.of(
      "Beijing", "Shanghai", "Guangdong", "Zhejiang", "Jiangsu", "Sichuan", "Hubei", "Hong Kong");

  static final List<String> CATEGORIES = List.of(
      "shoes", "apparel", "electronics", "beauty", "books", "home", "toys", "food");

  static final List<String> SKILLS = List.of(
      "after-sale", "pre-sale", "complaints", "logistics", "english", "japanese", "vip", "disputes");

  static final List<String> TEAMS = List.of("team-north", "team-south", "team-vip", "team-night");

  static final List<String> PHRASES = List.of(
      "Where is my parcel?", "Wrong size delivered", "Refund not received", "Which size fits?",
      "Item arrived damaged", "Change delivery address", "Invoice needed", "Coupon did not apply",
      "Please call back after 6 pm", "Customer prefers e-mail");

  private Values() {}

  /**
   * An instant in [{@link #EPOCH}, {@link #END}), in whole milliseconds so that every database a
   * host may use stores it exactly.
   */
  static Instant instant(RandomGenerator random) {
    return EPOCH.plusMillis(random.nextLong(0, END.toEpochMilli() - EPOCH.toEpochMilli()));
  }

  /** An instant at most {@code max} after {@code base}, in whole milliseconds. */
  static Instant after(RandomGenerator random, Instant base, Duration max) {
    return base.plusMillis(random.nextLong(0, max.toMillis() + 1));
  }

  /** A random (version 4) UUID drawn from the source, not from the system. */
  static UUID uuid(RandomGenerator random) {
    long msb = (random.nextLong() & ~0xF000L) | 0x4000L;
    long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(msb, lsb);
  }

  /** A number of exactly {@code digits} decimal digits, leading zeros kept. */
  static String digits(RandomGenerator random, int digits) {
    long bound = 1;
    for (int i = 0; i < digits; i++) {
      bound *= 10;
    }
    return String.format(Locale.ROOT, "%0" + digits + "d", random.nextLong(0, bound));
  }

  static <T> T pick(RandomGenerator random, List<T> values) {
    return values.get(random.nextInt(0, values.size()));
  }

  /** Draws true with probability 1/n; a shrinking source (drawing zeros) draws true. */
  static boolean oneIn(RandomGenerator random, int n) {
    return random.nextInt(0, n) == 0;
  }

  /** A copy of {@code values} in a random order (Fisher–Yates). */
  static <T> List<T> shuffled(RandomGenerator random, List<T> values) {
    List<T> copy = new ArrayList<>(values);
    for (int i = copy.size() - 1; i > 0; i--) {
      Collections.swap(copy, i, random.nextInt(0, i + 1));
    }
    return copy;
  }

  /** A random subset of {@code values}, kept in their order, each taken with probability 1/n. */
  static <T> List<T> subset(RandomGenerator random, List<T> values, int n) {
    List<T> taken = new ArrayList<>();
    for (T value : values) {
      if (oneIn(random, n)) {
        taken.add(value);
      }
    }
    return taken;
  }

  /** An amount from 0 to {@code maxUnits} whole units, in the currency's minor units. */
  static Money money(RandomGenerator random, Currency currency, long maxUnits) {
    int scale = Math.max(0, currency.getDefaultFractionDigits());
    long minorPerUnit = BigDecimal.ONE.movePointRight(scale).longValueExact();
    long unscaled = random.nextLong(0, maxUnits * minorPerUnit + 1);
    return new Money(BigDecimal.valueOf(unscaled, scale), currency);
  }

  static LocalDate day(RandomGenerator random) {
    long first = LocalDate.of(2020, 1, 1).toEpochDay();
    long last = LocalDate.of(2031, 12, 31).toEpochDay();
    return LocalDate.ofEpochDay(random.nextLong(first, last + 1));
  }

  /** An address that looks like one of the channel's. */
  static ContactPoint contactPoint(RandomGenerator random, Channel channel) {
    String address = switch (channel) {
      case EMAIL -> pick(random, List.of("li.na", "wang.fang", "zhang.wei", "alice", "bob", "service"))
          + digits(random, 3) + "@" + pick(random, List.of("example.com", "example.cn", "mail.example.org"));
      case PHONE, SMS -> "+861" + pick(random, List.of("3", "5", "8")) + digits(random, 9);
      case WECHAT -> "wxid_" + digits(random, 10);
      case APP -> "app-user-" + digits(random, 8);
      case ONLINE_CHAT -> "chat-" + digits(random, 8);
      case WEB_FORM -> "form-" + digits(random, 8);
    };
    return ContactPoint.of(channel, address);
  }

  /** A small map with keys from {@code keys} and values from {@link #PHRASES}. */
  static Map<String, String> smallMap(RandomGenerator random, List<String> keys) {
    Map<String, String> map = new LinkedHashMap<>();
    for (String key : subset(random, keys, 3)) {
      map.put(key, pick(random, PHRASES));
    }
    return map;
  }

  static Duration days(long n) {
    return Duration.ofDays(n);
  }
}
