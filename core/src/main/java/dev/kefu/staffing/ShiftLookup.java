package dev.kefu.staffing;

import dev.kefu.spi.staff.StaffId;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an agent's shift on a date is found, across the weeks a leave request spans.
 */
public interface ShiftLookup {

  /**
   * An agent's shift on a date.
   *
   * @param agent the agent
   * @param date the date the shift starts on
   * @return the shift, or empty on a rest day or a day no roster covers
   */
  Optional<Shift> shift(StaffId agent, LocalDate date);

  /** @return the shop's zone, in which days and the night-shift deadline are read */
  ZoneId zone();

  /**
   * A lookup over rosters of one zone.
   *
   * @param rosters the weeks' rosters
   * @return the lookup
   * @throws IllegalArgumentException if there are none or their zones differ
   */
  static ShiftLookup of(List<Roster> rosters) {
    Objects.requireNonNull(rosters, "rosters");
    if (rosters.isEmpty() || rosters.stream().map(Roster::zone).distinct().count() != 1) {
      throw new IllegalArgumentException("a shift lookup needs at least one roster, all in one zone");
    }
    List<Roster> copy = List.copyOf(rosters);
    ZoneId zone = copy.get(0).zone();
    return new ShiftLookup() {
      @Override
      public Optional<Shift> shift(StaffId agent, LocalDate date) {
        for (Roster r : copy) {
          if (!date.isBefore(r.weekStart()) && date.isBefore(r.weekStart().plusDays(7))) {
            return r.shift(agent, date);
          }
        }
        return Optional.empty();
      }

      @Override
      public ZoneId zone() {
        return zone;
      }
    };
  }
}
