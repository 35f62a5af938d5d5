package dev.kefu.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.kefu.Decision;
import dev.kefu.memory.InMemoryStaffDirectory;
import dev.kefu.spi.staff.Role;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.staff.StaffMember;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Staffing invariants over generated organisations, requests, approval attempts, rosters, zones
 * and timelines.
 */
class StaffingProperties {

  private static final List<String> ZONES = new ArrayList<>(new TreeSet<>(ZoneId.getAvailableZoneIds()));
  private static final List<ShiftTemplate> TEMPLATES = List.of(ShiftTemplates.shopAEarly(), ShiftTemplates.shopALate(),
      ShiftTemplates.shopBEarly(), ShiftTemplates.shopBLate(), ShiftTemplate.of("night", LocalTime.of(22, 0), LocalTime.of(6, 0)));

  private static Gen<ZoneId> zones() {
    return integers().between(0, ZONES.size() - 1).map(i -> ZoneId.of(ZONES.get(i)));
  }

  private static Gen<LocalDate> mondays() {
    return integers().between(0, 52 * 30).map(w -> LocalDate.of(2000, 1, 3).plusWeeks(w));
  }

  /** An organisation: whether the agent's team lead, supervisor and general manager exist, and whether the agent is a lead. */
  private record Org(InMemoryStaffDirectory directory, StaffId agent, List<StaffId> everyone) {}

  private static Gen<Org> orgs() {
    return integers().between(0, 15).map(bits -> {
      boolean hasLead = (bits & 1) != 0;
      boolean hasSupervisor = (bits & 2) != 0;
      boolean hasGm = (bits & 4) != 0;
      boolean agentIsLead = (bits & 8) != 0;
      List<StaffMember> m = new ArrayList<>();
      StaffId gm = StaffId.of("gm");
      StaffId sup = StaffId.of("sup");
      StaffId lead = StaffId.of("lead");
      StaffId other = StaffId.of("other-lead");
      StaffId agent = StaffId.of("agent");
      StaffId peer = StaffId.of("peer");
      if (hasGm) {
        m.add(Shop.member(gm, Role.GENERAL_MANAGER, null));
      }
      if (hasSupervisor) {
        m.add(Shop.member(sup, Role.SUPERVISOR, hasGm ? gm : null));
      }
      StaffId top = hasSupervisor ? sup : hasGm ? gm : null;
      if (hasLead) {
        m.add(Shop.member(lead, Role.TEAM_LEAD, top));
      }
      m.add(Shop.member(other, Role.TEAM_LEAD, top));
      m.add(Shop.member(agent, agentIsLead ? Role.TEAM_LEAD : Role.AGENT, agentIsLead ? top : hasLead ? lead : top));
      m.add(Shop.member(peer, Role.AGENT, hasLead ? lead : other));
      return new Org(InMemoryStaffDirectory.of(m), agent, m.stream().map(StaffMember::id).toList());
    });
  }

  @Test
  @DisplayName("ST-6: leave decisions never skip an approval level and always name a rule")
  void leaveNeverSkipsALevel() {
    LocalDate monday = LocalDate.of(2026, 11, 23);
    Roster roster = Roster.builder(Shop.ZONE, monday).assign(StaffId.of("agent"), monday.plusDays(3), ShiftTemplates.shopALate())
        .assign(StaffId.of("agent"), monday.plusDays(4), ShiftTemplates.shopAEarly()).build();
    ShiftLookup shifts = ShiftLookup.of(List.of(roster));
    qt().withExamples(2_000).forAll(orgs(), integers().between(0, 35), integers().between(0, 3 * 24 * 60),
            lists().of(integers().between(0, 11)).ofSizeBetween(0, 8))
        .checkAssert((org, spanKindRequester, minutesBefore, attempts) -> {
          int span = spanKindRequester % 6;
          int kindAndRequester = spanKindRequester / 6;
          LeavePolicy policy = LeavePolicy.of(LeaveRules.defaults(), org.directory());
          LeaveKind kind = LeaveKind.values()[kindAndRequester % 3];
          StaffId requester = kindAndRequester >= 3 ? StaffId.of("peer") : org.agent();
          LocalDate first = monday.plusDays(3);
          Instant asked = ZonedDateTime.of(first, LocalTime.of(17, 30), Shop.ZONE).toInstant().minus(Duration.ofMinutes(minutesBefore));
          LeaveRequest r = LeaveRequest.of("r", org.agent(), requester, kind, first, first.plusDays(span), asked);
          LeavePolicy.Chain chain = policy.chain(r);
          Instant t = asked;
          for (int a : attempts) {
            t = t.plusSeconds(60);
            StaffId who = org.everyone().get(a % org.everyone().size());
            LeavePolicy.Step step = a >= 10 ? policy.refuse(r, who, t) : policy.approve(r, who, t);
            Decision d = step.decision();
            assertThat(d.ruleId()).isEqualTo("ST-6");
            assertThat(d.reason()).isNotBlank();
            r = step.request();
            // never a skipped level: the approvals are exactly the chain's first steps, in order
            assertThat(r.approvals().size()).isLessThanOrEqualTo(chain.steps().size());
            for (int i = 0; i < r.approvals().size(); i++) {
              assertThat(r.approvals().get(i).approver()).isEqualTo(chain.steps().get(i).approver());
            }
            LeaveDecision decision = policy.decide(r, shifts, t);
            assertThat(decision.outcomes()).extracting(RuleOutcome::ruleId).containsExactly("ST-5", "ST-6", "ST-7", "ST-8");
            assertThat(decision.outcomes()).allSatisfy(o -> assertThat(o.detail()).isNotBlank());
            if (decision.status() == LeaveStatus.APPROVED) {
              assertThat(decision.broken()).allSatisfy(o -> assertThat(o.ruleId()).isEqualTo("ST-5"));
              assertThat(r.approvals()).hasSameSizeAs(chain.steps());
              // the chain ends at a manager unless the agent is above every level
              boolean longLeave = r.days() > 3;
              assertThat(chain.steps().get(chain.steps().size() - 1).level())
                  .isEqualTo(longLeave ? Role.GENERAL_MANAGER : Role.SUPERVISOR);
            }
            if (decision.status() == LeaveStatus.PENDING) {
              assertThat(decision.nextApprover()).contains(chain.steps().get(r.approvals().size()));
            }
          }
        });
  }

