package dev.kefu.internal;

import dev.kefu.complaint.ComplaintStatistics;
import dev.kefu.duty.Duty;
import dev.kefu.duty.DutySchedule;
import dev.kefu.report.ComplaintClassificationReport;
import dev.kefu.report.CustomerFeedbackReport;
import dev.kefu.report.ProductReport;
import dev.kefu.report.ReportRules;
import dev.kefu.report.Reports;
import dev.kefu.report.RevisitCampaignReport;
import dev.kefu.report.SlaDayReport;
import dev.kefu.sla.Sla;
import dev.kefu.sla.SlaReport;
import dev.kefu.spi.event.OrderFactRecorded;
import dev.kefu.spi.event.StoredEvent;
import dev.kefu.spi.order.Order;
import dev.kefu.spi.order.OrderQuery;
import dev.kefu.spi.order.OrderStore;
import dev.kefu.spi.staff.StaffMember;
import dev.kefu.spi.store.UnitOfWork;
import dev.kefu.spi.ticket.TicketKind;
import dev.kefu.survey.CsatReport;
import dev.kefu.survey.Surveys;
import dev.kefu.revisit.Revisits;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link Reports} API: reports assembled from kefu's stores through the other services, and
 * the weekly report duties of QA-4.
 */
public final class ReportService implements Reports {

  private static final Logger LOG = LoggerFactory.getLogger(ReportService.class);
  private static final Duration WEEK = Duration.ofDays(7);

  private final Settings settings;
  private final ReportRules rules;
  private final Surveys surveys;
  private final OrderService orders;
  private final OrderStore orderStore;
  private final ComplaintService complaints;
  private final Revisits revisits;
  private final Sla sla;
  private final Outgoing outgoing;

  /**
   * Creates the service.
   *
   * @param settings the wiring
   * @param rules when the weekly reports come due
   * @param surveys CSAT
   * @param orders mentions and the recipients of order reports
   * @param orderStore the orders
   * @param complaints complaint statistics and improvement actions
   * @param revisits campaign summaries
   * @param sla SLA achievement
   */
  public ReportService(Settings settings, ReportRules rules, Surveys surveys, OrderService orders, OrderStore orderStore,
      ComplaintService complaints, Revisits revisits, Sla sla) {
    this.settings = settings;
    this.rules = rules;
    this.surveys = surveys;
    this.orders = orders;
    this.orderStore = orderStore;
    this.complaints = complaints;
    this.revisits = revisits;
    this.sla = sla;
    this.outgoing = new Outgoing(settings);
  }

  private volatile dev.kefu.kpi.Kpis kpis;

  /**
   * Gives the weekly review its figures; set once while kefu is wired, before any due work runs.
   *
   * @param value the KPI queries
   */
  public void reviewWith(dev.kefu.kpi.Kpis value) {
    this.kpis = Objects.requireNonNull(value, "value");
  }

  /** @return the weekly report duties of QA-4 */
  public List<Duty> duties() {
    return List.of(
        Duty.of(WEEKLY_REVIEW_DUTY, DutySchedule.weeklyAt(rules.weeklyReviewDay(), rules.weeklyReviewAt())),
        Duty.of(PRODUCT_REPORT_DUTY, DutySchedule.weeklyAt(rules.productReportDay(), rules.productReportAt())),
        Duty.of(CUSTOMER_FEEDBACK_DUTY, DutySchedule.weeklyAt(rules.customerFeedbackDay(), rules.customerFeedbackAt())));
  }

  /**
   * What the report duties do besides their event.
   *
   * @return the effects, by duty id
   */
  public Map<String, DutyRunner.Effects> dutyEffects() {
    return Map.of(PRODUCT_REPORT_DUTY, this::sendProductReport, CUSTOMER_FEEDBACK_DUTY, this::sendCustomerFeedback,
        WEEKLY_REVIEW_DUTY, this::sendWeeklyReview);
  }

  private static void checkPeriod(Instant from, Instant to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (!to.isAfter(from)) {
      throw new IllegalArgumentException("the period must end after it starts: " + from + " to " + to);
    }
  }

