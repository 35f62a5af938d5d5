package dev.kefu.internal;

import dev.kefu.kpi.AgentDailyReport;
import dev.kefu.kpi.AssessTeam;
import dev.kefu.kpi.AssessmentTargets;
import dev.kefu.kpi.Kpi;
import dev.kefu.kpi.KpiFigures;
import dev.kefu.kpi.KpiTable;
import dev.kefu.kpi.Kpis;
import dev.kefu.kpi.Measure;
import dev.kefu.kpi.RefundRate;
import dev.kefu.kpi.Target;
import dev.kefu.kpi.TeamAssessment;
import dev.kefu.kpi.WeeklyReview;
import dev.kefu.kpi.Workforce;
import dev.kefu.sla.Sla;
import dev.kefu.sla.SlaReport;
import dev.kefu.spi.complaint.AgentRecord;
import dev.kefu.spi.complaint.ComplaintQuery;
import dev.kefu.spi.event.DomainEvent;
import dev.kefu.spi.event.StoredEvent;
import dev.kefu.spi.event.SurveyAnswered;
import dev.kefu.spi.event.TicketAssigned;
import dev.kefu.spi.event.TicketReopened;
import dev.kefu.spi.event.TicketResolved;
import dev.kefu.spi.order.OrderQuery;
import dev.kefu.spi.order.OrderStore;
import dev.kefu.spi.quality.QaReviewQuery;
import dev.kefu.spi.quality.QualityStore;
import dev.kefu.spi.sla.SlaMetric;
import dev.kefu.spi.staff.Role;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.staff.StaffMember;
import dev.kefu.spi.staff.TeamId;
import dev.kefu.spi.ticket.ContactLogEntry;
import dev.kefu.spi.ticket.TicketId;
import dev.kefu.staff.StaffAction;
import dev.kefu.staffing.AgentState;
import dev.kefu.staffing.Attendance;
import dev.kefu.staffing.AttendanceRecord;
import dev.kefu.staffing.AttendanceStatus;
import dev.kefu.staffing.Roster;
import dev.kefu.staffing.Shift;
import dev.kefu.staffing.StatePeriod;
import dev.kefu.staffing.StateTimeline;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;

/**
 * The {@link Kpis} API: every KPI of {@link Kpi} computed in one pass over tickets, events,
 * complaints, orders and reviews, per agent; teams and the shop as sums (QA-3, QA-4, QA-7).
 */
public final class KpiService implements Kpis {

  private final Settings settings;
  private final BeanValidation validation;
  private final Actors actors;
  private final Sla sla;
  private final QualityStore quality;
  private final OrderStore orders;
  private final AssessmentTargets targets;

  /**
   * Creates the service.
   *
   * @param settings the wiring
   * @param validation the validator
   * @param sla the SLA engine, for the SLA achievement per agent
   * @param quality the quality store, for QA scores
   * @param orders the order store, for refund rates
   * @param targets the QA-3 targets
   */
  public KpiService(Settings settings, BeanValidation validation, Sla sla, QualityStore quality, OrderStore orders,
      AssessmentTargets targets) {
    this.settings = settings;
    this.validation = validation;
    this.actors = new Actors(settings);
    this.sla = sla;
    this.quality = quality;
    this.orders = orders;
    this.targets = targets;
  }

  /** Numerators and denominators per agent and KPI, as they are counted. */
  private static final class Tally {
    final Map<StaffId, EnumMap<Kpi, double[]>> byAgent = new TreeMap<>(Comparator.comparing(StaffId::value));

    void add(StaffId agent, Kpi kpi, double numerator, double denominator) {
      double[] m = byAgent.computeIfAbsent(agent, k -> new EnumMap<>(Kpi.class)).computeIfAbsent(kpi, k -> new double[2]);
      m[0] += numerator;
      m[1] += denominator;
    }

    KpiFigures figures(StaffId agent, Instant from, Instant to) {
      EnumMap<Kpi, Measure> m = new EnumMap<>(Kpi.class);
      byAgent.getOrDefault(agent, new EnumMap<>(Kpi.class)).forEach((k, v) -> m.put(k, new Measure(v[0], v[1])));
      return new KpiFigures(agent.value(), from, to, m);
    }
  }

