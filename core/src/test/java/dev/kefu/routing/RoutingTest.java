package dev.kefu.routing;

import dev.kefu.staffing.Roster;
import static dev.kefu.routing.RoutingShop.agent;
import static dev.kefu.routing.RoutingShop.id;
import static dev.kefu.routing.RoutingShop.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.AccessDeniedException;
import dev.kefu.InvalidCommandException;
import dev.kefu.Origin;
import dev.kefu.Violation;
import dev.kefu.spi.Channel;
import dev.kefu.spi.routing.Presence;
import dev.kefu.spi.routing.QueuedTicket;
import dev.kefu.spi.staff.Role;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.ticket.Ticket;
import dev.kefu.spi.ticket.TicketId;
import dev.kefu.spi.ticket.TicketKind;
import dev.kefu.staffing.AgentState;
import dev.kefu.ticket.LogContact;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RoutingTest {

  private static final TicketKind AFTER = TicketKind.AFTER_SALE;
  private static final Channel CHAT = Channel.ONLINE_CHAT;

  @Test
  @DisplayName("CU-4: a VIP customer's ticket goes to the VIP desk before any less loaded agent, and waits for it when the desk is full")
  void vipDeskFirst() {
    RoutingShop shop = new RoutingShop(List.of(agent("a1", "after-sale"), member("vip", Role.VIP_AGENT)),
        RoutingRules.defaults().withCapacity(CHAT, 1));
    shop.onShift("a1", "vip");
    shop.available("vip", "a1");
    Ticket first = shop.open("c-vip", AFTER, CHAT);
    shop.makeVip("c-vip");
    RouteOutcome o = shop.route(first);
    assertThat(o.agent()).contains(id("vip"));
    assertThat(o.ruleId()).isEqualTo("CU-4");
    RouteOutcome second = shop.openAndRoute("c-vip", AFTER, CHAT);
    assertThat(second.isRouted()).isFalse();
    assertThat(second.ruleId()).isEqualTo("TK-20");
    assertThat(shop.load("a1")).isZero();
  }

  @Test
  @DisplayName("CU-7: the customer's owner takes the ticket when on shift, skilled and with free capacity; otherwise the least loaded")
  void ownerNext() {
    RoutingShop shop = new RoutingShop(List.of(agent("a1", "after-sale"), agent("a2", "after-sale")),
        RoutingRules.defaults().withCapacity(CHAT, 2));
    shop.onShift("a1", "a2");
    shop.available("a1", "a2");
    shop.openAndRoute("c-other", AFTER, CHAT); // a1 was idle longer: a1 now holds one
    shop.open("c-own", AFTER, CHAT);
    shop.own("c-own", "a1");
    RouteOutcome o = shop.openAndRoute("c-own", AFTER, CHAT);
    assertThat(o.agent()).contains(id("a1"));
    assertThat(o.ruleId()).isEqualTo("CU-7");
    RouteOutcome full = shop.openAndRoute("c-own", AFTER, CHAT); // a1 is full on chat now
    assertThat(full.agent()).contains(id("a2"));
    assertThat(full.ruleId()).isEqualTo("ST-13");
  }

  @Test
  @DisplayName("ST-13: among the skilled, least loaded first, then longest idle; a team lead at 30 % waits until agents carry three times as much")
  void leastLoadedThenLongestIdle() {
    RoutingShop shop = new RoutingShop(List.of(agent("a1", "after-sale"), agent("a2", "after-sale"),
        member("lead", Role.TEAM_LEAD, "after-sale")), RoutingRules.defaults().withCapacity(CHAT, 10));
    shop.onShift("a1", "a2", "lead");
    shop.available("a2");
    shop.clock.advance(Duration.ofSeconds(1));
    shop.available("a1", "lead");
    assertThat(shop.openAndRoute("c1", AFTER, CHAT).agent()).contains(id("a2")); // idle longest
    shop.clock.advance(Duration.ofSeconds(1));
    assertThat(shop.openAndRoute("c2", AFTER, CHAT).agent()).contains(id("a1")); // least loaded, then idle
    for (int i = 0; i < 7; i++) {
      shop.clock.advance(Duration.ofSeconds(1));
      shop.openAndRoute("c" + (i + 3), AFTER, CHAT);
    }
    // nine tickets: the lead took 1 (at 0 they tie, then count 3.33 each), the agents 4 each
    assertThat(List.of(shop.load("a1"), shop.load("a2"), shop.load("lead"))).containsExactly(4, 4, 1);
  }

  @Test
  @DisplayName("TK-12: during a promotion new orders go to the agent routed fewest, not the least loaded now; other kinds still least loaded")
  void promotionSpreadsEvenly() {
    Instant start = RoutingShop.START.plusSeconds(600);
    RoutingShop shop = new RoutingShop(List.of(agent("a1", "order-handling", "after-sale"), agent("a2", "order-handling", "after-sale")),
        RoutingRules.defaults().withPromotion(new RoutingRules.Promotion(start, start.plusSeconds(3600))));
    shop.onShift("a1", "a2");
    shop.available("a1");
    for (String c : List.of("c1", "c2", "c3")) {
      Ticket t = shop.open(c, TicketKind.ORDER_HANDLING, CHAT);
      assertThat(shop.route(t).agent()).contains(id("a1"));
      shop.kefu.routing().release(new ReleaseTicket(Origin.of(id("a1")), t.id()));
    }
    shop.report("a1", AgentState.BREAK);
    shop.available("a2");
    assertThat(shop.openAndRoute("c4", TicketKind.ORDER_HANDLING, CHAT).agent()).contains(id("a2"));
    shop.available("a1");
    // now a1 holds 0 and was routed 3; a2 holds 1 and was routed 1
    shop.clock.set(start.plusSeconds(1));
    RouteOutcome order = shop.openAndRoute("c5", TicketKind.ORDER_HANDLING, CHAT);
    assertThat(order.ruleId()).isEqualTo("TK-12");
    assertThat(order.agent()).contains(id("a2"));
    RouteOutcome afterSale = shop.openAndRoute("c6", AFTER, CHAT);
    assertThat(afterSale.ruleId()).isEqualTo("ST-13");
    assertThat(afterSale.agent()).contains(id("a1"));
  }

  @Test
  @DisplayName("skills match kind and channel; capacity is per channel (several chats, one call); never to agents off shift or unavailable")
  void skillsCapacityShiftAndState() {
    RoutingShop shop = new RoutingShop(List.of(agent("a1", "after-sale", "phone"), agent("a2", "pre-sale-inquiry", "phone"),
        agent("a3", "after-sale"), agent("off", "after-sale", "phone"), agent("away", "after-sale", "phone")),
        RoutingRules.defaults().withChannelSkill(Channel.PHONE, "phone"));
    shop.onShift("a1", "a2", "a3", "away");
    shop.available("a1", "a2", "a3", "off", "away");
    shop.report("away", AgentState.BREAK);
    RouteOutcome call = shop.openAndRoute("c1", AFTER, Channel.PHONE);
    assertThat(call.agent()).contains(id("a1")); // a2 lacks after-sale, a3 the phone, off is off shift, away on a break
    RouteOutcome secondCall = shop.openAndRoute("c2", AFTER, Channel.PHONE);
    assertThat(secondCall.isRouted()).isFalse(); // a1's one call is taken
    shop.clock.advance(Duration.ofSeconds(1));
    assertThat(shop.openAndRoute("c3", AFTER, CHAT).agent()).contains(id("a3")); // a1 holds the call
    shop.clock.advance(Duration.ofSeconds(1));
    // both hold one: a1 idle longer takes a chat beside the call — capacity is per channel
    assertThat(shop.openAndRoute("c4", AFTER, CHAT).agent()).contains(id("a1"));
    assertThat(shop.load("off") + shop.load("away") + shop.load("a2")).isZero();
  }

  @Test
  @DisplayName("TK-20: nobody eligible, the ticket waits; the customer hears their place at once, is greeted every 2 minutes, and the queue drains oldest first")
  void queueGreetsAndDrains() {
    RoutingShop shop = new RoutingShop(List.of(agent("a1", "after-sale")), RoutingRules.defaults().withCapacity(CHAT, 1));
    shop.onShift("a1");
    shop.available("a1");
    Ticket busy = shop.open("c0", AFTER, CHAT);
    shop.route(busy);
    RouteOutcome first = shop.openAndRoute("c1", AFTER, CHAT);
    shop.clock.advance(Duration.ofSeconds(5));
    RouteOutcome second = shop.openAndRoute("c2", AFTER, CHAT);
    assertThat(first.place()).contains(1);
    assertThat(second.place()).contains(2);
    assertThat(first.expectedWait()).isPresent(); // a1 is on shift and skilled: the Erlang model gives a wait
    assertThat(second.expectedWait().orElseThrow()).isGreaterThan(first.expectedWait().orElseThrow());
    assertThat(shop.sentTemplates()).filteredOn(k -> k.startsWith("routing.")).containsExactly("routing.queued-wait", "routing.queued-wait");
    shop.clock.advance(Duration.ofMinutes(2));
    shop.kefu.runDueWork();
    assertThat(shop.sentTemplates()).filteredOn(k -> k.startsWith("routing.greeting")).hasSize(2);
    assertThat(shop.kefu.routing().queue()).extracting(Waiting::ticket).containsExactly(first.ticket(), second.ticket());
    shop.kefu.routing().release(new ReleaseTicket(Origin.of(id("a1")), busy.id()));
    assertThat(shop.storage.tickets().find(first.ticket()).orElseThrow().owner()).contains(id("a1"));
    assertThat(shop.storage.routing().queued(first.ticket()).orElseThrow().status()).isEqualTo(QueuedTicket.Status.ROUTED);
    assertThat(shop.kefu.routing().queue()).extracting(Waiting::ticket).containsExactly(second.ticket());
    shop.clock.advance(Duration.ofMinutes(2));
    shop.kefu.runDueWork();
    assertThat(shop.sentTemplates()).filteredOn(k -> k.startsWith("routing.greeting")).hasSize(3); // only c2 still waits
  }

  @Test
  @DisplayName("TK-15: an agent on a break tells the customers at once; past the first-response target their tickets are handed over")
  void absenceHandsOver() {
    RoutingShop shop = new RoutingShop(List.of(agent("a1", "after-sale"), agent("a2", "after-sale")), RoutingRules.defaults());
    shop.onShift("a1", "a2");
    shop.available("a1");
    Ticket t = shop.open("c1", AFTER, CHAT);
    assertThat(shop.route(t).agent()).contains(id("a1"));
    shop.available("a2");
    shop.report("a1", AgentState.BREAK);
    assertThat(shop.sentTemplates()).contains("routing.agent-away");
    shop.clock.advance(Duration.ofMinutes(4));
    shop.kefu.runDueWork();
    assertThat(shop.storage.tickets().find(t.id()).orElseThrow().owner()).contains(id("a1"));
    shop.clock.advance(Duration.ofMinutes(1));
    shop.kefu.runDueWork();
    assertThat(shop.storage.tickets().find(t.id()).orElseThrow().owner()).contains(id("a2"));
    assertThat(shop.load("a1")).isZero();
    assertThat(shop.load("a2")).isEqualTo(1);
  }

  @Test
  @DisplayName("TK-15: an agent back before the first-response target keeps their tickets")
  void shortBreakKeepsTickets() {
    RoutingShop shop = new RoutingShop(List.of(agent("a1", "after-sale"), agent("a2", "after-sale")), RoutingRules.defaults());
    shop.onShift("a1", "a2");
    shop.available("a1");
    Ticket t = shop.open("c1", AFTER, CHAT);
    shop.route(t);
    shop.available("a2");
    shop.report("a1", AgentState.MEETING);
    shop.clock.advance(Duration.ofMinutes(3));
    shop.report("a1", AgentState.AVAILABLE);
    shop.clock.advance(Duration.ofMinutes(10));
    shop.kefu.runDueWork();
    assertThat(shop.storage.tickets().find(t.id()).orElseThrow().owner()).contains(id("a1"));
  }

  @Test
  @DisplayName("TK-17: a call past 3 minutes is flagged to the agent, past 5 escalated to the team lead; a call that ended is not")
  void longCalls() {
    RoutingShop shop = new RoutingShop(List.of(agent("a1", "after-sale"), agent("a2", "after-sale")), RoutingRules.defaults());
    shop.onShift("a1", "a2");
    shop.available("a1", "a2");
    Ticket longCall = shop.open("c1", AFTER, Channel.PHONE);
    Ticket shortCall = shop.open("c2", AFTER, Channel.PHONE);
    shop.route(longCall);
    shop.route(shortCall);
    shop.clock.advance(Duration.ofMinutes(2));
    shop.kefu.routing().release(new ReleaseTicket(Origin.of(id("a2")), shortCall.id()));
    shop.clock.advance(Duration.ofMinutes(1).plusSeconds(1));
    shop.kefu.runDueWork();
    assertThat(shop.sentTemplates()).filteredOn(k -> k.startsWith("routing.call")).containsExactly("routing.call-long");
    shop.clock.advance(Duration.ofMinutes(2));
    shop.kefu.runDueWork();
    shop.sentTemplates();
    assertThat(shop.channel.sent).filteredOn(n -> n.templateKey().equals("routing.call-escalated"))
        .extracting(n -> n.recipient().id()).containsExactly(RoutingShop.LEAD.value());
    assertThat(shop.kefu.routing().judgeCall(Duration.ofMinutes(3))).isEqualTo(CallVerdict.WITHIN_LIMITS);
    assertThat(shop.kefu.routing().judgeCall(Duration.ofMinutes(4))).isEqualTo(CallVerdict.FLAGGED);
    assertThat(shop.kefu.routing().judgeCall(Duration.ofMinutes(6))).isEqualTo(CallVerdict.ESCALATED);
  }

  @Test
  @DisplayName("TK-11: a sale served by several agents is attributed by messages and duration, unless the shop manager decides")
  void saleAttribution() {
    RoutingShop shop = new RoutingShop(List.of(agent("a1", "pre-sale-inquiry"), agent("a2", "pre-sale-inquiry")), RoutingRules.defaults());
    shop.onShift("a1", "a2");
    shop.available("a1", "a2");
    Ticket t1 = shop.open("c1", TicketKind.PRE_SALE_INQUIRY, CHAT);
    Ticket t2 = shop.open("c1", TicketKind.PRE_SALE_INQUIRY, CHAT);
    shop.route(t1);
    shop.route(t2);
    StaffId o1 = shop.storage.tickets().find(t1.id()).orElseThrow().owner().orElseThrow();
    StaffId o2 = shop.storage.tickets().find(t2.id()).orElseThrow().owner().orElseThrow();
    Instant now = shop.clock.instant();
    shop.kefu.tickets().logContact(new LogContact(Origin.of(o1), t1.id(), now, now.plusSeconds(300), CHAT, 2, 6, "sizes", null));
    shop.kefu.tickets().logContact(new LogContact(Origin.of(o2), t2.id(), now, now.plusSeconds(100), CHAT, 1, 2, "colour", null));
    SaleAttribution byTalk = shop.kefu.routing().attributeSale(new AttributeSale(Origin.of(RoutingShop.SUP), List.of(t1.id(), t2.id()), Map.of()));
    // o1: messages 6/8 = 0.75, time 300/400 = 0.75 -> 0.75; o2: 0.25
    assertThat(byTalk.shares()).containsEntry(o1, new java.math.BigDecimal("0.7500")).containsEntry(o2, new java.math.BigDecimal("0.2500"));
    assertThat(byTalk.decidedByManager()).isFalse();
    SaleAttribution decided = shop.kefu.routing().attributeSale(new AttributeSale(Origin.of(RoutingShop.SHOP_MANAGER),
        List.of(t1.id(), t2.id()), Map.of(o1, 40, o2, 60)));
    assertThat(decided.shares()).containsEntry(o2, new java.math.BigDecimal("0.60"));
    assertThat(decided.decidedByManager()).isTrue();
    assertThatThrownBy(() -> shop.kefu.routing().attributeSale(new AttributeSale(Origin.of(RoutingShop.SUP), List.of(t1.id()),
        Map.of(o1, 100)))).isInstanceOf(AccessDeniedException.class).hasMessageContaining("TK-11");
  }

  @Test
  @DisplayName("bad input: one InvalidCommandException listing every violation, nothing changed")
  void invalidInput() {
    RoutingShop shop = new RoutingShop(List.of(agent("a1", "after-sale")), RoutingRules.defaults());
    long before = shop.storage.routing().loads().size();
    assertThatThrownBy(() -> shop.kefu.routing().reportState(new ReportAgentState(Origin.of(StaffId.of("ghost")),
        StaffId.of("nobody"), AgentState.AVAILABLE, shop.clock.instant().plusSeconds(60))))
        .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations()).extracting(Violation::path)
            .containsExactlyInAnyOrder("origin.actor", "agent", "at"));
    assertThatThrownBy(() -> shop.kefu.routing().route(new RouteTicket(null, TicketId.of("missing"))))
        .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations()).extracting(Violation::path)
            .contains("origin", "ticketId"));
    assertThatThrownBy(() -> shop.kefu.routing().attributeSale(new AttributeSale(Origin.of(RoutingShop.SHOP_MANAGER),
        List.of(TicketId.of("missing")), Map.of(StaffId.of("a1"), 30, StaffId.of("ghost"), 20))))
        .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations()).extracting(Violation::path)
            .containsExactlyInAnyOrder("tickets[0]", "decidedPercent[ghost]", "decidedPercent"));
    assertThat(shop.storage.routing().loads()).hasSize((int) before);
    assertThat(shop.storage.routing().load(id("a1")).map(l -> l.presence())).isEmpty();
    assertThat(Presence.valueOf(AgentState.MEETING.name())).isEqualTo(Presence.MEETING);
  }

  @Test
  @DisplayName("Every new ticket is routed by itself with a dispatcher: opened, routed at the next due work; resolved, its capacity freed")
  void routedWithoutAskingWithADispatcher() {
    RoutingShop shop = new RoutingShop(List.of(agent("a1", "after-sale")),
        RoutingRules.defaults().withCapacity(CHAT, 1).withDispatcher(RoutingShop.LEAD));
    shop.onShift("a1");
    shop.available("a1");
    Ticket t = shop.open("c1", AFTER, CHAT);
    assertThat(t.owner()).isEmpty();
    shop.kefu.runDueWork();
    assertThat(shop.kefu.tickets().find(t.id()).orElseThrow().owner()).contains(id("a1"));
    assertThat(shop.load("a1")).isEqualTo(1);
    // the next one finds a1 full and waits, told its place (TK-20)
    Ticket second = shop.open("c2", AFTER, CHAT);
    shop.kefu.runDueWork();
    assertThat(shop.kefu.routing().queue()).extracting(Waiting::ticket).containsExactly(second.id());
    // resolving the first frees a1, and the waiting one is routed to a1
    shop.clock.advance(Duration.ofMinutes(1));
    shop.kefu.tickets().resolve(new dev.kefu.ticket.ResolveTicket(Origin.of(id("a1")), t.id(), "done"));
    shop.kefu.runDueWork();
    assertThat(shop.kefu.routing().queue()).isEmpty();
    assertThat(shop.kefu.tickets().find(second.id()).orElseThrow().owner()).contains(id("a1"));
    assertThat(shop.load("a1")).isEqualTo(1);
  }

  @Test
  void withoutADispatcherNothingIsRoutedBehindTheHostsBack() {
    RoutingShop shop = new RoutingShop(List.of(agent("a1", "after-sale")), RoutingRules.defaults());
    shop.onShift("a1");
    shop.available("a1");
    Ticket t = shop.open("c1", AFTER, CHAT);
    shop.kefu.runDueWork();
    assertThat(shop.kefu.tickets().find(t.id()).orElseThrow().owner()).isEmpty();
    assertThat(shop.load("a1")).isZero();
  }

  @Test
  @DisplayName("TK-16: at the start of each published shift the agent gets their worklist; an empty one sends nothing")
  void worklistAtShiftStart() {
    RoutingShop shop = new RoutingShop(List.of(agent("a1", "after-sale"), agent("a2", "after-sale")), RoutingRules.defaults());
    Ticket t = shop.open("c1", AFTER, CHAT);
    shop.kefu.tickets().assign(new dev.kefu.ticket.AssignTicket(Origin.of(RoutingShop.LEAD), t.id(), id("a1")));
    shop.clock.set(RoutingShop.START.minus(Duration.ofDays(3))); // the roster is published days ahead
    Roster.Builder r = Roster.builder(RoutingShop.ZONE, RoutingShop.MONDAY);
    for (String a : List.of("a1", "a2")) {
      r.assign(id(a), RoutingShop.MONDAY.plusDays(1), RoutingShop.DAY);
    }
    shop.kefu.routing().publishRoster(r.build());
    shop.kefu.routing().publishRoster(r.build()); // again: still one worklist each
    Instant start = java.time.ZonedDateTime.of(RoutingShop.MONDAY.plusDays(1), RoutingShop.DAY.start(), RoutingShop.ZONE).toInstant();
    shop.clock.set(start.minusSeconds(1));
    shop.kefu.runDueWork();
    shop.kefu.deliverNotifications();
    assertThat(shop.sentTemplates()).doesNotContain("order.worklist");
    shop.clock.set(start);
    shop.kefu.runDueWork();
    shop.kefu.deliverNotifications();
    assertThat(shop.channel.sent).filteredOn(n -> n.templateKey().equals("order.worklist")).singleElement().satisfies(n -> {
      assertThat(n.recipient().id()).isEqualTo("a1");
      assertThat(n.parameters()).containsEntry("unanswered", "1").containsEntry("unpaid", "0").containsEntry("reviews", "0");
    });
  }
}
