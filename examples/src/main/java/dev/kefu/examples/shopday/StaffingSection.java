package dev.kefu.examples.shopday;

import dev.kefu.spi.Channel;
import dev.kefu.spi.staff.Role;
import dev.kefu.spi.staff.StaffDirectory;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.staffing.Coverage;
import dev.kefu.staffing.CoverageCheck;
import dev.kefu.staffing.IntervalCoverage;
import dev.kefu.staffing.LeaveDecision;
import dev.kefu.staffing.LeaveKind;
import dev.kefu.staffing.LeavePolicy;
import dev.kefu.staffing.LeaveRequest;
import dev.kefu.staffing.LeaveRules;
import dev.kefu.staffing.LeaveStatus;
import dev.kefu.staffing.Roster;
import dev.kefu.staffing.RuleOutcome;
import dev.kefu.staffing.ShiftLookup;
import dev.kefu.staffing.ShiftTemplate;
import dev.kefu.staffing.ShiftTemplates;
import dev.kefu.staffing.StaffingNeeds;
import dev.kefu.workforce.ForecastInterval;
import dev.kefu.workforce.RequirementTable;
import dev.kefu.workforce.ServiceTarget;
import dev.kefu.workforce.Shrinkage;
import dev.kefu.workforce.StaffingOptions;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The staffing part of the summary (ST-2 to ST-15): the day's live contacts per half-hour taken as
 * the forecast, the agents kefu's workforce maths says each half-hour needs (Erlang C, 80% answered
 * within 20 seconds, occupancy at most 85%, 30% shrinkage), against the day's roster with its meal
 * breaks placed by volume and the leave approved, with the gaps; and a few leave requests decided
 * by kefu's leave policy with their reasons.
 *
 * <p>Immutable.
 */
final class StaffingSection {

  /** The handle time the plan assumes for a live contact. */
  static final Duration PLANNED_HANDLE_TIME = Duration.ofMinutes(4);
  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

  /** One decided request, as printed. */
  record Decided(String agent, String request, LeaveDecision decision, List<String> steps) {}

  private final BusinessDay day;
  private final Coverage coverage;
  private final List<Double> contacts;
  private final StaffingNeeds needs;
  private final List<Decided> leave;

  private StaffingSection(BusinessDay day, Coverage coverage, List<Double> contacts, StaffingNeeds needs, List<Decided> leave) {
    this.day = day;
    this.coverage = coverage;
    this.contacts = List.copyOf(contacts);
    this.needs = needs;
    this.leave = List.copyOf(leave);
  }

