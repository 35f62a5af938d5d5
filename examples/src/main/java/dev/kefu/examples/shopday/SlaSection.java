package dev.kefu.examples.shopday;

import static dev.kefu.examples.shopday.TextTable.count;
import static dev.kefu.examples.shopday.TextTable.percent;

import dev.kefu.sla.SlaPolicies;
import dev.kefu.sla.SlaPolicy;
import dev.kefu.sla.SlaReport;
import dev.kefu.spi.event.DomainEvent;
import dev.kefu.spi.event.SlaBreached;
import dev.kefu.spi.event.SlaEscalated;
import dev.kefu.spi.event.SlaWarningRaised;
import dev.kefu.spi.event.StoredEvent;
import dev.kefu.spi.sla.EscalationStep;
import dev.kefu.spi.sla.SlaClock;
import dev.kefu.spi.sla.SlaClockQuery;
import dev.kefu.spi.sla.SlaClockStore;
import dev.kefu.spi.sla.SlaMetric;
import dev.kefu.spi.sla.SlaTarget;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.store.EventLog;
import dev.kefu.spi.store.Page;
import dev.kefu.spi.store.PageRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The SLA part of the summary: the targets, achievement per metric and, for first response, per
 * channel and tier, from {@code kefu.sla().report(from, to)}; the warnings, breaches and
 * escalations that fired, from the event log; and the clocks still open at close, from the clock
 * store.
 *
 * <p>Immutable.
 */
final class SlaSection {

  /** How many escalations of each step the summary lists one by one. */
  static final int EXAMPLES_PER_STEP = 2;

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEE HH:mm", Locale.ENGLISH);

  /**
   * One escalation as the event log holds it.
   *
   * @param at when it fired
   * @param event the event
   */
  record Escalation(Instant at, SlaEscalated event) {}

  private final BusinessDay day;
  private final Staffing staffing;
  private final SlaPolicies policies;
  private final SlaReport report;
  private final long warnings;
  private final long breaches;
  private final List<Escalation> escalations;
  private final Map<SlaMetric, Long> openAtClose;
  private final int dueWorkRuns;
  private final int dueWorkCompleted;

  private SlaSection(BusinessDay day, Staffing staffing, SlaPolicies policies, SlaReport report, long warnings,
      long breaches, List<Escalation> escalations, Map<SlaMetric, Long> openAtClose, Tally tally) {
    this.day = day;
    this.staffing = staffing;
    this.policies = policies;
    this.report = report;
    this.warnings = warnings;
    this.breaches = breaches;
    this.escalations = List.copyOf(escalations);
    this.openAtClose = Collections.unmodifiableMap(openAtClose);
    this.dueWorkRuns = tally.dueWorkRuns;
    this.dueWorkCompleted = tally.dueWorkCompleted;
  }

  /**
   * Reads the day's SLA figures.
   *
   * @param day the calendar
   * @param staffing the roster
   * @param policies the policies kefu ran with
   * @param report kefu's SLA report over the day
   * @param events the event log
   * @param clocks the clock store, for the clocks still open
   * @param tally what the simulation counted (due-work runs)
   * @return the section
   */
  static SlaSection of(BusinessDay day, Staffing staffing, SlaPolicies policies, SlaReport report, EventLog events,
      SlaClockStore clocks, Tally tally) {
    long warnings = 0;
    long breaches = 0;
    List<Escalation> escalations = new ArrayList<>();
    for (long after = 0; ; ) {
      List<StoredEvent> batch = events.readAfter(after, 1_000);
      for (StoredEvent s : batch) {
        DomainEvent e = s.event();
        if (e instanceof SlaWarningRaised) {
          warnings++;
        } else if (e instanceof SlaBreached) {
          breaches++;
        } else if (e instanceof SlaEscalated x) {
          escalations.add(new Escalation(x.meta().occurredAt(), x));
        }
      }
      if (batch.isEmpty()) {
        break;
      }
      after = batch.get(batch.size() - 1).position();
    }
    Map<SlaMetric, Long> open = new EnumMap<>(SlaMetric.class);
    ShopSla.TICKET_METRICS.forEach(m -> open.put(m, 0L));
    for (PageRequest p = PageRequest.first(PageRequest.MAX_LIMIT); ; p = p.next()) {
      Page<SlaClock> page = clocks.list(SlaClockQuery.open(), p);
      page.items().forEach(c -> open.merge(c.metric(), 1L, Long::sum));
      if (!page.hasNext()) {
        break;
      }
    }
    return new SlaSection(day, staffing, policies, report, warnings, breaches, escalations, open, tally);
  }

