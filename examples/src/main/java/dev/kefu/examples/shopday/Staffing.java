package dev.kefu.examples.shopday;

import dev.kefu.memory.InMemoryStaffDirectory;
import dev.kefu.spi.staff.Role;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.staff.StaffMember;
import dev.kefu.spi.staff.TeamId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The day's roster (ST-1, ST-2): a shop manager over a supervisor over two team leads, an early
 * and a late shift of agents under them, and the VIP desk on each shift, whose agents also report
 * to the shift's lead, so every reporting line runs agent, team lead, supervisor, shop manager
 * (the SLA escalation ladder climbs it, TK-5); a quality analyst (QA) under the supervisor, who
 * decides the records complaints put on named agents (CP-12); who is on duty when; how many open tickets each
 * member holds, so e-mail and app work goes to the least-loaded agent on duty; and until when each
 * member is busy with live contacts, so live contacts go to whoever is free first and wait when
 * everyone is busy.
 *
 * <p>Not thread-safe: the simulation runs on one thread.
 */
final class Staffing {

  /**
   * A shift template (ST-2); the end may lie after midnight.
   *
   * @param name the shift's name
   * @param start when it starts, inclusive
   * @param end when it ends, exclusive
   */
  record Shift(String name, LocalTime start, LocalTime end) {

    /**
     * Whether the shift is on at a time of day.
     *
     * @param time the local time
     * @return true from the start (inclusive) to the end (exclusive), across midnight if need be
     */
    boolean covers(LocalTime time) {
      return start.isBefore(end)
          ? !time.isBefore(start) && time.isBefore(end)
          : !time.isBefore(start) || time.isBefore(end);
    }

    @Override
    public String toString() {
      return name + " " + start + "–" + end;
    }
  }

  /**
   * One member's place in the roster.
   *
   * @param member the staff member
   * @param shift the shift they work; empty for the shop manager, the supervisor and the quality
   *     analyst, who work office hours
   */
  record Post(StaffMember member, Optional<Shift> shift) {

    /** @return the member's id */
    StaffId id() {
      return member.id();
    }

    /** @return the member's role */
    Role role() {
      return member.role();
    }
  }

  /** Shop A's early shift (ST-2). */
  static final Shift EARLY = new Shift("early", LocalTime.of(8, 30), LocalTime.of(18, 0));

  /** Shop A's late shift (ST-2), running past midnight. */
  static final Shift LATE = new Shift("late", LocalTime.of(17, 30), LocalTime.of(1, 0));

  /** The share of contacts a team lead takes on personally (ST-13 sets 30% as the ceiling). */
  static final double LEAD_SHARE = 0.10;

  /** How long the VIP agents may be tied up before a VIP contact goes to the lead on duty instead. */
  static final Duration VIP_OVERFLOW = Duration.ofSeconds(30);

  /** Contacts of the day per VIP agent on each shift; VIP customers make a few percent of them. */
  static final int CONTACTS_PER_VIP_AGENT = 2_500;

  /** Roughly how many contacts one agent handles in a shift; sets the number of agents. */
  private static final int CONTACTS_PER_AGENT = 300;

  private static final List<String> NAMES = List.of(
      "Lin Hui", "Zhou Min", "Guo Jing", "Wang Fang", "Li Na", "Zhang Wei", "Liu Yang", "Chen Jie", "Yang Tao",
      "Huang Lei", "Zhao Juan", "Wu Qiang", "Xu Yan", "Sun Ming", "Ma Chao", "Zhu Xia", "Hu Ping", "He Gang",
      "Luo Dan", "Gao Yu", "Liang Hua", "Song Jun", "Tang Li", "Han Xiu", "Feng Yong", "Deng Jing", "Cao Lei",
      "Peng Fei", "Zeng Min", "Xiao Hong");

  private final List<Post> roster;
  private final Map<StaffId, Post> posts = new LinkedHashMap<>();
  private final Map<StaffId, Integer> openTickets = new HashMap<>();
  private final Map<StaffId, Instant> busyUntil = new HashMap<>();
  private final ZoneId zone;

  private Staffing(List<Post> roster, ZoneId zone) {
    this.roster = List.copyOf(roster);
    this.zone = zone;
    roster.forEach(p -> posts.put(p.id(), p));
  }

