package dev.kefu.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.spi.staff.StaffId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ShiftTemplateTest {

  @Test
  @DisplayName("ST-2: shop A's shifts overlap for the handover and the late one runs past midnight")
  void shopA() {
    ShiftTemplate early = ShiftTemplates.shopAEarly();
    ShiftTemplate late = ShiftTemplates.shopALate();
    assertThat(early.start()).isEqualTo(LocalTime.of(8, 30));
    assertThat(early.end()).isEqualTo(LocalTime.of(18, 0));
    assertThat(late.start()).isEqualTo(LocalTime.of(17, 30));
    assertThat(late.end()).isEqualTo(LocalTime.of(1, 0));
    assertThat(late.crossesMidnight()).isTrue();
    assertThat(late.extendsWhileCustomersWait()).isTrue();
    assertThat(late.night()).isTrue();
    LocalDate d = LocalDate.of(2026, 11, 24);
    Roster r = Shop.week().assign(Shop.A1, d, early).assign(Shop.A2, d, late).build();
    Shift e = r.shift(Shop.A1, d).orElseThrow();
    Shift l = r.shift(Shop.A2, d).orElseThrow();
    assertThat(l.end()).isEqualTo(ZonedDateTime.of(d.plusDays(1), LocalTime.of(1, 0), Shop.ZONE).toInstant());
    assertThat(l.length()).isEqualTo(Duration.ofMinutes(450));
    // the handover window of the early shift is the overlap with the late one
    assertThat(e.handoverFrom()).isEqualTo(l.start());
    Instant overlap = ZonedDateTime.of(d, LocalTime.of(17, 45), Shop.ZONE).toInstant();
    assertThat(r.workingAt(overlap)).extracting(Shift::agent).containsExactly(Shop.A1, Shop.A2);
    Instant afterMidnight = ZonedDateTime.of(d.plusDays(1), LocalTime.of(0, 30), Shop.ZONE).toInstant();
    assertThat(r.workingAt(afterMidnight)).extracting(Shift::agent).containsExactly(Shop.A2);
  }

  @Test
  @DisplayName("ST-2: shop B's shifts, early 09:30–18:30 and late 13:30–22:30")
  void shopB() {
    assertThat(ShiftTemplates.shopB()).extracting(ShiftTemplate::start, ShiftTemplate::end)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalTime.of(9, 30), LocalTime.of(18, 30)),
            org.assertj.core.groups.Tuple.tuple(LocalTime.of(13, 30), LocalTime.of(22, 30)));
    assertThat(ShiftTemplates.shopB()).noneMatch(ShiftTemplate::crossesMidnight);
  }

  @Test
  @DisplayName("A night shift on the night clocks go back lasts an hour longer; on the night they go forward, an hour shorter")
  void daylightSaving() {
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    ShiftTemplate night = ShiftTemplate.of("night", LocalTime.of(22, 0), LocalTime.of(6, 0));
    StaffId a = StaffId.of("x");
    Roster autumn = Roster.builder(berlin, LocalDate.of(2026, 10, 19)).assign(a, LocalDate.of(2026, 10, 24), night).build();
    assertThat(autumn.shift(a, LocalDate.of(2026, 10, 24)).orElseThrow().length()).isEqualTo(Duration.ofHours(9));
    Roster spring = Roster.builder(berlin, LocalDate.of(2026, 3, 23)).assign(a, LocalDate.of(2026, 3, 28), night).build();
    assertThat(spring.shift(a, LocalDate.of(2026, 3, 28)).orElseThrow().length()).isEqualTo(Duration.ofHours(7));
  }

  @Test
  @DisplayName("A shift a clock change swallows does not take place: Samoa skipped 2011-12-30, and a shift shorter than the gap it starts in")
  void swallowedShifts() {
    ZoneId apia = ZoneId.of("Pacific/Apia");
    ShiftTemplate late = ShiftTemplates.shopALate(); // 17:30-01:00
    StaffId a = StaffId.of("x");
    LocalDate thursday = LocalDate.of(2011, 12, 29);
    LocalDate skipped = LocalDate.of(2011, 12, 30);
    LocalDate saturday = LocalDate.of(2011, 12, 31);
    Roster r = Roster.builder(apia, LocalDate.of(2011, 12, 26))
        .assign(a, thursday, late).assign(a, skipped, late).assign(a, saturday, late).build();
    assertThat(late.takesPlaceOn(skipped, apia)).isFalse();
    assertThat(r.shift(a, skipped)).isEmpty();
    assertThat(r.shiftsOf(a)).extracting(Shift::date).containsExactly(thursday, saturday);
    // Thursday's late shift ran into the skipped day: 17:30 at UTC-10 to 01:00 at UTC+14, 7.5 hours
    Shift before = r.shift(a, thursday).orElseThrow();
    assertThat(before.start()).isEqualTo(Instant.parse("2011-12-30T03:30:00Z"));
    assertThat(before.end()).isEqualTo(Instant.parse("2011-12-30T11:00:00Z"));
    assertThat(r.shift(a, saturday).orElseThrow().length()).isEqualTo(Duration.ofMinutes(450));
    // no instant of the week finds a shift of the skipped date
    assertThat(r.workingAt(Instant.parse("2011-12-31T03:45:00Z"))).extracting(Shift::date).containsExactly(saturday);
    assertThat(r.restDays(a)).doesNotContain(skipped);

    // Berlin's clocks went from 02:00 to 03:00 on 2026-03-29: a 02:30-03:15 shift starts at 03:30
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    LocalDate spring = LocalDate.of(2026, 3, 29);
    ShiftTemplate tiny = ShiftTemplate.of("tiny", LocalTime.of(2, 30), LocalTime.of(3, 15));
    ShiftTemplate inside = ShiftTemplate.of("inside", LocalTime.of(2, 15), LocalTime.of(2, 45));
    Roster s = Roster.builder(berlin, LocalDate.of(2026, 3, 23)).assign(a, spring, tiny).assign(StaffId.of("y"), spring, inside).build();
    assertThat(tiny.takesPlaceOn(spring, berlin)).isFalse();
    assertThat(s.shift(a, spring)).isEmpty();
    assertThat(tiny.takesPlaceOn(spring.plusDays(1), berlin)).isTrue();
    // a shift wholly inside the gap moves forward with it, keeping its length
    assertThat(s.shift(StaffId.of("y"), spring).orElseThrow().length()).isEqualTo(Duration.ofMinutes(30));
  }

  @Test
  void badTemplatesListEveryProblem() {
    assertThatThrownBy(() -> new ShiftTemplate(" ", LocalTime.of(9, 0), LocalTime.of(10, 0),
        List.of(new ShiftBreak("meal", Duration.ofHours(1), Duration.ZERO, Duration.ofMinutes(30))), Duration.ofHours(2), false, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("id must not be blank").hasMessageContaining("handover").hasMessageContaining("break meal");
  }

  @Test
  void aRosterWeekStartsOnMonday() {
    assertThatThrownBy(() -> Roster.builder(Shop.ZONE, LocalDate.of(2026, 11, 24)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TUESDAY");
    assertThatThrownBy(() -> Shop.week().assign(Shop.A1, LocalDate.of(2026, 11, 30), ShiftTemplates.shopAEarly()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside the week");
  }
}