  // ---- figures, for tests ---------------------------------------------------------------------

  /** @return the report the section shows */
  SlaReport report() {
    return report;
  }

  /** @return the rows of dimension "metric", one per ticket metric that had a fulfilled clock */
  List<SlaReport.Row> byMetric() {
    return report.rows("metric");
  }

  /** @return warnings raised, counted in the event log */
  long warnings() {
    return warnings;
  }

  /** @return breaches, counted in the event log */
  long breaches() {
    return breaches;
  }

  /** @return the escalations, in the event log's order */
  List<Escalation> escalations() {
    return escalations;
  }

  /** @return escalations per step of the ladder, from 1 */
  Map<Integer, Long> escalationsPerStep() {
    return escalations.stream()
        .collect(Collectors.groupingBy(e -> e.event().step(), TreeMap::new, Collectors.counting()));
  }

  /** @return clocks still running or paused at close, per ticket metric */
  Map<SlaMetric, Long> openAtClose() {
    return openAtClose;
  }

  // ---- the text -------------------------------------------------------------------------------

  /**
   * Appends the section.
   *
   * @param out where to
   */
  void render(StringBuilder out) {
    out.append("\nSLA, from kefu's SLA report for ").append(day.format(report.from())).append(" to ")
        .append(day.format(report.to())).append('\n');
    out.append("  shop calendar: ").append(Staffing.EARLY).append(" and ").append(Staffing.LATE)
        .append(" every day; targets count its business time\n");
    out.append("  warnings at 80% of a target; a breach escalates up the owner's reporting line\n\n");
    targetTable(out);
    out.append('\n');
    metricTable(out);
    out.append('\n');
    breakdown(out, "channel", "first response by channel");
    out.append('\n');
    breakdown(out, "tier", "first response by tier");
    out.append('\n');
    out.append(String.format(Locale.ROOT, "  warnings raised %s, breaches %s, escalations %s%n", count(warnings),
        count(breaches), count(escalations.size())));
    out.append(String.format(Locale.ROOT,
        "  (kefu's due work ran %s times, at kefu.nextDueAt() and at least every minute: %s items completed)%n%n",
        count(dueWorkRuns), count(dueWorkCompleted)));
    escalationTable(out);
    exampleLines(out);
  }

  private void targetTable(StringBuilder out) {
    TextTable t = new TextTable("policy", "covers", "first response", "next response", "periodic update", "resolution")
        .leftAligned(2);
    for (SlaPolicy p : policies.all()) {
      List<String> row = new ArrayList<>(List.of(p.id(), ShopSla.covers(p)));
      ShopSla.TICKET_METRICS.forEach(m -> row.add(p.target(m).map(SlaSection::target).orElse("-")));
      t.row(row.toArray(String[]::new));
    }
    out.append(t.render("  "));
    out.append("  (the first policy that covers a ticket sets its targets)\n");
  }

  private static String target(SlaTarget t) {
    String d = t.duration().equals(ShopSla.BUSINESS_DAY) ? "1 business day" : duration(t.duration());
    return t.basis() == dev.kefu.spi.sla.TimeBasis.BUSINESS ? d : d + " (calendar)";
  }

  private void metricTable(StringBuilder out) {
    TextTable t = new TextTable("metric", "fulfilled", "met", "breached", "met %", "median", "p90", "open at close",
        "of them breached");
    Map<String, SlaReport.Row> rows = new LinkedHashMap<>();
    byMetric().forEach(r -> rows.put(r.metric(), r));
    for (SlaMetric m : SlaMetric.values()) {
      SlaReport.Row r = rows.get(m.name());
      if (!ShopSla.TICKET_METRICS.contains(m) && r == null && !openAtClose.containsKey(m)) {
        continue; // a duty metric (TK-8, TK-10, RV-5) that no ticket of the day carried
      }
      String open = count(openAtClose.getOrDefault(m, 0L));
      String openBreached = count(report.openBreached().getOrDefault(m.name(), 0L));
      if (r == null) {
        t.row(Summary.label(m), "0", "0", "0", "-", "-", "-", open, openBreached);
      } else {
        t.row(Summary.label(m), count(r.count()), count(r.met()), count(r.breached()), percent(r.met(), r.count()),
            duration(r.median()), duration(r.p90()), open, openBreached);
      }
    }
    out.append(t.render("  "));
    out.append("  (periodic update pauses while the ticket waits on the customer: when an answer asks the customer\n"
        + "  for something, the next answer fulfils the update at the pause, in 0s)\n");
  }

