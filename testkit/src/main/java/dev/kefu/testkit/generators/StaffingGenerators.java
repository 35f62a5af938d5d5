package dev.kefu.testkit.generators;

import dev.kefu.spi.staff.Role;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.staff.StaffMember;
import dev.kefu.spi.staff.TeamId;
import dev.kefu.staffing.AgentState;
import dev.kefu.staffing.LeaveKind;
import dev.kefu.staffing.LeaveRequest;
import dev.kefu.staffing.Roster;
import dev.kefu.staffing.ShiftTemplate;
import dev.kefu.staffing.ShiftTemplates;
import dev.kefu.staffing.StateTimeline;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Generators for the staffing values of {@code dev.kefu.staffing}: organisations that keep ST-1,
 * shift templates (the source shops' and random ones, some across midnight), weekly rosters in
 * any zone, leave requests and agent state timelines — so a host can write property tests
 * against the staffing rules with the values its own code produces.
 *
 * <pre>{@code
 * Organisation org = StaffingGenerators.organisations().next(new SplittableRandom(1));
 * Roster week = StaffingGenerators.rosters(org.agents()).next(new SplittableRandom(2));
 * RosterCheck check = RosterRules.defaults().check(week);
 * }</pre>
 *
 * <p>Every generator is stateless and thread-safe; the same seed gives the same values (zones
 * depend on the JDK's time-zone data).
 */
public final class StaffingGenerators {

  private StaffingGenerators() {}

  /**
   * A generated organisation: its members (a general manager, a CS supervisor, a shift lead,
   * one to four team leads with one to eight agents each, sometimes a VIP agent) and who its
   * desk agents and team leads are.
   *
   * @param members every member, leads before the agents who report to them
   * @param agents the agents and VIP agents
   * @param teamLeads the team leads
   */
  public record Organisation(List<StaffMember> members, List<StaffId> agents, List<StaffId> teamLeads) {

    /**
     * Creates an organisation.
     *
     * @throws NullPointerException if an argument is null
     */
    public Organisation {
      members = List.copyOf(Objects.requireNonNull(members, "members"));
      agents = List.copyOf(Objects.requireNonNull(agents, "agents"));
      teamLeads = List.copyOf(Objects.requireNonNull(teamLeads, "teamLeads"));
    }
  }

  /** @return organisations whose reporting lines keep ST-1: agent, team lead, CS supervisor, general manager */
  public static Gen<Organisation> organisations() {
    return random -> {
      List<StaffMember> members = new ArrayList<>();
      List<StaffId> agents = new ArrayList<>();
      List<StaffId> leads = new ArrayList<>();
      StaffId gm = StaffId.of("gm");
      StaffId sup = StaffId.of("supervisor");
      members.add(member(gm, Role.GENERAL_MANAGER, null, null, random));
      members.add(member(sup, Role.SUPERVISOR, gm, null, random));
      members.add(member(StaffId.of("shift-lead"), Role.SHIFT_LEAD, sup, null, random));
      int teams = random.nextInt(1, 5);
      for (int t = 1; t <= teams; t++) {
        TeamId team = TeamId.of("team-" + t);
        StaffId lead = StaffId.of("lead-" + t);
        leads.add(lead);
        members.add(member(lead, Role.TEAM_LEAD, sup, team, random));
        int size = random.nextInt(1, 9);
        for (int a = 1; a <= size; a++) {
          StaffId agent = StaffId.of("agent-" + t + "-" + a);
          agents.add(agent);
          members.add(member(agent, a == 1 && random.nextInt(4) == 0 ? Role.VIP_AGENT : Role.AGENT, lead, team, random));
        }
      }
      return new Organisation(members, agents, leads);
    };
  }

  private static StaffMember member(StaffId id, Role role, StaffId lead, TeamId team, RandomGenerator random) {
    StaffMember.Builder b = StaffMember.builder().id(id).name(Values.pick(random, Values.NAMES)).role(role);
    if (lead != null) {
      b.reportsTo(lead);
    }
    if (team != null) {
      b.team(team);
    }
    return b.build();
  }

  /**
   * Shift templates: the source shops' four, and random ones starting on the quarter-hour,
   * 4 to 10 hours long, some crossing midnight (which are night shifts), with a handover of up to
   * 30 minutes and sometimes a meal break.
   *
   * @return the templates
   */
  public static Gen<ShiftTemplate> shiftTemplates() {
    List<ShiftTemplate> shops = new ArrayList<>(ShiftTemplates.shopA());
    shops.addAll(ShiftTemplates.shopB());
    Gen<ShiftTemplate> random = r -> {
      LocalTime start = LocalTime.of(r.nextInt(24), 15 * r.nextInt(4));
      Duration length = Duration.ofMinutes(15L * r.nextInt(16, 41));
      ShiftTemplate t = ShiftTemplate.of("t-" + start.toString().replace(":", "") + "-" + length.toMinutes(),
          start, start.plus(length)).withHandover(Duration.ofMinutes(15L * r.nextInt(0, 3)));
      if (r.nextBoolean()) {
        t = t.withBreaks(List.of(new dev.kefu.staffing.ShiftBreak("meal", Duration.ofMinutes(30),
            Duration.ofHours(2), Duration.ofHours(3))));
      }
      return t;
    };
    return Gen.oneOf(Gen.pick(shops), random);
  }

  /**
   * Weekly rosters of the given agents in any zone, in weeks from 2020 to 2029: each agent works
   * one template on each day with a chance of {@code 6/7}, so rosters with and without rest days
   * both come up; now and then a day is on approved leave.
   *
   * @param agents the agents on the roster
   * @return the rosters
   */
  public static Gen<Roster> rosters(List<StaffId> agents) {
    List<StaffId> copy = List.copyOf(Objects.requireNonNull(agents, "agents"));
    Gen<ShiftTemplate> templates = shiftTemplates();
    return random -> {
      ZoneId zone = Values.pick(random, Values.ZONES);
      LocalDate monday = LocalDate.of(2020, 1, 6).plusWeeks(random.nextInt(0, 52 * 10));
      Roster.Builder b = Roster.builder(zone, monday);
      for (StaffId a : copy) {
        b.agent(a);
        ShiftTemplate t = templates.next(random);
        for (int d = 0; d < 7; d++) {
          if (random.nextInt(7) != 0) {
            b.assign(a, monday.plusDays(d), t);
            if (random.nextInt(20) == 0) {
              b.leave(a, monday.plusDays(d));
            }
          }
        }
      }
      return b.build();
    };
  }

  /**
   * Leave requests by agents of an organisation for days of a roster's week: any kind, one to six
   * days, asked by the agent (or, now and then, by a colleague) between three days before the
   * week and its end.
   *
   * @param organisation whose agents ask
   * @param roster the week
   * @return the requests, without approvals
   */
  public static Gen<LeaveRequest> leaveRequests(Organisation organisation, Roster roster) {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(roster, "roster");
    return random -> {
      StaffId agent = Values.pick(random, organisation.agents());
      StaffId by = random.nextInt(5) == 0 ? Values.pick(random, organisation.agents()) : agent;
      LocalDate first = roster.weekStart().plusDays(random.nextInt(0, 7));
      Instant weekStart = roster.weekStart().atStartOfDay(roster.zone()).toInstant();
      Instant asked = weekStart.minus(Duration.ofDays(3)).plus(Duration.ofMinutes(random.nextLong(0, 10 * 24 * 60)));
      return LeaveRequest.of("leave-" + random.nextInt(1_000_000), agent, by,
          Values.pick(random, List.of(LeaveKind.values())), first, first.plusDays(random.nextInt(0, 6)), asked);
    };
  }

  /**
   * State timelines of an agent over one day, from two hours before 08:00 local time: a dozen
   * or so changes between every state, minute-aligned.
   *
   * @param agent whose
   * @param date the day
   * @param zone the zone
   * @return the timelines
   */
  public static Gen<StateTimeline> stateTimelines(StaffId agent, LocalDate date, ZoneId zone) {
    Objects.requireNonNull(agent, "agent");
    Instant from = ZonedDateTime.of(date, LocalTime.of(6, 0), zone).toInstant();
    return random -> {
      StateTimeline t = StateTimeline.of(agent);
      int changes = random.nextInt(0, 16);
      for (int i = 0; i < changes; i++) {
        t = t.with(from.plus(Duration.ofMinutes(random.nextInt(0, 20 * 60))), Values.pick(random, List.of(AgentState.values())));
      }
      return t;
    };
  }
}