  @Override
  public CustomerFeedbackReport customerFeedback(Instant from, Instant to) {
    checkPeriod(from, to);
    CsatReport csat = surveys.report(from, to);
    List<CustomerFeedbackReport.Day> days = new ArrayList<>();
    LocalDate last = LocalDate.ofInstant(to.minusNanos(1), settings.shopZone());
    for (LocalDate d = LocalDate.ofInstant(from, settings.shopZone()); !d.isAfter(last); d = d.plusDays(1)) {
      Instant start = max(from, d.atStartOfDay(settings.shopZone()).toInstant());
      Instant end = min(to, d.plusDays(1).atStartOfDay(settings.shopZone()).toInstant());
      CsatReport.Row row = surveys.report(start, end).overall();
      days.add(new CustomerFeedbackReport.Day(d, row.answers(), row.satisfied()));
    }
    long reviews = 0;
    long after = 0;
    while (true) {
      List<StoredEvent> page = settings.eventLog().readAfter(after, 1000);
      if (page.isEmpty()) {
        break;
      }
      for (StoredEvent stored : page) {
        after = stored.position();
        if (stored.event() instanceof OrderFactRecorded f && f.fact().equals("ReviewPosted")
            && !f.factOccurredAt().isBefore(from) && f.factOccurredAt().isBefore(to)) {
          reviews++;
        }
      }
    }
    long[] negative = new long[1];
    Pages.forEach(page -> orderStore.list(OrderQuery.all(), page), o -> negative[0] += o.tasks().stream()
        .filter(t -> t.kind() == TicketKind.NEGATIVE_REVIEW && !t.from().isBefore(from) && t.from().isBefore(to)).count());
    return new CustomerFeedbackReport(csat, days, reviews, negative[0], orders.mentions(from, to),
        complaints.statistics(from, to));
  }

  @Override
  public ProductReport products(Instant from, Instant to, int top) {
    checkPeriod(from, to);
    List<Order> all = Pages.all(page -> orderStore.list(OrderQuery.all(), page));
    return ProductReport.of(from, to, all, complaints.statistics(from, to), top);
  }

  @Override
  public ComplaintClassificationReport complaintClassification(Instant from, Instant to) {
    checkPeriod(from, to);
    return new ComplaintClassificationReport(complaints.statistics(from, to), complaints.improvements(from, to));
  }

  @Override
  public RevisitCampaignReport revisitCampaigns(List<String> campaigns) {
    Objects.requireNonNull(campaigns, "campaigns");
    return new RevisitCampaignReport(settings.clock().instant(), campaigns.stream().map(revisits::summary).toList());
  }

  @Override
  public SlaDayReport slaOverDay(LocalDate day, Duration interval) {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(interval, "interval");
    if (interval.isZero() || interval.isNegative() || Duration.ofDays(1).toNanos() % interval.toNanos() != 0) {
      throw new IllegalArgumentException("the interval must divide a day into whole intervals, was " + interval);
    }
    ZonedDateTime start = day.atStartOfDay(settings.shopZone());
    Instant end = day.plusDays(1).atStartOfDay(settings.shopZone()).toInstant();
    List<SlaDayReport.Line> lines = new ArrayList<>();
    for (Instant t = start.toInstant(); t.isBefore(end); t = t.plus(interval)) {
      Instant next = min(end, t.plus(interval));
      for (SlaReport.Row r : sla.report(t, next).rows("metric")) {
        lines.add(new SlaDayReport.Line(t, next, r.metric(), r.count(), r.met()));
      }
    }
    if (lines.isEmpty()) { // no metric at all: an empty chart over the day rather than none
      lines.add(new SlaDayReport.Line(start.toInstant(), end, "none", 0, 0));
    }
    return new SlaDayReport(settings.shopZone(), lines);
  }

  // ---- duties --------------------------------------------------------------------------------

  /** QA-4: Friday 15:00, the week's product report to the shop manager. */
  private UnitOfWork.Builder sendProductReport(Instant occurrence, Instant now) {
    UnitOfWork.Builder work = UnitOfWork.builder();
    ProductReport r = products(occurrence.minus(WEEK), occurrence, rules.top());
    StaffMember manager = orders.shopManager();
    if (manager == null) {
      LOG.warn("product report due at {} but no shop manager to send it to (QA-4)", occurrence);
      return work;
    }
    Map<String, String> p = new LinkedHashMap<>();
    p.put("from", r.from().toString());
    p.put("to", r.to().toString());
    p.put("topSku", r.byUnits().isEmpty() ? "-" : r.byUnits().get(0).sku());
    p.put("topUnits", r.byUnits().isEmpty() ? "0" : Long.toString(r.byUnits().get(0).units()));
    p.put("problemSkus", Integer.toString(r.problems().size()));
    p.put("worstSku", r.problems().isEmpty() ? "-" : r.problems().get(0).sku());
    work.addOutbox(outgoing.toStaff(manager.id(), settings.ids().next(), "report.products", p, now));
    return work;
  }

