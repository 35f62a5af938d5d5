package dev.kefu.staffing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RosterRulesTest {

  private static final ShiftTemplate EARLY = ShiftTemplates.shopAEarly();
  private static final ShiftTemplate LATE = ShiftTemplates.shopALate();
  private static final Set<DayOfWeek> SIX_DAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY);

  @Test
  @DisplayName("ST-3: an agent who works all seven days is found, with every other problem of the roster")
  void restDay() {
    Roster r = Shop.week()
        .assign(Shop.A1, EARLY, EnumSet.allOf(DayOfWeek.class))
        .assign(Shop.A2, EARLY, SIX_DAYS)
        .assign(Shop.A3, LATE, EnumSet.allOf(DayOfWeek.class))
        .build();
    RosterCheck check = RosterRules.defaults().check(r);
    assertThat(check.isAccepted()).isFalse();
    assertThat(check.of("ST-3")).extracting(f -> f.agent().orElseThrow()).containsExactly(Shop.A1, Shop.A3);
    // collected, not only the first: the seventh day is also over the consecutive-days limit
    assertThat(check.of(RosterRules.LIMIT_DAYS)).extracting(f -> f.agent().orElseThrow()).containsExactly(Shop.A1, Shop.A3);
    assertThat(check.of(RosterRules.LIMIT_DAYS).get(0).date()).contains(Shop.day(6));
  }

  @Test
  @DisplayName("ST-3: the supervisor's rotation spreads rest days over the week and moves each one a day later every week")
  void rotation() {
    RestDayRotation rotation = RestDayRotation.of(Shop.agents(), Shop.MONDAY);
    assertThat(rotation.restDay(Shop.A1, Shop.MONDAY)).isEqualTo(Shop.day(0));
    assertThat(rotation.restDay(Shop.A2, Shop.MONDAY)).isEqualTo(Shop.day(1));
    assertThat(rotation.restDay(Shop.B3, Shop.MONDAY)).isEqualTo(Shop.day(5));
    assertThat(rotation.restDay(Shop.A1, Shop.MONDAY.plusWeeks(1))).isEqualTo(Shop.MONDAY.plusWeeks(1).plusDays(1));
    assertThat(rotation.restDay(Shop.B3, Shop.MONDAY.plusWeeks(1))).isEqualTo(Shop.MONDAY.plusWeeks(1).plusDays(6));
    assertThat(rotation.restDay(Shop.B3, Shop.MONDAY.plusWeeks(2))).isEqualTo(Shop.MONDAY.plusWeeks(2));

    Roster planned = rotation.plan(Shop.week(), a -> EARLY);
    RosterRules rules = RosterRules.defaults().withRestDayRotation(rotation);
    assertThat(rules.check(planned).findings()).isEmpty();
    // resting on another day than the rotation's is a finding
    Roster moved = planned.assign(Shop.A2, Shop.day(1), EARLY).rest(Shop.A2, Shop.day(3));
    assertThat(rules.check(moved).of("ST-3")).singleElement()
        .satisfies(f -> assertThat(f.date()).contains(Shop.day(1)));
  }

  @Test
  @DisplayName("ST-2: with the weekly rotation configured, last week's early agents work late this week")
  void weeklyRotation() {
    ShiftTemplate bEarly = ShiftTemplates.shopBEarly();
    ShiftTemplate bLate = ShiftTemplates.shopBLate();
    Roster last = Roster.builder(Shop.ZONE, Shop.MONDAY.minusWeeks(1))
        .assign(Shop.B1, bEarly, SIX_DAYS).assign(Shop.B2, bLate, SIX_DAYS).build();
    Roster good = Shop.week().assign(Shop.B1, bLate, SIX_DAYS).assign(Shop.B2, bEarly, SIX_DAYS).build();
    Roster bad = Shop.week().assign(Shop.B1, bEarly, SIX_DAYS).assign(Shop.B2, bEarly, SIX_DAYS).build();
    RosterRules rules = RosterRules.defaults().withWeeklyRotation(bEarly, bLate);
    assertThat(rules.check(good, Optional.of(last)).findings()).isEmpty();
    assertThat(rules.check(bad, Optional.of(last)).of("ST-2")).hasSize(6)
        .allSatisfy(f -> assertThat(f.agent()).contains(Shop.B1));
  }

  @Test
  @DisplayName("Labour limits: 7.5 hours between a late shift and the next early one is less than the 11 hours' rest")
  void minimumRest() {
    Roster r = Shop.week().assign(Shop.A1, Shop.day(0), LATE).assign(Shop.A1, Shop.day(1), EARLY).build();
    assertThat(RosterRules.defaults().check(r).of(RosterRules.LIMIT_REST)).singleElement()
        .satisfies(f -> {
          assertThat(f.date()).contains(Shop.day(1));
          assertThat(f.detail()).contains("7 h 30 min");
        });
    RosterRules lenient = RosterRules.defaults().withLimits(new LabourLimits(Duration.ofHours(7), 6, Duration.ofHours(60)));
    assertThat(lenient.check(r).findings()).isEmpty();
  }

  @Test
  @DisplayName("Labour limits: consecutive days count across the previous week, weekly hours exclude breaks")
  void acrossWeeks() {
    Roster last = Roster.builder(Shop.ZONE, Shop.MONDAY.minusWeeks(1))
        .assign(Shop.A1, EARLY, EnumSet.range(DayOfWeek.TUESDAY, DayOfWeek.SUNDAY)).build();
    Roster now = Shop.week().assign(Shop.A1, EARLY, EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY)).build();
    assertThat(RosterRules.defaults().check(now).findings()).isEmpty();
    assertThat(RosterRules.defaults().check(now, Optional.of(last)).of(RosterRules.LIMIT_DAYS)).singleElement()
        .satisfies(f -> assertThat(f.date()).contains(Shop.day(0)));
    // six early shifts: 6 x (9.5 h - 1 h meal) = 51 h
    Roster six = Shop.week().assign(Shop.A1, EARLY, SIX_DAYS).build();
    assertThat(RosterRules.defaults().check(six).findings()).isEmpty();
    RosterRules fifty = RosterRules.defaults().withLimits(new LabourLimits(Duration.ofHours(11), 6, Duration.ofHours(50)));
    assertThat(fifty.check(six).of(RosterRules.LIMIT_HOURS)).singleElement()
        .satisfies(f -> assertThat(f.detail()).startsWith("51 h of work"));
  }

  @Test
  void previousRosterMustBeTheWeekBefore() {
    Roster now = Shop.week().build();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> RosterRules.defaults().check(now, Optional.of(now)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(List.of(now.dates().get(0), now.dates().get(6))).containsExactly(Shop.MONDAY, LocalDate.of(2026, 11, 29));
  }
}