  /**
   * The roster for a day's expected volume (ST-15): enough agents on each shift for their share
   * of the contacts, at least three, and a VIP agent per {@value #CONTACTS_PER_VIP_AGENT} contacts
   * of the day, at least one.
   *
   * @param contacts contacts expected over the day
   * @param zone the shop's time zone, in which shifts are reckoned
   * @return the roster
   */
  static Staffing forVolume(int contacts, ZoneId zone) {
    List<Post> roster = new ArrayList<>();
    int[] name = {0};
    StaffId manager = StaffId.of("shop-manager");
    StaffId supervisor = StaffId.of("supervisor");
    roster.add(post(manager, Role.SHOP_MANAGER, null, null, null, name));
    roster.add(post(supervisor, Role.SUPERVISOR, manager, null, null, name));
    roster.add(post(StaffId.of("quality-analyst"), Role.QA, supervisor, null, null, name));
    int early = Math.max(3, (int) Math.ceil(contacts * 0.55 / CONTACTS_PER_AGENT));
    int late = Math.max(3, (int) Math.ceil(contacts * 0.45 / CONTACTS_PER_AGENT));
    int vip = Math.max(1, Math.round(contacts / (float) CONTACTS_PER_VIP_AGENT));
    addShift(roster, EARLY, early, vip, supervisor, name);
    addShift(roster, LATE, late, vip, supervisor, name);
    return new Staffing(roster, zone);
  }

  private static void addShift(List<Post> roster, Shift shift, int agents, int vipAgents, StaffId supervisor,
      int[] name) {
    StaffId lead = StaffId.of(shift.name() + "-lead");
    TeamId team = TeamId.of(shift.name());
    roster.add(post(lead, Role.TEAM_LEAD, supervisor, team, shift, name));
    for (int i = 1; i <= agents; i++) {
      roster.add(post(StaffId.of(String.format("%s-agent-%02d", shift.name(), i)), Role.AGENT, lead, team, shift, name));
    }
    for (int i = 1; i <= vipAgents; i++) {
      roster.add(post(StaffId.of(String.format("%s-vip-%d", shift.name(), i)), Role.VIP_AGENT, lead,
          TeamId.of("vip-desk"), shift, name));
    }
  }

  private static Post post(StaffId id, Role role, StaffId reportsTo, TeamId team, Shift shift, int[] name) {
    StaffMember.Builder b = StaffMember.builder().id(id).name(NAMES.get(name[0]++ % NAMES.size())).role(role);
    if (reportsTo != null) {
      b.reportsTo(reportsTo);
    }
    if (team != null) {
      b.team(team);
    }
    return new Post(b.build(), Optional.ofNullable(shift));
  }

  /** @return a staff directory holding the roster, for kefu */
  InMemoryStaffDirectory directory() {
    return InMemoryStaffDirectory.of(roster.stream().map(Post::member).toList());
  }

  /**
   * @return everyone: the shop manager, the supervisor, the quality analyst, then each shift's
   *     lead, agents and VIP agents
   */
  List<Post> roster() {
    return roster;
  }

  /** @return the supervisor */
  StaffId supervisor() {
    return roster.get(1).id();
  }

  /** @return the quality analyst (QA) */
  StaffId qualityAnalyst() {
    return roster.get(2).id();
  }

  /**
   * The team lead of a shift.
   *
   * @param shift the shift
   * @return its lead
   */
  StaffId leadOf(Shift shift) {
    return roster.stream()
        .filter(p -> p.role() == Role.TEAM_LEAD && p.shift().filter(shift::equals).isPresent())
        .findFirst().map(Post::id).orElseThrow();
  }

  /**
   * @param id a member
   * @return their post
   * @throws IllegalArgumentException if they are not on the roster
   */
  Post post(StaffId id) {
    Post p = posts.get(Objects.requireNonNull(id, "id"));
    if (p == null) {
      throw new IllegalArgumentException("not on the roster: " + id);
    }
    return p;
  }

  /**
   * Whether a member may own a VIP customer's ticket: the VIP desk or a lead (CU-4).
   *
   * @param id the member
   * @return true for VIP agents and leads
   */
  boolean servesVip(StaffId id) {
    Role role = post(id).role();
    return role == Role.VIP_AGENT || role.isLead();
  }

  /**
   * Whether a member works at a time: their shift covers it.
   *
   * @param id the member
   * @param now the time
   * @return true if on duty
   */
  boolean onDuty(StaffId id, Instant now) {
    LocalTime t = now.atZone(zone).toLocalTime();
    return post(id).shift().filter(s -> s.covers(t)).isPresent();
  }

  /**
   * Who acts on a member's work now: the member if on duty, else the team lead on duty (leads may
   * step in for their agents).
   *
   * @param owner the member whose work it is
   * @param now the time
   * @return who acts
   */
  StaffId actingFor(StaffId owner, Instant now) {
    return onDuty(owner, now) ? owner : leadOnDuty(now);
  }

  /** Members of a role on duty, the shift that started last first (it has the day ahead of it). */
  private List<Post> onDuty(Role role, Instant now) {
    return roster.stream()
        .filter(p -> p.role() == role && onDuty(p.id(), now))
        .sorted(Comparator.comparing((Post p) -> p.shift().orElseThrow() == LATE ? 0 : 1))
        .toList();
  }

  /**
   * The team lead who assigns work now; the supervisor when no shift is on.
   *
   * @param now the time
   * @return the lead
   */
  StaffId leadOnDuty(Instant now) {
    return onDuty(Role.TEAM_LEAD, now).stream().findFirst().map(Post::id).orElse(supervisor());
  }

