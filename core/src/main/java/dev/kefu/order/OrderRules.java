package dev.kefu.order;

import dev.kefu.spi.staff.StaffId;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How kefu reacts to order events. Immutable; start from {@link #defaults()} and change with the
 * {@code with...} methods, each of which checks its value at once.
 *
 * @param largeOrderThreshold an order of at least this total (shop currency) without instructions
 *     goes to the supervisor (TK-5); default 5,000
 * @param negativeReviewMaxRating a review rated at most this is negative (TK-10); default 2
 * @param praiseMinRating a review rated at least this naming an agent is praise (TK-18); default 4
 * @param paymentReminderAt when unpaid orders of the day are chased (TK-7); default 16:00
 * @param noticesBy the deadline of the day's shipping and delay notices (TK-9); default 20:30
 * @param noticesLead how long before that deadline the notices go out; default 30 minutes
 * @param returnsSummaryDay the day of the weekly returns summary (TK-13); default Saturday
 * @param returnsSummaryAt its time; default 16:00
 * @param supervisor who gets large orders (TK-5); default: the first supervisor in the directory
 * @param shopManager who gets platform disputes and the returns summary (TK-5, TK-13); default:
 *     the first shop manager, else general manager, in the directory
 * @param distributor who follows up a negative review (TK-10); default
 *     {@link NegativeReviewDistributor#leastLoadedOnLateShift} with nobody on the late shift
 */
public record OrderRules(
    BigDecimal largeOrderThreshold,
    int negativeReviewMaxRating,
    int praiseMinRating,
    LocalTime paymentReminderAt,
    LocalTime noticesBy,
    Duration noticesLead,
    DayOfWeek returnsSummaryDay,
    LocalTime returnsSummaryAt,
    Optional<StaffId> supervisor,
    Optional<StaffId> shopManager,
    NegativeReviewDistributor distributor) {

  /**
   * Creates rules.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a value is out of range
   */
  public OrderRules {
    Objects.requireNonNull(largeOrderThreshold, "largeOrderThreshold");
    Objects.requireNonNull(paymentReminderAt, "paymentReminderAt");
    Objects.requireNonNull(noticesBy, "noticesBy");
    Objects.requireNonNull(noticesLead, "noticesLead");
    Objects.requireNonNull(returnsSummaryDay, "returnsSummaryDay");
    Objects.requireNonNull(returnsSummaryAt, "returnsSummaryAt");
    Objects.requireNonNull(supervisor, "supervisor");
    Objects.requireNonNull(shopManager, "shopManager");
    Objects.requireNonNull(distributor, "distributor");
    if (largeOrderThreshold.signum() <= 0) {
      throw new IllegalArgumentException("largeOrderThreshold must be positive, was " + largeOrderThreshold);
    }
    if (negativeReviewMaxRating < 1 || negativeReviewMaxRating > 4) {
      throw new IllegalArgumentException("negativeReviewMaxRating must be 1 to 4, was " + negativeReviewMaxRating);
    }
    if (praiseMinRating <= negativeReviewMaxRating || praiseMinRating > 5) {
      throw new IllegalArgumentException("praiseMinRating must be above negativeReviewMaxRating and at most 5, was "
          + praiseMinRating);
    }
    if (noticesLead.isNegative()) {
      throw new IllegalArgumentException("noticesLead must not be negative, was " + noticesLead);
    }
  }

  /** @return the defaults of RULES.md */
  public static OrderRules defaults() {
    return new OrderRules(new BigDecimal("5000"), 2, 4, LocalTime.of(16, 0), LocalTime.of(20, 30), Duration.ofMinutes(30),
        DayOfWeek.SATURDAY, LocalTime.of(16, 0), Optional.empty(), Optional.empty(),
        NegativeReviewDistributor.leastLoadedOnLateShift(Set.of()));
  }

  /**
   * @param value the large-order threshold in the shop currency
   * @return a copy with it
   */
  public OrderRules withLargeOrderThreshold(BigDecimal value) {
    return new OrderRules(value, negativeReviewMaxRating, praiseMinRating, paymentReminderAt, noticesBy, noticesLead,
        returnsSummaryDay, returnsSummaryAt, supervisor, shopManager, distributor);
  }

  /**
   * @param value the highest rating that is negative
   * @return a copy with it
   */
  public OrderRules withNegativeReviewMaxRating(int value) {
    return new OrderRules(largeOrderThreshold, value, praiseMinRating, paymentReminderAt, noticesBy, noticesLead,
        returnsSummaryDay, returnsSummaryAt, supervisor, shopManager, distributor);
  }

  /**
   * @param value who gets large orders
   * @return a copy with it
   */
  public OrderRules withSupervisor(StaffId value) {
    return new OrderRules(largeOrderThreshold, negativeReviewMaxRating, praiseMinRating, paymentReminderAt, noticesBy,
        noticesLead, returnsSummaryDay, returnsSummaryAt, Optional.of(value), shopManager, distributor);
  }

  /**
   * @param value who gets disputes and the returns summary
   * @return a copy with it
   */
  public OrderRules withShopManager(StaffId value) {
    return new OrderRules(largeOrderThreshold, negativeReviewMaxRating, praiseMinRating, paymentReminderAt, noticesBy,
        noticesLead, returnsSummaryDay, returnsSummaryAt, supervisor, Optional.of(value), distributor);
  }

  /**
   * @param value the shop manager's rule for negative reviews
   * @return a copy with it
   */
  public OrderRules withDistributor(NegativeReviewDistributor value) {
    return new OrderRules(largeOrderThreshold, negativeReviewMaxRating, praiseMinRating, paymentReminderAt, noticesBy,
        noticesLead, returnsSummaryDay, returnsSummaryAt, supervisor, shopManager, value);
  }

  /**
   * @param value when unpaid orders of the day are chased (TK-7)
   * @return a copy with it
   */
  public OrderRules withPaymentReminderAt(LocalTime value) {
    return new OrderRules(largeOrderThreshold, negativeReviewMaxRating, praiseMinRating, value, noticesBy, noticesLead,
        returnsSummaryDay, returnsSummaryAt, supervisor, shopManager, distributor);
  }

  /**
   * @param deadline the deadline of the day's shipping and delay notices (TK-9)
   * @param lead how long before it they go out
   * @return a copy with them
   */
  public OrderRules withNoticesBy(LocalTime deadline, Duration lead) {
    return new OrderRules(largeOrderThreshold, negativeReviewMaxRating, praiseMinRating, paymentReminderAt, deadline, lead,
        returnsSummaryDay, returnsSummaryAt, supervisor, shopManager, distributor);
  }
}
