package dev.kefu.report;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The reports kefu builds from what it stores (QA-4, QA-5, RV-8, SLA achievement). Reports built
 * from what the host gives — outbound campaigns ({@link OutboundCampaignAnalysis#of}) and staffing
 * coverage ({@link StaffingCoverageReport}) — need no store and are made directly.
 *
 * <p>The weekly ones also run on the duty scheduler ({@link ReportRules}): the product report
 * goes to the shop manager and the customer-feedback report to the supervisor through the outbox,
 * and the Monday weekly review raises its {@code DutyDue} event ({@value #WEEKLY_REVIEW_DUTY}) for
 * the review to hang on.
 *
 * <p>Reads only; thread-safe.
 */
public interface Reports {

  /** The duty id of the Monday weekly review (QA-4). */
  String WEEKLY_REVIEW_DUTY = "kefu.weekly-review";
  /** The duty id of the Friday product report (QA-4). */
  String PRODUCT_REPORT_DUTY = "kefu.product-report";
  /** The duty id of the Saturday customer-feedback report (QA-4). */
  String CUSTOMER_FEEDBACK_DUTY = "kefu.customer-feedback";

  /**
   * The customer-feedback report of a period (QA-4).
   *
   * @param from inclusive
   * @param to exclusive, after {@code from}
   * @return the report, with CSAT per day of the shop's zone
   * @throws IllegalArgumentException if the period is empty or reversed
   */
  CustomerFeedbackReport customerFeedback(Instant from, Instant to);

  /**
   * The product report of a period (QA-4).
   *
   * @param from inclusive
   * @param to exclusive, after {@code from}
   * @param top how many products each list shows, at least 1
   * @return the report
   * @throws IllegalArgumentException if the period is empty or reversed or {@code top} below 1
   */
  ProductReport products(Instant from, Instant to, int top);

  /**
   * The complaint classification table of a period, with trend and improvement actions (QA-5).
   *
   * @param from inclusive
   * @param to exclusive, after {@code from}
   * @return the report
   * @throws IllegalArgumentException if the period is empty or reversed
   */
  ComplaintClassificationReport complaintClassification(Instant from, Instant to);

  /**
   * The summaries of revisit campaigns now (RV-8).
   *
   * @param campaigns the campaigns
   * @return the report
   */
  RevisitCampaignReport revisitCampaigns(List<String> campaigns);

  /**
   * SLA met % over a day of the shop's zone, interval by interval.
   *
   * @param day the day
   * @param interval the interval, dividing a day (for example 30 or 60 minutes)
   * @return the report
   * @throws IllegalArgumentException if the interval does not divide a day into whole intervals
   */
  SlaDayReport slaOverDay(LocalDate day, Duration interval);
}
