package dev.kefu.customer;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The thresholds of customer classification (CU-2, CU-3, CU-4). Every number is a default a host
 * changes through configuration, never by editing kefu.
 *
 * <p>Immutable and thread-safe. Start from {@link #defaults()} and change what differs:
 *
 * <pre>{@code
 * ClassificationRules rules = ClassificationRules.defaults()
 *     .withKeyMinSpend(new BigDecimal("20000"))
 *     .withVipRule(VipRule.keySegment());
 * }</pre>
 *
 * @param newCustomerWindow CU-2: a first order within this long ago can make a customer new
 * @param newCustomerMaxOrders CU-2: new customers have fewer orders than this
 * @param trailingPeriod CU-3: the period spend and orders are counted over
 * @param keyMinSpend CU-3: trailing spend (shop currency) from which a customer is key
 * @param keyMinOrders CU-3: trailing orders from which a customer is key
 * @param occasionalMaxOrders CU-3: trailing orders up to which a customer is occasional
 * @param vipRule CU-4: when a customer is VIP by rule
 */
public record ClassificationRules(
    Duration newCustomerWindow,
    int newCustomerMaxOrders,
    Period trailingPeriod,
    BigDecimal keyMinSpend,
    int keyMinOrders,
    int occasionalMaxOrders,
    VipRule vipRule) {

  /**
   * Creates rules.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException listing every threshold out of range
   */
  public ClassificationRules {
    Objects.requireNonNull(newCustomerWindow, "newCustomerWindow");
    Objects.requireNonNull(trailingPeriod, "trailingPeriod");
    Objects.requireNonNull(keyMinSpend, "keyMinSpend");
    Objects.requireNonNull(vipRule, "vipRule");
    List<String> problems = new ArrayList<>();
    if (newCustomerWindow.isNegative() || newCustomerWindow.isZero()) {
      problems.add("newCustomerWindow must be positive, was " + newCustomerWindow);
    }
    if (newCustomerMaxOrders < 1) {
      problems.add("newCustomerMaxOrders must be at least 1, was " + newCustomerMaxOrders);
    }
    if (trailingPeriod.isNegative() || trailingPeriod.isZero()) {
      problems.add("trailingPeriod must be positive, was " + trailingPeriod);
    }
    if (keyMinSpend.signum() <= 0) {
      problems.add("keyMinSpend must be positive, was " + keyMinSpend);
    }
    if (keyMinOrders < 1) {
      problems.add("keyMinOrders must be at least 1, was " + keyMinOrders);
    }
    if (occasionalMaxOrders < 0 || occasionalMaxOrders >= keyMinOrders) {
      problems.add("occasionalMaxOrders must be 0 to keyMinOrders - 1, was " + occasionalMaxOrders);
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
  }

  /**
   * The catalogue's defaults: new within 90 days and fewer than 2 orders; key from 10,000 or 20
   * orders in the trailing 12 months; occasional up to 1 order; VIP for key customers holding a
   * membership card.
   *
   * @return the default rules
   */
  public static ClassificationRules defaults() {
    return new ClassificationRules(
        Duration.ofDays(90), 2, Period.ofMonths(12), new BigDecimal("10000"), 20, 1,
        VipRule.keySegmentWithMembership());
  }

  /**
   * @param value the window
   * @return a copy with another new-customer window
   */
  public ClassificationRules withNewCustomerWindow(Duration value) {
    return new ClassificationRules(value, newCustomerMaxOrders, trailingPeriod, keyMinSpend, keyMinOrders, occasionalMaxOrders, vipRule);
  }

  /**
   * @param value the bound
   * @return a copy with another new-customer order bound
   */
  public ClassificationRules withNewCustomerMaxOrders(int value) {
    return new ClassificationRules(newCustomerWindow, value, trailingPeriod, keyMinSpend, keyMinOrders, occasionalMaxOrders, vipRule);
  }

  /**
   * @param value the period
   * @return a copy with another trailing period
   */
  public ClassificationRules withTrailingPeriod(Period value) {
    return new ClassificationRules(newCustomerWindow, newCustomerMaxOrders, value, keyMinSpend, keyMinOrders, occasionalMaxOrders, vipRule);
  }

  /**
   * @param value the threshold in the shop currency
   * @return a copy with another key spend threshold
   */
  public ClassificationRules withKeyMinSpend(BigDecimal value) {
    return new ClassificationRules(newCustomerWindow, newCustomerMaxOrders, trailingPeriod, value, keyMinOrders, occasionalMaxOrders, vipRule);
  }

  /**
   * @param value the threshold
   * @return a copy with another key order threshold
   */
  public ClassificationRules withKeyMinOrders(int value) {
    return new ClassificationRules(newCustomerWindow, newCustomerMaxOrders, trailingPeriod, keyMinSpend, value, occasionalMaxOrders, vipRule);
  }

  /**
   * @param value the bound
   * @return a copy with another occasional order bound
   */
  public ClassificationRules withOccasionalMaxOrders(int value) {
    return new ClassificationRules(newCustomerWindow, newCustomerMaxOrders, trailingPeriod, keyMinSpend, keyMinOrders, value, vipRule);
  }

  /**
   * @param value the rule
   * @return a copy with another VIP rule
   */
  public ClassificationRules withVipRule(VipRule value) {
    return new ClassificationRules(newCustomerWindow, newCustomerMaxOrders, trailingPeriod, keyMinSpend, keyMinOrders, occasionalMaxOrders, value);
  }
}