  private static Gen<Roster> rosters() {
    return zones().zip(mondays(), lists().of(integers().between(0, (int) Math.pow(6, 7) - 1)).ofSizeBetween(1, 6), (zone, monday, codes) -> {
      Roster.Builder b = Roster.builder(zone, monday);
      for (int i = 0; i < codes.size(); i++) {
        StaffId a = StaffId.of("a" + i);
        b.agent(a);
        int code = codes.get(i);
        for (int d = 0; d < 7; d++) {
          int pick = code % 6;
          code /= 6;
          if (pick < TEMPLATES.size()) {
            b.assign(a, monday.plusDays(d), TEMPLATES.get(pick));
          }
        }
      }
      return b.build();
    });
  }

  @Test
  @DisplayName("ST-3: every roster the rules accept has at least one rest day per agent per week, in every zone")
  void acceptedRostersRest() {
    qt().withExamples(1_000).forAll(rosters()).checkAssert(roster -> {
      RosterCheck check = RosterRules.defaults().check(roster);
      long withoutRest = roster.agents().stream().filter(a -> roster.restDays(a).isEmpty()).count();
      assertThat(check.of("ST-3")).hasSize((int) withoutRest);
      if (check.isAccepted()) {
        assertThat(roster.agents()).allSatisfy(a -> assertThat(roster.restDays(a)).isNotEmpty());
      }
      // a shift's real length differs from its nominal one by no more than the zone's offset
      // transitions around it (a clock change during it, a start or end moved out of a gap);
      // Antarctica/Casey jumped three hours in 2009-2010
      assertThat(roster.shifts()).allSatisfy(s -> {
        Duration moves = Duration.ZERO;
        java.time.zone.ZoneOffsetTransition t = roster.zone().getRules().nextTransition(s.start().minus(Duration.ofDays(1)));
        while (t != null && t.getInstant().isBefore(s.end().plus(Duration.ofDays(1)))) {
          moves = moves.plus(t.getDuration().abs());
          t = roster.zone().getRules().nextTransition(t.getInstant());
        }
        assertThat(s.template().nominalLength().minus(s.length()).abs()).isLessThanOrEqualTo(moves);
      });
    });
  }