  /**
   * QA-4: the Monday weekly review to the supervisor — the shop's headline KPIs of the seven days
   * before the review's Monday beside the week before; the host renders the whole review with
   * {@code kefu.kpis().weeklyReview(monday, workforce)}, which also takes the rosters and timelines
   * kefu does not store.
   */
  private UnitOfWork.Builder sendWeeklyReview(Instant occurrence, Instant now) {
    UnitOfWork.Builder work = UnitOfWork.builder();
    StaffMember supervisor = orders.supervisor();
    if (supervisor == null || kpis == null) {
      LOG.warn("weekly review due at {} but no supervisor to send it to (QA-4)", occurrence);
      return work;
    }
    LocalDate monday = LocalDate.ofInstant(occurrence, settings.shopZone())
        .with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
    dev.kefu.kpi.WeeklyReview r = kpis.weeklyReview(monday, dev.kefu.kpi.Workforce.none());
    Map<String, String> p = new LinkedHashMap<>();
    p.put("monday", monday.toString());
    p.put("contacts", figure(r.week().shop(), dev.kefu.kpi.Kpi.CONTACTS_HANDLED));
    p.put("contactsBefore", figure(r.weekBefore().shop(), dev.kefu.kpi.Kpi.CONTACTS_HANDLED));
    p.put("firstResponse", figure(r.week().shop(), dev.kefu.kpi.Kpi.FIRST_RESPONSE_SLA_MET));
    p.put("firstResponseBefore", figure(r.weekBefore().shop(), dev.kefu.kpi.Kpi.FIRST_RESPONSE_SLA_MET));
    p.put("csat", figure(r.week().shop(), dev.kefu.kpi.Kpi.CSAT));
    p.put("csatBefore", figure(r.weekBefore().shop(), dev.kefu.kpi.Kpi.CSAT));
    work.addOutbox(outgoing.toStaff(supervisor.id(), settings.ids().next(), "report.weekly-review", p, now));
    return work;
  }

  // a KPI as the notice prints it: ratios in percent with one decimal, "-" without a denominator
  private static String figure(dev.kefu.kpi.KpiFigures f, dev.kefu.kpi.Kpi kpi) {
    java.util.OptionalDouble v = f.value(kpi);
    if (v.isEmpty()) {
      return "-";
    }
    return kpi.kind() == dev.kefu.kpi.Kpi.Kind.RATIO ? String.format(java.util.Locale.ROOT, "%.1f%%", v.getAsDouble() * 100)
        : String.format(java.util.Locale.ROOT, "%.0f", v.getAsDouble());
  }

  /** QA-4: Saturday 14:00, the week's customer feedback to the supervisor. */
  private UnitOfWork.Builder sendCustomerFeedback(Instant occurrence, Instant now) {
    UnitOfWork.Builder work = UnitOfWork.builder();
    CustomerFeedbackReport r = customerFeedback(occurrence.minus(WEEK), occurrence);
    StaffMember supervisor = orders.supervisor();
    if (supervisor == null) {
      LOG.warn("customer-feedback report due at {} but no supervisor to send it to (QA-4)", occurrence);
      return work;
    }
    ComplaintStatistics c = r.complaints();
    Map<String, String> p = new LinkedHashMap<>();
    p.put("from", r.from().toString());
    p.put("to", r.to().toString());
    p.put("answers", Long.toString(r.csat().overall().answers()));
    p.put("csat", String.format(java.util.Locale.ROOT, "%.1f", r.csat().overall().csatPercent()));
    p.put("reviews", Long.toString(r.reviews()));
    p.put("negativeReviews", Long.toString(r.negativeReviews()));
    p.put("complaints", Long.toString(c.received()));
    work.addOutbox(outgoing.toStaff(supervisor.id(), settings.ids().next(), "report.customer-feedback", p, now));
    return work;
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
