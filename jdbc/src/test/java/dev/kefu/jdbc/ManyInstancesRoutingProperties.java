package dev.kefu.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.kefu.Kefu;
import dev.kefu.Origin;
import dev.kefu.routing.ReportAgentState;
import dev.kefu.routing.RouteTicket;
import dev.kefu.routing.RoutingRules;
import dev.kefu.spi.Channel;
import dev.kefu.spi.routing.AgentLoad;
import dev.kefu.spi.routing.Conversation;
import dev.kefu.spi.event.TicketAssigned;
import dev.kefu.spi.staff.Role;
import dev.kefu.spi.staff.Skill;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.staff.StaffMember;
import dev.kefu.spi.store.StaleVersionException;
import dev.kefu.spi.ticket.Ticket;
import dev.kefu.staffing.AgentState;
import dev.kefu.staffing.Roster;
import dev.kefu.staffing.ShiftTemplate;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Kefu instances over one database (issue 8) routing tickets at the same moment from their own
 * threads — by commands, or by a dispatcher as due work — never give an agent more than their
 * capacity: each capacity reservation is a versioned write of the agent's load, so a lost race is
 * decided again on fresh loads.
 */
abstract class ManyInstancesRoutingProperties {

  private static final RoutingRules ROUTING = RoutingRules.defaults().withChannelSkill(Channel.PHONE, "phone")
      .withCapacity(Channel.ONLINE_CHAT, 2);
  private static final LocalDate MONDAY = LocalDate.ofInstant(Shop.START, Shop.ZONE);
  private static final ShiftTemplate DAY = ShiftTemplate.of("day", LocalTime.of(8, 0), LocalTime.of(20, 0));

  private final AtOnce atOnce = new AtOnce();

  /** @return the database the test runs on */
  protected abstract Database database();

  /** @return how many generated examples each property checks */
  protected abstract int examples();

  @AfterEach
  void stopThreads() {
    atOnce.close();
  }

  @Test
  @DisplayName("instances routing at once never give an agent more than their capacity, and every routed ticket is owned by the agent holding it")
  void routingNeverExceedsCapacity() {
    qt().withExamples(examples()).forAll(longs().all(), integers().between(1, 3), integers().between(2, 3))
        .checkAssert(this::routeAtOnce);
  }

  /** A shop floor: agents on the day shift and taking work, a fleet of instances, and open tickets on phone and chat. */
  private record Floor(Fleet fleet, List<StaffId> agents, List<Ticket> tickets) {}

  private Floor floor(long seed, int agents, int instances, RoutingRules rules) {
    SplittableRandom random = new SplittableRandom(seed);
    List<StaffMember> staff = new ArrayList<>(Shop.staff());
    Roster.Builder roster = Roster.builder(Shop.ZONE, MONDAY);
    List<StaffId> ids = new ArrayList<>();
    for (int i = 0; i < agents; i++) {
      StaffId id = StaffId.of("router-" + i);
      ids.add(id);
      staff.add(Shop.member(id, Role.AGENT, Shop.LEAD).toBuilder().addSkills(Skill.of("after-sale", 3), Skill.of("phone", 3)).build());
      roster.assign(id, MONDAY, DAY);
    }
    TestClock clock = new TestClock(Shop.START);
    Fleet fleet = new Fleet(database().fresh(instances), staff, CountingChannel.delivering(clock), clock,
        (i, b) -> b.routingRules(rules).commandRetries(1).batchSize(2));
    Roster published = roster.build();
    fleet.instances.forEach(k -> k.routing().publishRoster(published));
    for (StaffId id : ids) {
      fleet.get(0).routing().reportState(new ReportAgentState(Origin.of(id), id, AgentState.AVAILABLE, clock.instant()));
    }
    Shop.register(fleet.get(0), "c");
    int capacity = rules.capacity(Channel.PHONE) + rules.capacity(Channel.ONLINE_CHAT);
    List<Ticket> tickets = new ArrayList<>();
    for (int i = 0; i < agents * capacity * 2; i++) {
      tickets.add(Shop.open(fleet.get(i), "c", random.nextBoolean() ? Channel.PHONE : Channel.ONLINE_CHAT));
    }
    return new Floor(fleet, ids, tickets);
  }

