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
