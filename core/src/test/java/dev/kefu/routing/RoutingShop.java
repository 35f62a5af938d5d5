package dev.kefu.routing;

import dev.kefu.Kefu;
import dev.kefu.Origin;
import dev.kefu.customer.AssignCustomerOwner;
import dev.kefu.customer.SetVipStatus;
import dev.kefu.memory.InMemoryStaffDirectory;
import dev.kefu.memory.InMemoryStorage;
import dev.kefu.spi.Channel;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.routing.AgentLoad;
import dev.kefu.spi.staff.Role;
import dev.kefu.spi.staff.Skill;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.staff.StaffMember;
import dev.kefu.spi.ticket.Ticket;
import dev.kefu.spi.ticket.TicketKind;
import dev.kefu.staffing.AgentState;
import dev.kefu.staffing.Roster;
import dev.kefu.staffing.ShiftTemplate;
import dev.kefu.test.MutableClock;
import dev.kefu.test.TestShop;
import dev.kefu.ticket.OpenTicket;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A shop for the routing tests: a general manager, a shop manager, a supervisor, a team lead and
 * the agents a test names, on one in-memory storage; Monday 2 March 2026, 10:00 in Shanghai, a
 * day shift 08:00 to 20:00 for everyone a test puts on the roster.
 */
final class RoutingShop {

  static final Instant START = TestShop.START;
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
  static final StaffId GM = StaffId.of("gm");
  static final StaffId SHOP_MANAGER = StaffId.of("shop-manager");
  static final StaffId SUP = StaffId.of("sup");
  static final StaffId LEAD = StaffId.of("lead");
  static final ShiftTemplate DAY = ShiftTemplate.of("day", LocalTime.of(8, 0), LocalTime.of(20, 0));

  final MutableClock clock;
  final InMemoryStorage storage;
  final InMemoryStaffDirectory staff;
  final TestShop.RecordingChannel channel = new TestShop.RecordingChannel();
  final Kefu kefu;
  private final Set<String> customers = new HashSet<>();

  RoutingShop(List<StaffMember> agents, RoutingRules rules) {
    this(new InMemoryStorage(), new MutableClock(START), agents, rules, b -> {});
  }

  RoutingShop(InMemoryStorage storage, MutableClock clock, List<StaffMember> agents, RoutingRules rules,
      Consumer<Kefu.Builder> tweak) {
    this.storage = storage;
    this.clock = clock;
    List<StaffMember> all = new ArrayList<>(List.of(
        TestShop.member(GM, Role.GENERAL_MANAGER, null),
        TestShop.member(SHOP_MANAGER, Role.SHOP_MANAGER, GM),
        TestShop.member(SUP, Role.SUPERVISOR, GM),
        TestShop.member(LEAD, Role.TEAM_LEAD, SUP)));
    all.addAll(agents);
    this.staff = InMemoryStaffDirectory.of(all);
    Kefu.Builder b = Kefu.builder().storage(storage).staffDirectory(staff).clock(clock).routingRules(rules)
        .fallbackNotificationChannel(channel);
    tweak.accept(b);
    this.kefu = b.build();
  }

  static StaffMember agent(String id, String... skills) {
    return member(id, Role.AGENT, skills);
  }

  static StaffMember member(String id, Role role, String... skills) {
    StaffMember.Builder b = StaffMember.builder().id(StaffId.of(id)).name("Name of " + id).role(role);
    if (!id.equals(LEAD.value())) {
      b.reportsTo(LEAD);
    }
    for (String s : skills) {
      b.addSkills(Skill.of(s, 3));
    }
    return b.build();
  }

  static StaffId id(String id) {
    return StaffId.of(id);
  }

  /** Puts agents on the day shift of Monday and publishes the roster. */
  void onShift(String... agents) {
    Roster.Builder r = Roster.builder(ZONE, MONDAY);
    for (String a : agents) {
      r.assign(StaffId.of(a), MONDAY, DAY);
    }
    kefu.routing().publishRoster(r.build());
  }

  AgentLoad report(String agent, AgentState state) {
    return kefu.routing().reportState(new ReportAgentState(Origin.of(StaffId.of(agent)), StaffId.of(agent), state, clock.instant()));
  }

  void available(String... agents) {
    for (String a : agents) {
      report(a, AgentState.AVAILABLE);
    }
  }

  Ticket open(String customer, TicketKind kind, Channel channel) {
    if (customers.add(customer)) {
      kefu.customers().register(dev.kefu.customer.RegisterCustomer.of(Origin.of(SUP), CustomerId.of(customer), "Zhang San",
          List.of(dev.kefu.spi.customer.ContactPoint.of(Channel.SMS, "13812345678")), "Zhejiang", ZONE));
    }
    return kefu.tickets().open(OpenTicket.of(Origin.of(SUP), CustomerId.of(customer), kind, channel, "a question", "hello"));
  }

  RouteOutcome route(Ticket t) {
    return kefu.routing().route(new RouteTicket(Origin.of(SUP), t.id()));
  }

  RouteOutcome openAndRoute(String customer, TicketKind kind, Channel channel) {
    return route(open(customer, kind, channel));
  }

  void makeVip(String customer) {
    kefu.customers().setVipStatus(new SetVipStatus(Origin.of(SUP), CustomerId.of(customer), true, "big spender"));
  }

  void own(String customer, String agent) {
    kefu.customers().assignOwner(new AssignCustomerOwner(Origin.of(SUP), CustomerId.of(customer), StaffId.of(agent), null));
  }

  int load(String agent) {
    return storage.routing().load(StaffId.of(agent)).map(AgentLoad::load).orElse(0);
  }

  /** Delivers the outbox and returns the template keys sent, in order. */
  List<String> sentTemplates() {
    kefu.deliverNotifications();
    return channel.sent.stream().map(n -> n.templateKey()).toList();
  }
}
