package dev.kefu.staffing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.workforce.ForecastInterval;
import dev.kefu.workforce.IntervalRequirement;
import dev.kefu.workforce.RequirementTable;
import dev.kefu.workforce.ServiceTarget;
import dev.kefu.workforce.Shrinkage;
import dev.kefu.workforce.StaffingOptions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CoverageTest {

  private static final LocalDate TUE = Shop.day(1);
  private static final ShiftTemplate EARLY = ShiftTemplates.shopAEarly(); // 08:30-18:00, meal 11:30-13:30 start

  private static Instant at(int h, int m) {
    return ZonedDateTime.of(TUE, LocalTime.of(h, m), Shop.ZONE).toInstant();
  }

  /**
   * Half-hours from 08:30 to 18:00: 15 contacts of 60 s in 11:30-13:00 (0.5 Erlangs: 2 agents, by
   * hand: one agent answers 57.7% within 20 s, two 93.9%), 1 contact elsewhere (1 agent).
   */
  private static RequirementTable table(Shrinkage shrinkage) {
    List<ForecastInterval> f = new ArrayList<>();
    for (Instant s = at(8, 30); s.isBefore(at(18, 0)); s = s.plus(Duration.ofMinutes(30))) {
      boolean peak = !s.isBefore(at(11, 30)) && s.isBefore(at(13, 0));
      f.add(ForecastInterval.of(s, Duration.ofMinutes(30), peak ? 15 : 1, Duration.ofSeconds(60)));
    }
    return RequirementTable.of(f, ServiceTarget.of(0.8, Duration.ofSeconds(20)),
        StaffingOptions.builder().shrinkage(shrinkage).build());
  }

  private static Roster three() {
    return Shop.week().assign(Shop.A1, TUE, EARLY).assign(Shop.A2, TUE, EARLY).assign(Shop.A3, TUE, EARLY).build();
  }

  @Test
  void theFixtureNeedsTwoAgentsAtThePeakAndOneOtherwise() {
    RequirementTable t = table(Shrinkage.NONE);
    assertThat(t.intervals()).hasSize(19);
    assertThat(t.at(at(12, 0)).orElseThrow().agents()).isEqualTo(2);
    assertThat(t.at(at(9, 0)).orElseThrow().agents()).isEqualTo(1);
  }

  @Test
  @DisplayName("ST-12: breaks placed by volume keep every interval covered, where all at the window's opening would not")
  void breakPlacement() {
    CoverageCheck check = CoverageCheck.of(Shop.directory());
    RequirementTable t = table(Shrinkage.NONE);
    List<PlacedBreak> naive = new ArrayList<>();
    for (dev.kefu.spi.staff.StaffId a : List.of(Shop.A1, Shop.A2, Shop.A3)) {
      naive.add(new PlacedBreak(a, "meal", at(11, 30), at(12, 30)));
    }
    Coverage allAtOnce = check.check(t, List.of(three()), naive);
    assertThat(allAtOnce.gaps()).extracting(IntervalCoverage::start).containsExactly(at(11, 30), at(12, 0));
    assertThat(allAtOnce.gaps().get(0).gap()).isEqualTo(-2.0);

    Coverage placed = check.placeBreaks(t, List.of(three()), TUE);
    assertThat(placed.isCovered()).isTrue();
    assertThat(placed.breaks()).hasSize(3).allSatisfy(b -> {
      assertThat(b.start()).isBetween(at(11, 30), at(13, 30));
      assertThat(Duration.between(b.start(), b.end())).isEqualTo(Duration.ofHours(1));
    });
    // hand-worked: the first goes after the peak, the second at the opening, the third between
    assertThat(placed.breaks()).extracting(PlacedBreak::start).containsExactly(at(13, 0), at(11, 30), at(12, 30));
    // during every interval, the agents at work are the rostered less those on a break
    for (IntervalCoverage i : placed.intervals()) {
      long breaking = placed.breaks().stream().filter(b -> b.start().isBefore(i.end()) && b.end().isAfter(i.start())).count();
      assertThat(i.available()).isCloseTo(3.0 - breaking, Offset.offset(1e-9));
    }
  }

  @Test
  @DisplayName("ST-13: a team lead counts for 30% of an agent by default, a share the supervisor can set; a shift lead for none")
  void teamLeadShare() {
    Roster r = three().assign(Shop.LEAD_1, TUE, EARLY).assign(Shop.SHIFT_LEAD, TUE, EARLY);
    CoverageCheck check = CoverageCheck.of(Shop.directory());
    IntervalCoverage nine = check.check(table(Shrinkage.NONE), List.of(r), List.of()).intervals().get(1);
    assertThat(nine.start()).isEqualTo(at(9, 0));
    assertThat(nine.rostered()).isCloseTo(3.3, Offset.offset(1e-9));
    assertThat(check.withTeamLeadShare(0.5).check(table(Shrinkage.NONE), List.of(r), List.of()).intervals().get(1).rostered())
        .isCloseTo(3.5, Offset.offset(1e-9));
    // a shift covering half an interval counts half; leave counts apart
    Roster partial = Shop.week().assign(Shop.A1, TUE, ShiftTemplate.of("x", LocalTime.of(9, 15), LocalTime.of(17, 0)))
        .assign(Shop.A2, TUE, EARLY).leave(Shop.A2, TUE).build();
    IntervalCoverage c = check.check(table(Shrinkage.NONE), List.of(partial), List.of()).intervals().get(1);
    assertThat(c.rostered()).isCloseTo(0.5, Offset.offset(1e-9));
    assertThat(c.onLeave()).isCloseTo(1.0, Offset.offset(1e-9));
    assertThat(c.isCovered()).isFalse();
  }

  @Test
  @DisplayName("ST-15: the week's gaps give HR the hires or the spare agents")
  void staffingNeeds() {
    // with 30% shrinkage: ceil(2 / 0.7) = 3 to schedule at the peak, ceil(1 / 0.7) = 2 elsewhere
    RequirementTable t = table(Shrinkage.ofBasisPoints(3000));
    IntervalRequirement peak = t.at(at(12, 0)).orElseThrow();
    assertThat(peak.scheduled()).isEqualTo(3);
    CoverageCheck check = CoverageCheck.of(Shop.directory());
    Duration week = Duration.ofHours(51);
    StaffingNeeds exact = StaffingNeeds.from(check.check(t, List.of(three()), List.of()), week);
    assertThat(exact.hires()).isZero();
    assertThat(exact.releases()).isZero();
    assertThat(exact.intervalsShort()).isZero();
    // two agents: one short in the three peak half-hours, 1.5 agent-hours; 1.5 / 51 rounds up to one hire
    Roster two = Shop.week().assign(Shop.A1, TUE, EARLY).assign(Shop.A2, TUE, EARLY).build();
    StaffingNeeds short1 = StaffingNeeds.from(check.check(t, List.of(two), List.of()), week);
    assertThat(short1.intervalsShort()).isEqualTo(3);
    assertThat(short1.shortAgentHours()).isCloseTo(1.5, Offset.offset(1e-9));
    assertThat(short1.largestShortage()).isCloseTo(1.0, Offset.offset(1e-9));
    assertThat(short1.hires()).isEqualTo(1);
    // over one day of 8.5 working hours per agent, 1.5 agent-hours short is still one hire, 9 would be two
    assertThat(StaffingNeeds.from(check.check(t, List.of(two), List.of()), Duration.ofMinutes(510)).hires()).isEqualTo(1);
    Roster none = Shop.week().agent(Shop.A1).build();
    StaffingNeeds empty = StaffingNeeds.from(check.check(t, List.of(none), List.of()), Duration.ofMinutes(510));
    // unstaffed: 2 to schedule in 16 half-hours, 3 in 3: 16 + 4.5 = 20.5 agent-hours, over 8.5 h: 3 hires
    assertThat(empty.shortAgentHours()).isCloseTo(20.5, Offset.offset(1e-9));
    assertThat(empty.hires()).isEqualTo(3);
    assertThat(short1.summary()).startsWith("ST-15").contains("hire 1");
    // five agents: every interval spares at least two
    Roster five = three().assign(Shop.B1, TUE, EARLY).assign(Shop.B2, TUE, EARLY);
    StaffingNeeds spare = StaffingNeeds.from(check.check(t, List.of(five), List.of()), week);
    assertThat(spare.releases()).isEqualTo(2);
    assertThat(spare.hires()).isZero();
    // 16 intervals spare 3, 3 peak intervals spare 2, half an hour each
    assertThat(spare.spareAgentHours()).isCloseTo(16 * 3 * 0.5 + 3 * 2 * 0.5, Offset.offset(1e-9));
  }
}