  private void breakdown(StringBuilder out, String dimension, String title) {
    TextTable t = new TextTable(title, "fulfilled", "met", "breached", "met %", "median", "p90");
    report.rows(dimension).stream().filter(r -> r.metric().equals(SlaMetric.FIRST_RESPONSE.name()))
        .forEach(r -> t.row(label(dimension, r.value()), count(r.count()), count(r.met()), count(r.breached()),
            percent(r.met(), r.count()), duration(r.median()), duration(r.p90())));
    out.append(t.render("  "));
  }

  private static String label(String dimension, String value) {
    String v = value.toLowerCase(Locale.ROOT).replace('_', ' ');
    return dimension.equals("tier") && v.equals("vip") ? "VIP" : v;
  }

  private void escalationTable(StringBuilder out) {
    TextTable t = new TextTable("step", "role", "after breach", "went to", "escalations").leftAligned(4);
    List<EscalationStep> ladder = SlaPolicies.DEFAULT_LADDER;
    for (int i = 0; i < ladder.size(); i++) {
      int step = i + 1;
      Map<String, Long> to = new TreeMap<>();
      escalations.stream().filter(e -> e.event().step() == step)
          .forEach(e -> to.merge(e.event().to().map(StaffId::value).orElse("nobody"), 1L, Long::sum));
      String wentTo = to.entrySet().stream().map(x -> x.getKey() + " " + count(x.getValue()))
          .collect(Collectors.joining(", "));
      EscalationStep s = ladder.get(i);
      String after = s.afterBreach().isZero() ? "at once" : "+" + duration(s.afterBreach());
      t.row(String.valueOf(step), Summary.label(s.role()), after, wentTo.isEmpty() ? "-" : wentTo,
          count(to.values().stream().mapToLong(Long::longValue).sum()));
    }
    t.total("total", "", "", "", count(escalations.size()));
    out.append(t.render("  "));
    out.append("  (a lead's own ticket has no team lead above it: kefu then notifies the next more senior person)\n");
  }

  /** @return the first {@link #EXAMPLES_PER_STEP} escalations of each step, in the log's order */
  List<Escalation> examples() {
    Map<Integer, Integer> taken = new TreeMap<>();
    List<Escalation> picked = new ArrayList<>();
    for (Escalation e : escalations) {
      if (taken.merge(e.event().step(), 1, Integer::sum) <= EXAMPLES_PER_STEP) {
        picked.add(e);
      }
    }
    return picked;
  }

  private void exampleLines(StringBuilder out) {
    if (escalations.isEmpty()) {
      return;
    }
    out.append("\n  the first escalations of each step:\n");
    TextTable t = new TextTable("at", "ticket", "metric", "step", "to", "role").leftAligned(6);
    for (Escalation e : examples()) {
      SlaEscalated x = e.event();
      Optional<StaffId> to = x.to();
      t.row(TIME.format(e.at().atZone(day.zone())), x.ticket().value(), Summary.label(x.metric()),
          String.valueOf(x.step()), to.map(StaffId::value).orElse("nobody"),
          to.map(id -> Summary.label(staffing.post(id).role())).orElse("-"));
    }
    out.append(t.render("    "));
  }

  /**
   * A duration for the summary.
   *
   * @param d the duration
   * @return for example {@code 45s}, {@code 4m10s}, {@code 2h05m}, {@code 5m}, {@code 4h}, {@code 3d}
   */
  static String duration(Duration d) {
    long s = d.toSeconds();
    if (s < 60) {
      return s + "s";
    }
    if (s < 3600) {
      return s % 60 == 0 ? s / 60 + "m" : String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
    }
    long m = s / 60;
    if (m % (24 * 60) == 0) {
      return m / (24 * 60) + "d";
    }
    return m % 60 == 0 ? m / 60 + "h" : String.format(Locale.ROOT, "%dh%02dm", m / 60, m % 60);
  }
}