  /**
   * Plans the day's staffing.
   *
   * @param day the calendar
   * @param staffing the day's roster as the simulation runs it
   * @param plan the day's contacts
   * @return the section
   */
  static StaffingSection of(BusinessDay day, Staffing staffing, DayPlan plan) {
    StaffDirectory directory = staffing.directory();
    LocalDate date = day.date();
    Roster.Builder b = Roster.builder(day.zone(), date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
    for (Staffing.Post p : staffing.roster()) {
      p.shift().ifPresent(s -> b.assign(p.id(), date, template(s)));
    }
    Roster roster = b.build();

    List<Decided> leave = leaveRequests(day, staffing, roster, directory);
    for (Decided d : leave) {
      if (d.decision().status() == LeaveStatus.APPROVED) {
        roster = roster.withLeave(StaffId.of(d.agent()), date);
      }
    }

    // the forecast: the day's live contacts per half-hour from 08:00 to 01:30
    List<ForecastInterval> forecast = new ArrayList<>();
    List<Double> counts = new ArrayList<>();
    Instant from = ZonedDateTime.of(date, LocalTime.of(8, 0), day.zone()).toInstant();
    Instant to = ZonedDateTime.of(date.plusDays(1), LocalTime.of(1, 30), day.zone()).toInstant();
    for (Instant s = from; s.isBefore(to); s = s.plus(Duration.ofMinutes(30))) {
      Instant start = s;
      Instant end = s.plus(Duration.ofMinutes(30));
      double n = plan.contacts().stream().filter(c -> live(c.channel()) && !c.at().isBefore(start) && c.at().isBefore(end)).count();
      counts.add(n);
      forecast.add(ForecastInterval.of(start, Duration.ofMinutes(30), n, PLANNED_HANDLE_TIME));
    }
    RequirementTable table = RequirementTable.of(forecast, ServiceTarget.of(0.8, Duration.ofSeconds(20)),
        StaffingOptions.builder().shrinkage(Shrinkage.ofBasisPoints(3000)).build());
    Coverage coverage = CoverageCheck.of(directory).withTeamLeadShare(Staffing.LEAD_SHARE)
        .placeBreaks(table, List.of(roster), date);
    StaffingNeeds needs = StaffingNeeds.from(coverage, Duration.ofMinutes(510)); // one agent's day: 9.5 h less the meal
    return new StaffingSection(day, coverage, counts, needs, leave);
  }

  private static boolean live(Channel c) {
    return c == Channel.ONLINE_CHAT || c == Channel.PHONE || c == Channel.WECHAT;
  }

  private static ShiftTemplate template(Staffing.Shift s) {
    return s.equals(Staffing.EARLY) ? ShiftTemplates.shopAEarly() : ShiftTemplates.shopALate();
  }

  // a few requests a supervisor sees on a day, decided by kefu's leave policy
  private static List<Decided> leaveRequests(BusinessDay day, Staffing staffing, Roster roster, StaffDirectory directory) {
    LeavePolicy policy = LeavePolicy.of(LeaveRules.defaults(), directory);
    ShiftLookup shifts = ShiftLookup.of(List.of(roster));
    LocalDate date = day.date();
    List<StaffId> early = agents(staffing, Staffing.EARLY);
    List<StaffId> late = agents(staffing, Staffing.LATE);
    List<Decided> out = new ArrayList<>();
    // ordinary leave asked two days ahead, approved level by level
    LeaveRequest r1 = LeaveRequest.of("leave-1", early.get(0), early.get(0), LeaveKind.ORDINARY, date, date, at(day, date.minusDays(2), 10, 0));
    List<String> steps1 = new ArrayList<>();
    r1 = approveAll(policy, r1, at(day, date.minusDays(2), 11, 0), steps1);
    out.add(new Decided(early.get(0).value(), "ordinary leave, asked 2 days ahead", policy.decide(r1, shifts, at(day, date, 7, 0)), steps1));
    // urgent leave asked 40 minutes before the early shift, not yet approved
    LeaveRequest r2 = LeaveRequest.of("leave-2", early.get(1), early.get(1), LeaveKind.URGENT, date, date, at(day, date, 7, 50));
    out.add(new Decided(early.get(1).value(), "urgent leave, asked at 07:50", policy.decide(r2, shifts, at(day, date, 8, 0)), List.of()));
    // night-shift leave asked in the afternoon
    LeaveRequest r3 = LeaveRequest.of("leave-3", late.get(0), late.get(0), LeaveKind.URGENT, date, date, at(day, date, 14, 0));
    List<String> steps3 = new ArrayList<>();
    r3 = approveAll(policy, r3, at(day, date, 14, 30), steps3);
    out.add(new Decided(late.get(0).value(), "leave from the late shift, asked at 14:00", policy.decide(r3, shifts, at(day, date, 15, 0)), steps3));
    // ordinary leave asked by a colleague
    LeaveRequest r4 = LeaveRequest.of("leave-4", late.get(1), late.get(2), LeaveKind.ORDINARY, date, date, at(day, date.minusDays(3), 9, 0));
    out.add(new Decided(late.get(1).value(), "ordinary leave, asked by " + late.get(2).value(), policy.decide(r4, shifts, at(day, date.minusDays(3), 9, 5)), List.of()));
    // the supervisor tries to approve before the team lead, then the chain runs its course
    LeaveRequest r5 = LeaveRequest.of("leave-5", early.get(2), early.get(2), LeaveKind.SICK, date, date, at(day, date, 6, 0));
    List<String> steps5 = new ArrayList<>();
    LeavePolicy.Step skip = policy.approve(r5, staffing.supervisor(), at(day, date, 6, 10));
    steps5.add("supervisor first: " + (skip.decision().allowed() ? "accepted" : "refused, " + skip.decision().ruleId() + ": " + skip.decision().reason()));
    r5 = approveAll(policy, r5, at(day, date, 6, 20), steps5);
    out.add(new Decided(early.get(2).value(), "sick leave, asked at 06:00", policy.decide(r5, shifts, at(day, date, 7, 0)), steps5));
    return out;
  }

  private static LeaveRequest approveAll(LeavePolicy policy, LeaveRequest r, Instant at, List<String> steps) {
    for (LeaveDecision.ApprovalStep s : policy.approvalChain(r)) {
      LeavePolicy.Step step = policy.approve(r, s.approver(), at);
      steps.add(s.level().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " " + s.approver().value() + ": "
          + (step.decision().allowed() ? "approved" : "refused, " + step.decision().reason()));
      r = step.request();
    }
    return r;
  }

  private static List<StaffId> agents(Staffing staffing, Staffing.Shift shift) {
    return staffing.membersOf(shift).stream().filter(id -> staffing.post(id).role() == Role.AGENT).toList();
  }

  private static Instant at(BusinessDay day, LocalDate date, int h, int m) {
    return ZonedDateTime.of(date, LocalTime.of(h, m), day.zone()).toInstant();
  }

  /** @return the coverage of the day */
  Coverage coverage() {
    return coverage;
  }

  /** @return the leave requests decided */
  List<Decided> leave() {
    return leave;
  }

  /** @return the staffing needs */
  StaffingNeeds needs() {
    return needs;
  }

  /**
   * Appends the section.
   *
   * @param out where to
   */
  void render(StringBuilder out) {
    out.append("\nStaffing, from kefu's workforce maths against the day's roster\n");
    out.append("  the day's live contacts (chat, phone, WeChat) per half-hour as the forecast, 4 minutes' handling,\n"
        + "  80% answered within 20 s, occupancy at most 85%, 30% shrinkage (Erlang C); team leads count for\n"
        + String.format(Locale.ROOT, "  %.0f%% of an agent (ST-13), meal breaks placed by volume (ST-12)%n%n", Staffing.LEAD_SHARE * 100));
    TextTable t = new TextTable("half-hour", "contacts", "agents needed", "to schedule", "rostered", "on leave", "on break",
        "at work", "gap");
    int i = 0;
    for (IntervalCoverage c : coverage.intervals()) {
      String span = HH_MM.format(c.start().atZone(day.zone())) + "–" + HH_MM.format(c.end().atZone(day.zone()));
      t.row(span, TextTable.count(Math.round(contacts.get(i++))), TextTable.count(c.requiredAgents()),
          TextTable.count(c.requiredScheduled()), one(c.rostered()), one(c.onLeave()), one(c.onBreak()), one(c.available()),
          c.isCovered() ? "" : one(c.gap()));
    }
    out.append(t.render("  "));
    out.append(String.format(Locale.ROOT, "  %d of %d half-hours short of the agents needed at work%n  %s%n", coverage.gaps().size(),
        coverage.intervals().size(), needs.summary()));

    out.append("\nLeave requests, decided by kefu's leave policy (ST-5 to ST-8)\n");
    for (Decided d : leave) {
      out.append(String.format(Locale.ROOT, "  %s, %s: %s%n", d.agent(), d.request(), d.decision().status()));
      for (String s : d.steps()) {
        out.append("      ").append(s).append('\n');
      }
      List<RuleOutcome> why = d.decision().broken().isEmpty() ? d.decision().outcomes().subList(1, 2) : d.decision().broken();
      for (RuleOutcome o : why) {
        out.append("      ").append(o.ruleId()).append(": ").append(o.detail()).append('\n');
      }
      d.decision().nextApprover().ifPresent(n -> out.append("      next: the ")
          .append(n.level().name().toLowerCase(Locale.ROOT).replace('_', ' ')).append(' ').append(n.approver().value()).append('\n'));
    }
  }

  private static String one(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
