package dev.kefu.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.spi.staff.Role;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PeakWatchTest {

  @Test
  @DisplayName("ST-14: a projection 20% or more above the plan is a peak; below it, or on too few contacts, it is not")
  void projection() {
    PeakWatch watch = PeakWatch.defaults();
    // 100 planned per interval; after a third of it, 40 arrived: 120 projected, exactly 20% above
    assertThat(watch.check(100, 40, 1.0 / 3)).hasValueSatisfying(s -> assertThat(s).contains("120 projected against 100 planned"));
    assertThat(watch.check(100, 39, 1.0 / 3)).isEmpty();
    // nine contacts against a plan of 2 is not yet a peak: too few to tell
    assertThat(watch.check(2, 9, 0.5)).isEmpty();
    assertThat(watch.check(2, 10, 0.5)).isPresent();
    assertThatThrownBy(() -> new PeakWatch(1.0, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("threshold").hasMessageContaining("minimumContacts");
  }

  @Test
  @DisplayName("ST-14: the shift leads on duty are found on the roster")
  void shiftLeadsOnDuty() {
    Roster r = Shop.week().assign(Shop.SHIFT_LEAD, Shop.day(1), ShiftTemplates.shopALate())
        .assign(Shop.LEAD_1, Shop.day(1), ShiftTemplates.shopALate()).assign(Shop.A1, Shop.day(1), ShiftTemplates.shopAEarly()).build();
    Instant evening = ZonedDateTime.of(Shop.day(1), LocalTime.of(20, 0), Shop.ZONE).toInstant();
    Instant morning = ZonedDateTime.of(Shop.day(1), LocalTime.of(9, 0), Shop.ZONE).toInstant();
    assertThat(r.onDuty(evening, Role.SHIFT_LEAD, Shop.directory())).containsExactly(Shop.SHIFT_LEAD);
    assertThat(r.onDuty(morning, Role.SHIFT_LEAD, Shop.directory())).isEmpty();
  }
}