  private void routeAtOnce(long seed, int agents, int instances) {
    Floor floor = floor(seed, agents, instances, ROUTING);
    List<Callable<?>> routers = new ArrayList<>();
    for (int k = 0; k < instances; k++) {
      Kefu kefu = floor.fleet().get(k);
      int index = k;
      List<Ticket> mine = IntStream.range(0, floor.tickets().size()).filter(i -> i % instances == index)
          .mapToObj(floor.tickets()::get).toList();
      routers.add(() -> {
        int routed = 0;
        for (Ticket t : mine) {
          try {
            routed += kefu.routing().route(new RouteTicket(Origin.of(Shop.SUPERVISOR), t.id())).isRouted() ? 1 : 0;
          } catch (StaleVersionException lostEveryRace) {
            // the ticket stays open and unrouted: allowed; overfilling is not
          }
        }
        return routed;
      });
    }
    int routed = atOnce.runAll(routers).stream().mapToInt(r -> (Integer) r).sum();
    assertThat(routed).as("tickets routed").isPositive();
    assertWithinCapacity(floor, routed);
  }

  @Test
  @DisplayName("with a dispatcher, instances running due work at once route each new ticket once, fill every agent's capacity and never exceed it")
  void dispatchedRoutingFillsCapacityOnce() {
    qt().withExamples(examples()).forAll(longs().all(), integers().between(1, 3), integers().between(2, 3))
        .checkAssert(this::dispatchAtOnce);
  }

  private void dispatchAtOnce(long seed, int agents, int instances) {
    Floor floor = floor(seed, agents, instances, ROUTING.withDispatcher(Shop.SUPERVISOR));
    Fleet fleet = floor.fleet();
    fleet.runDueWork(atOnce);
    for (int round = 0; round < 3; round++) {
      fleet.advance(Duration.ofMinutes(6)); // past the lease of an item whose routing lost every race
      fleet.runDueWork(atOnce);
    }

    Map<Channel, Long> opened = floor.tickets().stream().collect(Collectors.groupingBy(Ticket::channel, Collectors.counting()));
    long expected = 0;
    for (Map.Entry<Channel, Long> e : opened.entrySet()) {
      expected += Math.min(e.getValue(), (long) agents * ROUTING.capacity(e.getKey()));
    }
    for (Ticket t : floor.tickets()) {
      assertThat(fleet.storage.eventLog().eventsOf(Ticket.TYPE, t.id().value())).filteredOn(TicketAssigned.class::isInstance)
          .as("assignments of %s", t.id()).hasSizeLessThanOrEqualTo(1);
    }
    assertWithinCapacity(floor, (int) expected);
  }

  /** No agent above capacity on any channel; {@code routed} conversations held, each by its ticket's owner. */
  private void assertWithinCapacity(Floor floor, int routed) {
    Fleet fleet = floor.fleet();
    List<AgentLoad> loads = fleet.storage.routing().loads();
    for (AgentLoad l : loads) {
      for (Channel c : Channel.values()) {
        assertThat(l.load(c)).as("%s on %s", l.agent(), c).isLessThanOrEqualTo(ROUTING.capacity(c));
      }
      for (Conversation c : l.conversations()) {
        assertThat(fleet.storage.tickets().find(c.ticket()).orElseThrow().owner()).as("owner of %s", c.ticket()).contains(l.agent());
      }
    }
    assertThat(loads.stream().mapToInt(AgentLoad::load).sum()).as("conversations held").isEqualTo(routed);
    assertThat(floor.tickets().stream().map(t -> fleet.storage.tickets().find(t.id()).orElseThrow().owner()).filter(Optional::isPresent)
        .count()).as("tickets owned").isEqualTo(routed);
  }
}