  private static void checkPeriod(Instant from, Instant to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("the period ends before it starts: " + from + " to " + to);
    }
  }

  private static boolean in(Instant at, Instant from, Instant to) {
    return !at.isBefore(from) && at.isBefore(to);
  }

  private static double seconds(Duration d) {
    return d.toMillis() / 1000.0;
  }

  @Override
  public KpiTable table(Instant from, Instant to, Workforce workforce) {
    checkPeriod(from, to);
    Objects.requireNonNull(workforce, "workforce");
    Tally tally = tally(from, to, workforce);
    Set<StaffId> agents = new java.util.TreeSet<>(Comparator.comparing(StaffId::value));
    agents.addAll(tally.byAgent.keySet());
    for (StaffMember m : settings.staff().members()) {
      if (m.role() == Role.AGENT || m.role() == Role.VIP_AGENT) {
        agents.add(m.id());
      }
    }
    List<KpiFigures> agentRows = new ArrayList<>();
    Map<String, KpiFigures> teams = new TreeMap<>();
    KpiFigures shop = KpiFigures.empty("shop", from, to);
    for (StaffId agent : agents) {
      KpiFigures f = tally.figures(agent, from, to);
      agentRows.add(f);
      String team = teamOf(agent);
      teams.merge(team, f.plus(team, KpiFigures.empty(team, from, to)), (a, b) -> a.plus(team, b));
      shop = shop.plus("shop", f);
    }
    return new KpiTable(from, to, agentRows, List.copyOf(teams.values()), shop);
  }

  private String teamOf(StaffId agent) {
    return settings.staff().find(agent).flatMap(StaffMember::team).map(TeamId::value).orElse("none");
  }

  @Override
  public KpiFigures agent(StaffId agent, Instant from, Instant to, Workforce workforce) {
    Objects.requireNonNull(agent, "agent");
    checkPeriod(from, to);
    Objects.requireNonNull(workforce, "workforce");
    return tally(from, to, workforce).figures(agent, from, to);
  }

  @Override
  public KpiFigures team(TeamId team, Instant from, Instant to, Workforce workforce) {
    Objects.requireNonNull(team, "team");
    return table(from, to, workforce).team(team.value()).orElse(KpiFigures.empty(team.value(), from, to));
  }

  private Tally tally(Instant from, Instant to, Workforce workforce) {
    Tally t = new Tally();
    // contacts: count, handle time, the complaint rate's denominator; outbound contacts per ticket for FCR
    Map<TicketId, Integer> outbound = new HashMap<>();
    ContactLogs.forEachStaffContact(settings, c -> {
      ContactLogEntry e = c.entry();
      if (e.messagesOut() > 0) {
        outbound.merge(c.ticket().id(), 1, Integer::sum);
      }
      if (in(e.start(), from, to)) {
        StaffId agent = e.handledBy().orElseThrow();
        t.add(agent, Kpi.CONTACTS_HANDLED, 1, 0);
        t.add(agent, Kpi.AVERAGE_HANDLE_TIME, seconds(Duration.between(e.start(), e.end())), 1);
        t.add(agent, Kpi.COMPLAINT_RATE, 0, 1);
      }
    });
    // events: resolutions, reopenings, assignments, surveys
    Set<TicketId> resolvedOnce = new HashSet<>();
    Set<TicketId> reopened = new HashSet<>();
    Map<TicketId, StaffId> firstResolvedInPeriod = new HashMap<>();
    Map<StaffId, Map<TicketId, Instant>> assigned = new HashMap<>();
    Map<StaffId, Map<TicketId, List<Instant>>> resolvedBy = new HashMap<>();
    forEachEvent(e -> {
      if (e instanceof TicketResolved r) {
        if (resolvedOnce.add(r.ticket()) && in(r.occurredAt(), from, to)) {
          firstResolvedInPeriod.put(r.ticket(), r.by());
        }
        if (r.occurredAt().isBefore(to)) {
          resolvedBy.computeIfAbsent(r.by(), k -> new HashMap<>()).computeIfAbsent(r.ticket(), k -> new ArrayList<>()).add(r.occurredAt());
        }
      } else if (e instanceof TicketReopened r) {
        reopened.add(r.ticket());
      } else if (e instanceof TicketAssigned a && in(a.occurredAt(), from, to)) {
        assigned.computeIfAbsent(a.to(), k -> new HashMap<>()).putIfAbsent(a.ticket(), a.occurredAt());
      } else if (e instanceof SurveyAnswered s && s.agent().isPresent() && in(s.occurredAt(), from, to)) {
        t.add(s.agent().get(), Kpi.CSAT, s.score() >= 4 ? 1 : 0, 1);
      }
    });
    firstResolvedInPeriod.forEach((ticket, agent) ->
        t.add(agent, Kpi.FIRST_CONTACT_RESOLUTION, outbound.getOrDefault(ticket, 0) <= 1 && !reopened.contains(ticket) ? 1 : 0, 1));
    assigned.forEach((agent, tickets) -> tickets.forEach((ticket, at) -> {
      boolean resolved = resolvedBy.getOrDefault(agent, Map.of()).getOrDefault(ticket, List.of()).stream().anyMatch(r -> !r.isBefore(at));
      t.add(agent, Kpi.RESOLUTION_RATE, resolved ? 1 : 0, 1);
    }));
    // SLA achievement, as the SLA report counts it per clock owner
    SlaReport report = sla.report(from, to);
    for (SlaReport.Row r : report.rows("agent")) {
      if (r.value().equals("unassigned")) {
        continue;
      }
      Kpi kpi = r.metric().equals(SlaMetric.FIRST_RESPONSE.name()) ? Kpi.FIRST_RESPONSE_SLA_MET
          : r.metric().equals(SlaMetric.RESOLUTION.name()) ? Kpi.RESOLUTION_SLA_MET : null;
      if (kpi != null) {
        t.add(StaffId.of(r.value()), kpi, r.met(), r.count());
      }
    }
    // complaints whose record on the agent QA verified (CP-12)
    Pages.forEach(page -> settings.complaints().list(ComplaintQuery.all().registeredBetween(from, to), page), c ->
        c.agentRecord().filter(AgentRecord::counts).ifPresent(r -> t.add(r.agent(), Kpi.COMPLAINT_RATE, 1, 0)));
    // refunds (QA-7)
    Pages.forEach(page -> orders.list(OrderQuery.all().placedBetween(from, to), page), o ->
        o.takenBy().ifPresent(agent -> t.add(agent, Kpi.REFUND_RATE, o.refundedAt().isPresent() ? 1 : 0, 1)));
    // QA scores (QA-1)
    Pages.forEach(page -> quality.listReviews(QaReviewQuery.all().reviewedBetween(from, to), page), r ->
        t.add(r.agent(), Kpi.QA_SCORE, r.total(), 1));
    workforce(t, from, to, workforce);
    return t;
  }

  private void workforce(Tally t, Instant from, Instant to, Workforce workforce) {
    Attendance attendance = Attendance.defaults(settings.staff());
    for (Roster roster : workforce.rosters()) {
      for (StaffId agent : roster.agents()) {
        StateTimeline timeline = workforce.timelines().getOrDefault(agent, StateTimeline.of(agent));
        for (LocalDate date : roster.dates()) {
          Optional<Shift> shift = roster.shift(agent, date);
          if (shift.isEmpty() || !in(shift.get().start(), from, to)) {
            continue;
          }
          AttendanceRecord r = attendance.evaluate(roster, agent, date, timeline);
          if (r.status() == AttendanceStatus.REST || r.status() == AttendanceStatus.ON_LEAVE) {
            continue;
          }
          t.add(agent, Kpi.ATTENDANCE, r.status() == AttendanceStatus.ABSENT ? 0 : 1, 1);
          double length = seconds(shift.get().length());
          t.add(agent, Kpi.ADHERENCE, r.adherence() * length, length);
        }
      }
    }
    for (StateTimeline timeline : workforce.timelines().values()) {
      for (StatePeriod p : timeline.periods(from, to)) {
        if (p.state() == AgentState.BUSY) {
          t.add(timeline.agent(), Kpi.OCCUPANCY, seconds(p.length()), seconds(p.length()));
        } else if (p.state() == AgentState.AVAILABLE) {
          t.add(timeline.agent(), Kpi.OCCUPANCY, 0, seconds(p.length()));
        }
      }
    }
  }

  private void forEachEvent(java.util.function.Consumer<DomainEvent> action) {
    long after = 0;
    while (true) {
      List<StoredEvent> page = settings.eventLog().readAfter(after, 1000);
      if (page.isEmpty()) {
        return;
      }
      for (StoredEvent s : page) {
        after = s.position();
        action.accept(s.event());
      }
    }
  }

  // ---- QA-7 -------------------------------------------------------------------------------

  @Override
  public RefundRate refundRate(Instant from, Instant to) {
    checkPeriod(from, to);
    double[] shop = new double[2];
    Map<String, Measure> byAgent = new TreeMap<>();
    Pages.forEach(page -> orders.list(OrderQuery.all().placedBetween(from, to), page), o -> {
      Measure m = new Measure(o.refundedAt().isPresent() ? 1 : 0, 1);
      shop[0] += m.numerator();
      shop[1] += m.denominator();
      o.takenBy().ifPresent(agent -> byAgent.merge(agent.value(), m, Measure::plus));
    });
    return new RefundRate(from, to, new Measure(shop[0], shop[1]), byAgent);
  }

  // ---- QA-3 -------------------------------------------------------------------------------

  @Override
  public TeamAssessment assess(AssessTeam command) {
    Objects.requireNonNull(command, "command");
    Violations v = new Violations("AssessTeam", validation.validate(command));
    StaffMember lead = actors.resolve(command.origin(), v);
    Instant now = settings.clock().instant();
    if (command.from() != null && command.to() != null && !command.to().isAfter(command.from())) {
      v.addRule("to", "must be after from", "QA-3");
    }
    if (command.to() != null && command.to().isAfter(now)) {
      v.addRule("to", "must not be in the future: a period is assessed once it is over", "QA-3");
    }
    v.throwIfAny();
    actors.authorize(lead, StaffAction.ASSESS_KPIS);
    KpiTable table = table(command.from(), command.to(), command.workforce());
    List<KpiFigures> led = new ArrayList<>();
    for (StaffMember m : settings.staff().members()) {
      if (!m.id().equals(lead.id()) && settings.staff().reportingLine(m.id()).stream().anyMatch(up -> up.id().equals(lead.id()))) {
        led.add(table.agent(m.id().value()).orElse(KpiFigures.empty(m.id().value(), command.from(), command.to())));
      }
    }
    led.sort(Comparator.comparing(KpiFigures::subject));
    KpiFigures team = KpiFigures.empty(lead.id().value(), command.from(), command.to());
    for (KpiFigures f : led) {
      team = team.plus(lead.id().value(), f);
    }
    double teamContacts = team.measure(Kpi.CONTACTS_HANDLED).numerator();
    List<TeamAssessment.AgentAssessment> out = new ArrayList<>();
    for (KpiFigures f : led) {
      List<TeamAssessment.Finding> findings = new ArrayList<>();
      for (Kpi k : Kpi.values()) {
        OptionalDouble value = f.value(k);
        Optional<Target> target = targets.target(k);
        TeamAssessment.Verdict verdict = target.isEmpty() || value.isEmpty() ? TeamAssessment.Verdict.NO_DATA
            : target.get().isMetBy(value.getAsDouble()) ? TeamAssessment.Verdict.MET : TeamAssessment.Verdict.MISSED;
        findings.add(new TeamAssessment.Finding(k, value, target.map(Target::threshold).orElse(Double.NaN), verdict));
      }
      OptionalDouble share = teamContacts == 0 ? OptionalDouble.empty()
          : OptionalDouble.of(f.measure(Kpi.CONTACTS_HANDLED).numerator() / teamContacts);
      out.add(new TeamAssessment.AgentAssessment(f, findings, share));
    }
    return new TeamAssessment(lead.id().value(), command.from(), command.to(), out, team);
  }

  // ---- QA-4 -------------------------------------------------------------------------------

  @Override
  public AgentDailyReport dailyReport(StaffId agent, LocalDate day, Workforce workforce) {
    Objects.requireNonNull(agent, "agent");
    Objects.requireNonNull(day, "day");
    ZonedDateTime start = day.atStartOfDay(settings.shopZone());
    Instant from = start.toInstant();
    Instant to = day.plusDays(1).atStartOfDay(settings.shopZone()).toInstant();
    KpiTable table = table(from, to, workforce);
    KpiFigures figures = table.agent(agent.value()).orElse(KpiFigures.empty(agent.value(), from, to));
    String team = teamOf(agent);
    long[] hours = new long[24];
    ContactLogs.forEachStaffContact(settings, c -> {
      if (c.entry().handledBy().get().equals(agent) && in(c.entry().start(), from, to)) {
        hours[c.entry().start().atZone(settings.shopZone()).getHour()]++;
      }
    });
    List<Long> byHour = new ArrayList<>();
    for (long h : hours) {
      byHour.add(h);
    }
    return new AgentDailyReport(agent.value(), day, figures, table.team(team).orElse(KpiFigures.empty(team, from, to)), byHour);
  }

  @Override
  public WeeklyReview weeklyReview(LocalDate monday, Workforce workforce) {
    Objects.requireNonNull(monday, "monday");
    Objects.requireNonNull(workforce, "workforce");
    if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
      throw new IllegalArgumentException("the weekly review is held on a Monday (QA-4), " + monday + " is a " + monday.getDayOfWeek());
    }
    KpiTable week = table(at(monday.minusDays(7)), at(monday), workforce);
    KpiTable before = table(at(monday.minusDays(14)), at(monday.minusDays(7)), workforce);
    List<KpiFigures> days = new ArrayList<>();
    for (int d = 7; d >= 1; d--) {
      days.add(table(at(monday.minusDays(d)), at(monday.minusDays(d - 1)), workforce).shop());
    }
    return new WeeklyReview(monday, week, before, days);
  }

  private Instant at(LocalDate day) {
    return day.atStartOfDay(settings.shopZone()).toInstant();
  }
}