  @Test
  @DisplayName("ST-3: a roster planned by the rest-day rotation is accepted, rests are spread evenly, and each rest day moves a day each week")
  void rotationPlans() {
    qt().withExamples(500).forAll(zones(), mondays(), integers().between(1, 40), integers().between(0, 104))
        .checkAssert((zone, anchor, n, weeks) -> {
          List<StaffId> agents = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            agents.add(StaffId.of("a" + i));
          }
          RestDayRotation rotation = RestDayRotation.of(agents, anchor);
          LocalDate monday = anchor.plusWeeks(weeks);
          Roster roster = rotation.plan(Roster.builder(zone, monday), a -> ShiftTemplates.shopAEarly());
          assertThat(RosterRules.defaults().withRestDayRotation(rotation).check(roster).of("ST-3")).isEmpty();
          assertThat(rotation.restingIn(monday).values()).allSatisfy(l -> assertThat(l.size()).isBetween(n / 7, (n + 6) / 7));
          for (StaffId a : agents) {
            assertThat(roster.restDays(a)).containsExactly(rotation.restDay(a, monday));
            assertThat(rotation.restDay(a, monday.plusWeeks(1))).isEqualTo(rotation.restDay(a, monday).plusDays(8).minusDays(
                rotation.restDay(a, monday).getDayOfWeek() == java.time.DayOfWeek.SUNDAY ? 7 : 0));
          }
        });
  }

  @Test
  @DisplayName("A state timeline's periods cover the window exactly, and attendance statuses follow the thresholds")
  void timelines() {
    Roster roster = Shop.week().assign(Shop.A1, Shop.day(2), ShiftTemplates.shopAEarly()).build();
    Shift shift = roster.shift(Shop.A1, Shop.day(2)).orElseThrow();
    Attendance attendance = Attendance.defaults(Shop.directory());
    qt().withExamples(1_000).forAll(lists().of(integers().between(0, 5 * 14 * 60 - 1)).ofSizeBetween(0, 12))
        .checkAssert(codes -> {
          StateTimeline t = StateTimeline.of(Shop.A1);
          Instant base = shift.start().minus(Duration.ofHours(2));
          for (int c : codes) {
            t = t.with(base.plus(Duration.ofMinutes(c / 5)), AgentState.values()[c % 5]);
          }
          List<StatePeriod> periods = t.periods(shift.start(), shift.end());
          assertThat(periods.get(0).start()).isEqualTo(shift.start());
          assertThat(periods.get(periods.size() - 1).end()).isEqualTo(shift.end());
          for (int i = 1; i < periods.size(); i++) {
            assertThat(periods.get(i).start()).isEqualTo(periods.get(i - 1).end());
            assertThat(periods.get(i).state()).isNotEqualTo(periods.get(i - 1).state());
          }
          AttendanceRecord r = attendance.evaluate(roster, Shop.A1, Shop.day(2), t);
          Optional<Instant> arrival = t.firstAtWork(shift.start(), shift.end());
          boolean longAway = r.offPost().stream().anyMatch(p -> p.length().compareTo(Duration.ofMinutes(20)) >= 0);
          if (arrival.isEmpty() || Duration.between(shift.start(), arrival.get()).compareTo(Duration.ofMinutes(20)) >= 0 || longAway) {
            assertThat(r.status()).isEqualTo(AttendanceStatus.ABSENT);
            assertThat(r.findings()).isNotEmpty().allSatisfy(f -> assertThat(f.ruleId()).isEqualTo("ST-9"));
          } else {
            assertThat(r.status()).isIn(AttendanceStatus.PRESENT, AttendanceStatus.LATE);
            assertThat(r.status() == AttendanceStatus.LATE).isEqualTo(arrival.get().isAfter(shift.start()));
          }
          assertThat(r.adherence()).isBetween(0.0, 1.0);
        });
  }

  @Test
  @DisplayName("ST-12: placed breaks lie in their windows, one per entitled break of every shift at work, and at-work counts subtract them")
  void breakPlacement() {
    qt().withExamples(200).forAll(rosters(), lists().of(integers().between(0, 60)).ofSize(48))
        .checkAssert((roster, contacts) -> {
          LocalDate date = roster.weekStart().plusDays(2);
          List<dev.kefu.workforce.ForecastInterval> forecast = new ArrayList<>();
          Instant s = date.atStartOfDay(roster.zone()).toInstant();
          for (int c : contacts) {
            forecast.add(dev.kefu.workforce.ForecastInterval.of(s, Duration.ofMinutes(30), c, Duration.ofSeconds(120)));
            s = s.plus(Duration.ofMinutes(30));
          }
          dev.kefu.workforce.RequirementTable table = dev.kefu.workforce.RequirementTable.of(forecast,
              dev.kefu.workforce.ServiceTarget.of(0.8, Duration.ofSeconds(20)), dev.kefu.workforce.StaffingOptions.defaults());
          InMemoryStaffDirectory dir = InMemoryStaffDirectory.of(roster.agents().stream()
              .map(a -> Shop.member(a, Role.AGENT, null)).toList());
          Coverage c = CoverageCheck.of(dir).placeBreaks(table, List.of(roster), date);
          long entitled = roster.shifts().stream().filter(sh -> sh.date().equals(date) && !roster.onLeave(sh.agent(), date))
              .mapToLong(sh -> sh.template().breaks().size()).sum();
          assertThat(c.breaks()).hasSize((int) entitled);
          for (PlacedBreak b : c.breaks()) {
            Shift sh = roster.shift(b.agent(), date).orElseThrow();
            ShiftBreak kind = sh.template().breaks().stream().filter(x -> x.name().equals(b.name())).findFirst().orElseThrow();
            assertThat(b.start()).isBetween(sh.start().plus(kind.earliestAfterStart()), sh.start().plus(kind.latestAfterStart()));
          }
          for (IntervalCoverage i : c.intervals()) {
            assertThat(i.available()).isCloseTo(i.rostered() - i.onBreak(), org.assertj.core.data.Offset.offset(1e-9));
            assertThat(i.onBreak()).isBetween(-1e-9, i.rostered() + 1e-9);
          }
        });
  }
}
