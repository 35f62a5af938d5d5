package dev.kefu.kpi;

import dev.kefu.spi.staff.StaffId;
import dev.kefu.staffing.Roster;
import dev.kefu.staffing.StateTimeline;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the host knows of who worked when, for the KPIs kefu does not keep itself: attendance and
 * adherence (from the rosters and the agents' state timelines) and occupancy (from the timelines).
 * Without it those KPIs have no value.
 *
 * <p>Immutable and thread-safe.
 *
 * @param rosters the week rosters covering the period
 * @param timelines the agents' state timelines; an agent without one was offline throughout
 */
public record Workforce(List<Roster> rosters, Map<StaffId, StateTimeline> timelines) {

  /**
   * Creates the input.
   *
   * @throws NullPointerException if an argument is null
   */
  public Workforce {
    rosters = List.copyOf(Objects.requireNonNull(rosters, "rosters"));
    timelines = Map.copyOf(Objects.requireNonNull(timelines, "timelines"));
  }

  /** @return no rosters and no timelines */
  public static Workforce none() {
    return new Workforce(List.of(), Map.of());
  }
}
