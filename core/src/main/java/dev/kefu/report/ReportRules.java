package dev.kefu.report;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/**
 * When the weekly reports of QA-4 come due on the duty scheduler, in the shop's calendar zone.
 * The defaults are QA-4's: the weekly review on Monday at 09:00, the product report on Friday at
 * 15:00, the customer-feedback report on Saturday at 14:00. (The Saturday 16:00 returns summary of
 * TK-13 is an order duty: {@link dev.kefu.order.OrderRules}.) Each report covers the seven days
 * before it comes due.
 *
 * <p>Immutable and thread-safe.
 *
 * @param weeklyReviewDay the day of the weekly review
 * @param weeklyReviewAt its local time
 * @param productReportDay the day of the product report
 * @param productReportAt its local time
 * @param customerFeedbackDay the day of the customer-feedback report
 * @param customerFeedbackAt its local time
 * @param top how many products the product report lists, at least 1
 */
public record ReportRules(DayOfWeek weeklyReviewDay, LocalTime weeklyReviewAt, DayOfWeek productReportDay,
    LocalTime productReportAt, DayOfWeek customerFeedbackDay, LocalTime customerFeedbackAt, int top) {

  /**
   * Creates rules.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code top} is below 1
   */
  public ReportRules {
    Objects.requireNonNull(weeklyReviewDay, "weeklyReviewDay");
    Objects.requireNonNull(weeklyReviewAt, "weeklyReviewAt");
    Objects.requireNonNull(productReportDay, "productReportDay");
    Objects.requireNonNull(productReportAt, "productReportAt");
    Objects.requireNonNull(customerFeedbackDay, "customerFeedbackDay");
    Objects.requireNonNull(customerFeedbackAt, "customerFeedbackAt");
    if (top < 1) {
      throw new IllegalArgumentException("top must be at least 1, was " + top);
    }
  }

  /** @return QA-4's schedule: Monday 09:00, Friday 15:00, Saturday 14:00; ten products */
  public static ReportRules defaults() {
    return new ReportRules(DayOfWeek.MONDAY, LocalTime.of(9, 0), DayOfWeek.FRIDAY, LocalTime.of(15, 0), DayOfWeek.SATURDAY,
        LocalTime.of(14, 0), ProductReport.DEFAULT_TOP);
  }
}
