package dev.kefu.staffing;

import dev.kefu.spi.staff.StaffId;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A week's roster: which agent works which shift on which day, Monday to Sunday in the shop's
 * time zone, and who is on approved leave. A day without a shift is a rest day.
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder(ZoneId, LocalDate)}; change one
 * with {@link #assign}, {@link #rest}, {@link #withLeave} and {@link #withSwap}, which return
 * copies.
 */
public final class Roster {

  private final ZoneId zone;
  private final LocalDate weekStart;
  private final Map<StaffId, Map<LocalDate, ShiftTemplate>> days; // agent -> date -> template, agents in order
  private final Map<StaffId, Set<LocalDate>> leave;

  private Roster(ZoneId zone, LocalDate weekStart, Map<StaffId, Map<LocalDate, ShiftTemplate>> days,
      Map<StaffId, Set<LocalDate>> leave) {
    this.zone = zone;
    this.weekStart = weekStart;
    this.days = days;
    this.leave = leave;
  }

  /**
   * Starts a roster for the week beginning on a Monday.
   *
   * @param zone the shop's zone
   * @param monday the week's Monday
   * @return a builder
   * @throws IllegalArgumentException if {@code monday} is not a Monday
   */
  public static Builder builder(ZoneId zone, LocalDate monday) {
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(monday, "monday");
    if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
      throw new IllegalArgumentException("a roster's week starts on a Monday, " + monday + " is a " + monday.getDayOfWeek());
    }
    return new Builder(zone, monday);
  }

  /** @return the shop's zone */
  public ZoneId zone() {
    return zone;
  }

  /** @return the week's Monday */
  public LocalDate weekStart() {
    return weekStart;
  }

  /** @return the week's seven dates, Monday first */
  public List<LocalDate> dates() {
    List<LocalDate> out = new ArrayList<>(7);
    for (int i = 0; i < 7; i++) {
      out.add(weekStart.plusDays(i));
    }
    return out;
  }

  /** @return the agents on the roster, in the order they were added */
  public List<StaffId> agents() {
    return List.copyOf(days.keySet());
  }

  /**
   * An agent's shift on a date.
   *
   * @param agent the agent
   * @param date the date
   * @return the shift, or empty on a rest day, if the agent is not on the roster, or if a clock
   *     change swallows the shift (see {@link ShiftTemplate#takesPlaceOn})
   */
  public Optional<Shift> shift(StaffId agent, LocalDate date) {
    ShiftTemplate t = days.getOrDefault(agent, Map.of()).get(date);
    if (t == null) {
      return Optional.empty();
    }
    Instant start = t.startOn(date, zone);
    Instant end = t.endOn(date, zone);
    return end.isAfter(start) ? Optional.of(new Shift(agent, date, t, start, end)) : Optional.empty();
  }

  /**
   * An agent's shifts, by date.
   *
   * @param agent the agent
   * @return the shifts, Monday first
   */
  public List<Shift> shiftsOf(StaffId agent) {
    List<Shift> out = new ArrayList<>();
    days.getOrDefault(agent, Map.of()).keySet().forEach(d -> shift(agent, d).ifPresent(out::add));
    return out;
  }

  /** @return every shift, agent by agent, Monday first */
  public List<Shift> shifts() {
    List<Shift> out = new ArrayList<>();
    days.keySet().forEach(a -> out.addAll(shiftsOf(a)));
    return out;
  }

  /**
   * An agent's rest days: the week's dates without a shift.
   *
   * @param agent the agent
   * @return the rest days, Monday first
   */
  public List<LocalDate> restDays(StaffId agent) {
    Map<LocalDate, ShiftTemplate> mine = days.getOrDefault(agent, Map.of());
    return dates().stream().filter(d -> !mine.containsKey(d)).toList();
  }

  /**
   * Whether an agent is on approved leave on a date.
   *
   * @param agent the agent
   * @param date the date
   * @return true if so
   */
  public boolean onLeave(StaffId agent, LocalDate date) {
    return leave.getOrDefault(agent, Set.of()).contains(date);
  }

  /**
   * The shifts that cover an instant, leave excluded.
   *
   * @param instant the instant
   * @return the shifts working then (including the previous week's Sunday night is not possible:
   *     a roster knows only its own week)
   */
  public List<Shift> workingAt(Instant instant) {
    List<Shift> out = new ArrayList<>();
    for (Shift s : shifts()) {
      if (s.covers(instant) && !onLeave(s.agent(), s.date())) {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * The staff of a role working at an instant, for example the shift leads on duty to raise a
   * peak to (ST-14).
   *
   * @param instant the instant
   * @param role the role
   * @param directory where roles are looked up
   * @return their ids, in roster order
   */
  public List<StaffId> onDuty(Instant instant, dev.kefu.spi.staff.Role role, dev.kefu.spi.staff.StaffDirectory directory) {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(directory, "directory");
    return workingAt(instant).stream().map(Shift::agent)
        .filter(a -> directory.find(a).map(m -> m.role() == role).orElse(false)).toList();
  }

  /**
   * A copy in which an agent works a shift on a date (replacing what was there).
   *
   * @param agent the agent
   * @param date a date of the week
   * @param template the shift
   * @return the copy
   */
  public Roster assign(StaffId agent, LocalDate date, ShiftTemplate template) {
    return toBuilder().assign(agent, date, template).build();
  }

  /**
   * A copy in which an agent rests on a date.
   *
   * @param agent the agent
   * @param date a date of the week
   * @return the copy
   */
  public Roster rest(StaffId agent, LocalDate date) {
    return toBuilder().rest(agent, date).build();
  }

  /**
   * A copy with an agent on approved leave on a date.
   *
   * @param agent the agent
   * @param date the date
   * @return the copy
   */
  public Roster withLeave(StaffId agent, LocalDate date) {
    return toBuilder().leave(agent, date).build();
  }

  /**
   * A copy with two agents' days exchanged, as a swap records them (ST-4): the first agent works
   * what the second had on the second date, and the other way round. Whether the swap was allowed
   * is the {@link ShiftSwaps} policy's to say.
   *
   * @param swap the swap
   * @return the copy
   */
  public Roster withSwap(ShiftSwap swap) {
    Objects.requireNonNull(swap, "swap");
    ShiftTemplate a = days.getOrDefault(swap.first(), Map.of()).get(swap.firstDate());
    ShiftTemplate b = days.getOrDefault(swap.second(), Map.of()).get(swap.secondDate());
    Builder builder = toBuilder().rest(swap.first(), swap.firstDate()).rest(swap.second(), swap.secondDate());
    if (b != null) {
      builder.assign(swap.first(), swap.secondDate(), b);
    }
    if (a != null) {
      builder.assign(swap.second(), swap.firstDate(), a);
    }
    return builder.build();
  }

  /** @return a builder holding this roster */
  public Builder toBuilder() {
    Builder b = new Builder(zone, weekStart);
    days.forEach((agent, byDate) -> {
      b.agent(agent);
      byDate.forEach((d, t) -> b.assign(agent, d, t));
    });
    leave.forEach((agent, dates) -> dates.forEach(d -> b.leave(agent, d)));
    return b;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Roster r && zone.equals(r.zone) && weekStart.equals(r.weekStart) && days.equals(r.days)
        && leave.equals(r.leave);
  }

  @Override
  public int hashCode() {
    return Objects.hash(zone, weekStart, days, leave);
  }

  @Override
  public String toString() {
    return "Roster[week of " + weekStart + " in " + zone + ", " + days.size() + " agents, " + shifts().size() + " shifts]";
  }

  /** Builds a {@link Roster}; not thread-safe. */
  public static final class Builder {
    private final ZoneId zone;
    private final LocalDate weekStart;
    private final Map<StaffId, Map<LocalDate, ShiftTemplate>> days = new LinkedHashMap<>();
    private final Map<StaffId, Set<LocalDate>> leave = new LinkedHashMap<>();

    private Builder(ZoneId zone, LocalDate weekStart) {
      this.zone = zone;
      this.weekStart = weekStart;
    }

    private void inWeek(LocalDate date) {
      Objects.requireNonNull(date, "date");
      if (date.isBefore(weekStart) || date.isAfter(weekStart.plusDays(6))) {
        throw new IllegalArgumentException(date + " is outside the week of " + weekStart);
      }
    }

    /**
     * Puts an agent on the roster, resting all week until assigned.
     *
     * @param agent the agent
     * @return this builder
     */
    public Builder agent(StaffId agent) {
      days.computeIfAbsent(Objects.requireNonNull(agent, "agent"), a -> new TreeMap<>());
      return this;
    }

    /**
     * Assigns a shift.
     *
     * @param agent the agent
     * @param date a date of the week
     * @param template the shift
     * @return this builder
     * @throws IllegalArgumentException if the date is outside the week
     */
    public Builder assign(StaffId agent, LocalDate date, ShiftTemplate template) {
      inWeek(date);
      Objects.requireNonNull(template, "template");
      agent(agent).days.get(agent).put(date, template);
      return this;
    }

    /**
     * Assigns a shift on several days of the week.
     *
     * @param agent the agent
     * @param template the shift
     * @param daysOfWeek the days
     * @return this builder
     */
    public Builder assign(StaffId agent, ShiftTemplate template, Set<DayOfWeek> daysOfWeek) {
      for (DayOfWeek d : daysOfWeek) {
        assign(agent, weekStart.plusDays(d.getValue() - 1L), template);
      }
      return this;
    }

    /**
     * Makes a date a rest day for an agent.
     *
     * @param agent the agent
     * @param date a date of the week
     * @return this builder
     */
    public Builder rest(StaffId agent, LocalDate date) {
      inWeek(date);
      agent(agent).days.get(agent).remove(date);
      return this;
    }

    /**
     * Records approved leave.
     *
     * @param agent the agent
     * @param date a date of the week
     * @return this builder
     */
    public Builder leave(StaffId agent, LocalDate date) {
      inWeek(date);
      agent(agent);
      leave.computeIfAbsent(agent, a -> new LinkedHashSet<>()).add(date);
      return this;
    }

    /** @return the roster */
    public Roster build() {
      Map<StaffId, Map<LocalDate, ShiftTemplate>> d = new LinkedHashMap<>();
      days.forEach((a, m) -> d.put(a, Collections.unmodifiableMap(new TreeMap<>(m))));
      Map<StaffId, Set<LocalDate>> l = new LinkedHashMap<>();
      leave.forEach((a, s) -> l.put(a, Set.copyOf(s)));
      return new Roster(zone, weekStart, Collections.unmodifiableMap(d), Collections.unmodifiableMap(l));
    }
  }
}