  /**
   * Who serves a VIP customer now (CU-4): the VIP agent on duty who is free first; when they are
   * all tied up with live contacts for more than {@link #VIP_OVERFLOW} and the lead on duty would
   * be free sooner, the lead; the lead on duty if no VIP agent is on.
   *
   * @param now the time
   * @return the member
   */
  StaffId vipDesk(Instant now) {
    StaffId lead = leadOnDuty(now);
    return firstFree(onDuty(Role.VIP_AGENT, now), now)
        .map(vip -> busyFor(vip, now).compareTo(VIP_OVERFLOW) > 0
            && busyFor(lead, now).compareTo(busyFor(vip, now)) < 0 ? lead : vip)
        .orElse(lead);
  }

  /** The member who is free first; ties go to the one with the fewest open tickets, then roster order. */
  private Optional<StaffId> firstFree(List<Post> members, Instant now) {
    return members.stream()
        .min(Comparator.comparing((Post p) -> busyFor(p.id(), now))
            .thenComparingInt(p -> load(p.id()))
            .thenComparingInt(roster::indexOf))
        .map(Post::id);
  }

  /**
   * The agent on duty with the fewest open tickets; ties go to the first on the roster.
   *
   * @param now the time
   * @return the agent, or the lead on duty if no agent is on
   */
  StaffId leastLoadedAgent(Instant now) {
    return onDuty(Role.AGENT, now).stream()
        .min(Comparator.comparingInt((Post p) -> load(p.id())).thenComparingInt(roster::indexOf))
        .map(Post::id)
        .orElseGet(() -> leadOnDuty(now));
  }

  /**
   * Who takes a new live contact (a chat, a call) now: the agent on duty who is free first, as a
   * call distributor routes them (ties go to the one with the fewest open tickets, then to the
   * first on the roster); now and then the lead on duty instead, if free as soon (ST-13).
   *
   * @param now the time
   * @param random the simulation's random source
   * @return the member
   */
  StaffId takerOfNextContact(Instant now, SplittableRandom random) {
    boolean leadTakesOne = random.nextDouble() < LEAD_SHARE;
    StaffId lead = leadOnDuty(now);
    return firstFree(onDuty(Role.AGENT, now), now)
        .map(agent -> leadTakesOne && busyFor(lead, now).compareTo(busyFor(agent, now)) <= 0 ? lead : agent)
        .orElse(lead);
  }

  /**
   * The members of a shift.
   *
   * @param shift the shift
   * @return its lead, agents and VIP agents, in roster order
   */
  List<StaffId> membersOf(Shift shift) {
    return roster.stream().filter(p -> p.shift().filter(shift::equals).isPresent()).map(Post::id).toList();
  }

  /**
   * Counts one more open ticket for a member.
   *
   * @param id the member
   */
  void took(StaffId id) {
    openTickets.merge(id, 1, Integer::sum);
  }

  /**
   * Counts one open ticket fewer for a member.
   *
   * @param id the member
   */
  void released(StaffId id) {
    openTickets.merge(id, -1, Integer::sum);
  }

  /**
   * @param id a member
   * @return how many open tickets they hold
   */
  int load(StaffId id) {
    return openTickets.getOrDefault(id, 0);
  }

  /**
   * Books a member for a live contact: they start on it once they are free and no earlier than
   * {@code earliest}, and are busy with it for {@code attention}.
   *
   * @param id the member
   * @param earliest the earliest they can start
   * @param attention how long it keeps them busy
   * @return when they start on it
   */
  Instant book(StaffId id, Instant earliest, Duration attention) {
    Instant free = busyUntil.getOrDefault(id, earliest);
    Instant start = free.isAfter(earliest) ? free : earliest;
    busyUntil.put(id, start.plus(attention));
    return start;
  }

  /**
   * @param id a member
   * @param now the time
   * @return how long until they finish the live contacts booked so far; zero if free
   */
  Duration busyFor(StaffId id, Instant now) {
    Instant free = busyUntil.getOrDefault(id, now);
    return free.isAfter(now) ? Duration.between(now, free) : Duration.ZERO;
  }

  /**
   * A line per shift saying who works it, for the summary.
   *
   * @param shift the shift
   * @return for example {@code early 08:30–18:00: team lead, 10 agents, 2 VIP agents}
   */
  String describe(Shift shift) {
    long agents = count(Role.AGENT, shift);
    long vip = count(Role.VIP_AGENT, shift);
    return shift + ": team lead, " + agents + " agents, " + (vip == 1 ? "VIP agent" : vip + " VIP agents");
  }

  private long count(Role role, Shift shift) {
    return roster.stream().filter(p -> p.role() == role && p.shift().filter(shift::equals).isPresent()).count();
  }
}
