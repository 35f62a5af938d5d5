package dev.kefu.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.spi.staff.StaffId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AttendanceTest {

  private static final LocalDate TUE = Shop.day(1);
  private final Attendance attendance = Attendance.defaults(Shop.directory());
  private final Roster roster = Shop.week()
      .assign(Shop.A1, TUE, ShiftTemplates.shopAEarly())
      .assign(Shop.A2, TUE, ShiftTemplates.shopAEarly())
      .assign(Shop.A3, TUE, ShiftTemplates.shopALate())
      .assign(Shop.B1, TUE, ShiftTemplates.shopAEarly())
      .leave(Shop.B1, TUE)
      .agent(Shop.B2)
      .build();

  private static Instant at(LocalDate d, int h, int m) {
    return ZonedDateTime.of(d, LocalTime.of(h, m), Shop.ZONE).toInstant();
  }

  private static StateTimeline arrives(StaffId a, int h, int m) {
    return StateTimeline.of(a).with(at(TUE, h, m), AgentState.AVAILABLE).with(at(TUE, 18, 0), AgentState.OFFLINE);
  }

  @Test
  @DisplayName("ST-9: 19 minutes late is late; 20 minutes late without approved leave is absence")
  void lateness() {
    AttendanceRecord late = attendance.evaluate(roster, Shop.A1, TUE, arrives(Shop.A1, 8, 49));
    assertThat(late.status()).isEqualTo(AttendanceStatus.LATE);
    assertThat(late.late()).isEqualTo(Duration.ofMinutes(19));
    assertThat(late.findings()).isEmpty();
    AttendanceRecord absent = attendance.evaluate(roster, Shop.A1, TUE, arrives(Shop.A1, 8, 50));
    assertThat(absent.status()).isEqualTo(AttendanceStatus.ABSENT);
    assertThat(absent.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("ST-9");
      assertThat(f.detail()).startsWith("20 min late");
    });
    AttendanceRecord early = attendance.evaluate(roster, Shop.A1, TUE, arrives(Shop.A1, 8, 15));
    assertThat(early.status()).isEqualTo(AttendanceStatus.PRESENT);
    assertThat(early.late()).isZero();
    assertThat(attendance.evaluate(roster, Shop.A1, TUE, StateTimeline.of(Shop.A1)).status()).isEqualTo(AttendanceStatus.ABSENT);
  }

  @Test
  @DisplayName("ST-9: 20 minutes off post is absence; a break within its allowance is not off post")
  void offPost() {
    StateTimeline meal = arrives(Shop.A1, 8, 30).with(at(TUE, 12, 0), AgentState.BREAK).with(at(TUE, 13, 0), AgentState.AVAILABLE);
    AttendanceRecord ok = attendance.evaluate(roster, Shop.A1, TUE, meal);
    assertThat(ok.status()).isEqualTo(AttendanceStatus.PRESENT);
    assertThat(ok.offPost()).isEmpty();
    StateTimeline longMeal = meal.with(at(TUE, 13, 0), AgentState.OFFLINE).with(at(TUE, 13, 19), AgentState.BUSY);
    AttendanceRecord nineteen = attendance.evaluate(roster, Shop.A1, TUE, longMeal);
    assertThat(nineteen.status()).isEqualTo(AttendanceStatus.PRESENT);
    assertThat(nineteen.offPost()).singleElement().satisfies(p -> assertThat(p.length()).isEqualTo(Duration.ofMinutes(19)));
    StateTimeline away = arrives(Shop.A1, 8, 30).with(at(TUE, 15, 0), AgentState.OFFLINE).with(at(TUE, 15, 20), AgentState.AVAILABLE);
    AttendanceRecord absent = attendance.evaluate(roster, Shop.A1, TUE, away);
    assertThat(absent.status()).isEqualTo(AttendanceStatus.ABSENT);
    assertThat(absent.findings()).extracting(RuleFinding::ruleId).containsExactly("ST-9");
    assertThat(absent.findings().get(0).detail()).contains("off post");
    // adherence: 550 of the shift's 570 minutes as rostered; with the hour's meal, all 570
    assertThat(absent.adherence()).isCloseTo(550.0 / 570.0, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(ok.adherence()).isEqualTo(1.0);
    assertThat(nineteen.adherence()).isCloseTo(551.0 / 570.0, org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  @DisplayName("ST-2: the late shift running on while customers wait is recorded as overtime")
  void overtime() {
    StateTimeline t = StateTimeline.of(Shop.A3).with(at(TUE, 17, 30), AgentState.AVAILABLE)
        .with(at(TUE.plusDays(1), 0, 50), AgentState.BUSY).with(at(TUE.plusDays(1), 1, 25), AgentState.OFFLINE);
    AttendanceRecord r = attendance.evaluate(roster, Shop.A3, TUE, t);
    assertThat(r.status()).isEqualTo(AttendanceStatus.PRESENT);
    assertThat(r.overtime()).isEqualTo(Duration.ofMinutes(25));
    // the early shift does not run on: staying later is not overtime by ST-2
    AttendanceRecord e = attendance.evaluate(roster, Shop.A1, TUE,
        StateTimeline.of(Shop.A1).with(at(TUE, 8, 30), AgentState.AVAILABLE).with(at(TUE, 18, 40), AgentState.OFFLINE));
    assertThat(e.overtime()).isZero();
  }

  @Test
  @DisplayName("ST-16: the team lead records the team's attendance every day, one record per rostered member")
  void dailySheet() {
    Map<StaffId, StateTimeline> timelines = Map.of(Shop.A1, arrives(Shop.A1, 8, 30), Shop.A2, arrives(Shop.A2, 9, 0));
    AttendanceSheet lead1 = attendance.record(roster, TUE, timelines, Shop.LEAD_1);
    assertThat(lead1.recordedBy()).isEqualTo(Shop.LEAD_1);
    assertThat(lead1.records()).extracting(AttendanceRecord::agent, AttendanceRecord::status).containsExactly(
        org.assertj.core.groups.Tuple.tuple(Shop.A1, AttendanceStatus.PRESENT),
        org.assertj.core.groups.Tuple.tuple(Shop.A2, AttendanceStatus.ABSENT),
        org.assertj.core.groups.Tuple.tuple(Shop.A3, AttendanceStatus.ABSENT));
    AttendanceSheet lead2 = attendance.record(roster, TUE, timelines, Shop.LEAD_2);
    assertThat(lead2.records()).extracting(AttendanceRecord::agent, AttendanceRecord::status).containsExactly(
        org.assertj.core.groups.Tuple.tuple(Shop.B1, AttendanceStatus.ON_LEAVE),
        org.assertj.core.groups.Tuple.tuple(Shop.B2, AttendanceStatus.REST));
    assertThatThrownBy(() -> attendance.record(roster, TUE, timelines, Shop.A1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ST-16");
  }

  @Test
  @DisplayName("ST-10: a first absence is a warning, a repeat within the look-back period a penalty")
  void discipline() {
    AttendanceSheet sheet = attendance.record(roster, TUE, Map.of(), Shop.LEAD_1);
    List<DisciplinaryRecord> first = attendance.discipline(sheet, List.of(), Discipline.defaults());
    assertThat(first).extracting(DisciplinaryRecord::agent, DisciplinaryRecord::sanction).containsExactly(
        org.assertj.core.groups.Tuple.tuple(Shop.A1, Sanction.WARNING),
        org.assertj.core.groups.Tuple.tuple(Shop.A2, Sanction.WARNING),
        org.assertj.core.groups.Tuple.tuple(Shop.A3, Sanction.WARNING));
    assertThat(first).allSatisfy(r -> assertThat(r.ruleId()).isEqualTo("ST-9"));
    DisciplinaryRecord older = new DisciplinaryRecord(Shop.A2, TUE.minusMonths(2), "ST-4", Sanction.WARNING, "swap");
    DisciplinaryRecord ancient = new DisciplinaryRecord(Shop.A3, TUE.minusMonths(13), "ST-9", Sanction.WARNING, "absence");
    List<DisciplinaryRecord> again = attendance.discipline(sheet, List.of(older, ancient), Discipline.defaults());
    assertThat(again).extracting(DisciplinaryRecord::sanction).containsExactly(Sanction.WARNING, Sanction.PENALTY, Sanction.WARNING);
  }

  @Test
  void timelinePeriodsCoverTheWindow() {
    StateTimeline t = arrives(Shop.A1, 9, 0).with(at(TUE, 10, 0), AgentState.BUSY).with(at(TUE, 10, 0), AgentState.MEETING);
    assertThat(t.periods(at(TUE, 8, 0), at(TUE, 12, 0))).extracting(StatePeriod::state)
        .containsExactly(AgentState.OFFLINE, AgentState.AVAILABLE, AgentState.MEETING);
    assertThat(t.atWork(at(TUE, 8, 0), at(TUE, 12, 0))).isEqualTo(Duration.ofHours(3));
  }
}
