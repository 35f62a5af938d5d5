package dev.kefu.sla;

import static dev.kefu.test.TestShop.AGENT;
import static dev.kefu.test.TestShop.LEAD;
import static dev.kefu.test.TestShop.MANAGER;
import static dev.kefu.test.TestShop.SUPERVISOR;
import static dev.kefu.test.TestShop.by;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.calendar.BusinessCalendar;
import dev.kefu.calendar.WorkingHours;
import dev.kefu.memory.InMemoryStorage;
import dev.kefu.spi.Channel;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.event.DomainEvent;
import dev.kefu.spi.event.SlaEscalated;
import dev.kefu.spi.notification.Notification;
import dev.kefu.spi.sla.ClockEntry;
import dev.kefu.spi.sla.EscalationStep;
import dev.kefu.spi.sla.SlaClock;
import dev.kefu.spi.store.DueItem;
import dev.kefu.spi.sla.SlaMetric;
import dev.kefu.spi.sla.SlaTarget;
import dev.kefu.spi.staff.Role;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.ticket.Ticket;
import dev.kefu.spi.ticket.TicketKind;
import dev.kefu.test.TestShop;
import dev.kefu.ticket.AssignTicket;
import dev.kefu.ticket.AwaitCustomer;
import dev.kefu.ticket.LogContact;
import dev.kefu.ticket.OpenTicket;
import dev.kefu.ticket.ReopenTicket;
import dev.kefu.ticket.ResolveTicket;
import dev.kefu.ticket.RespondToTicket;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SlaClockTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  /** A policy for every ticket: resolution 8 business hours, next response 30 min, periodic update 2 h. */
  private static SlaSettings settings() {
    SlaPolicy all = SlaPolicies.defaults().fallback()
        .withTarget(SlaMetric.RESOLUTION, SlaTarget.business(Duration.ofHours(8)))
        .withTarget(SlaMetric.NEXT_RESPONSE, SlaTarget.business(Duration.ofMinutes(30)))
        .withTarget(SlaMetric.PERIODIC_UPDATE, SlaTarget.calendar(Duration.ofHours(2)));
    return SlaSettings.defaults(SHANGHAI).withPolicies(SlaPolicies.defaults().withFallback(all)).withDefaultQueueLead(LEAD);
  }

  private final TestShop shop = shop(b -> b.sla(settings()));

  private static TestShop shop(Consumer<dev.kefu.Kefu.Builder> tweak) {
    return new TestShop(new InMemoryStorage(), tweak);
  }

  private Ticket open(TestShop s, Channel channel) {
    if (s.storage.customers().find(CustomerId.of("c")).isEmpty()) {
      s.register("c");
    }
    return s.kefu.tickets().open(OpenTicket.of(by(AGENT), CustomerId.of("c"), TicketKind.AFTER_SALE, channel, "s", "m"));
  }

  private SlaClock clock(TestShop s, Ticket t, SlaMetric metric, int cycle) {
    return s.storage.slaClocks().find(SlaClock.idOf(t.id(), metric, cycle)).orElseThrow();
  }

  private static List<ClockEntry.Kind> kinds(SlaClock c) {
    return c.log().stream().map(ClockEntry::kind).toList();
  }

  private List<String> events(TestShop s, String type) {
    return s.storage.eventLog().readAfter(0, 10_000).stream().map(e -> e.event().type()).filter(type::equals).toList();
  }

  @Test
  @DisplayName("TK-4: by default an online chat's first response is due 5 minutes after the customer's first message")
  void chatFirstResponse() {
    TestShop s = new TestShop();
    Ticket chat = open(s, Channel.ONLINE_CHAT);
    SlaClock c = clock(s, chat, SlaMetric.FIRST_RESPONSE, 1);
    assertThat(c.policyId()).isEqualTo("online-chat");
    assertThat(c.target()).isEqualTo(SlaTarget.business(Duration.ofMinutes(5)));
    assertThat(s.kefu.sla().math(c).dueAt()).contains(TestShop.START.plus(Duration.ofMinutes(5)));
    assertThat(s.kefu.sla().math(c).warnAt()).contains(TestShop.START.plus(Duration.ofMinutes(4)));
    assertThat(s.storage.slaClocks().find(SlaClock.idOf(open(s, Channel.PHONE).id(), SlaMetric.FIRST_RESPONSE, 1)))
        .as("phone has no default first-response target").isEmpty();
  }

  @Test
  @DisplayName("TK-4: a reply within 5 minutes meets the target; silence warns at 4 minutes and breaches at 5")
  void warnAndBreach() {
    TestShop s = new TestShop();
    Ticket met = open(s, Channel.ONLINE_CHAT);
    Ticket missed = open(s, Channel.ONLINE_CHAT);
    s.kefu.tickets().assign(new AssignTicket(by(AGENT), met.id(), AGENT));
    s.kefu.tickets().assign(new AssignTicket(by(AGENT), missed.id(), AGENT));
    s.clock.advance(Duration.ofMinutes(3));
    s.kefu.tickets().respond(RespondToTicket.of(by(AGENT), met.id(), "hello"));
    assertThat(clock(s, met, SlaMetric.FIRST_RESPONSE, 1).status()).isEqualTo(SlaClock.Status.FULFILLED);
    assertThat(clock(s, met, SlaMetric.FIRST_RESPONSE, 1).breached()).isFalse();

    s.clock.advance(Duration.ofSeconds(59));
    s.kefu.runDueWork();
    assertThat(kinds(clock(s, missed, SlaMetric.FIRST_RESPONSE, 1))).containsExactly(ClockEntry.Kind.STARTED);
    s.clock.advance(Duration.ofSeconds(1)); // 4:00
    s.kefu.runDueWork();
    assertThat(kinds(clock(s, missed, SlaMetric.FIRST_RESPONSE, 1))).containsExactly(ClockEntry.Kind.STARTED, ClockEntry.Kind.WARNED);
    s.clock.advance(Duration.ofMinutes(1)); // 5:00
    s.kefu.runDueWork();
    SlaClock breached = clock(s, missed, SlaMetric.FIRST_RESPONSE, 1);
    assertThat(breached.breached()).isTrue();
    assertThat(breached.log().get(2).at()).isEqualTo(TestShop.START.plus(Duration.ofMinutes(5)));
    assertThat(s.kefu.deliverNotifications().delivered()).isPositive();
    assertThat(s.channel.sent).extracting(Notification::templateKey).contains("sla.warning", "sla.breached");

    s.clock.advance(Duration.ofMinutes(10));
    s.kefu.tickets().respond(RespondToTicket.of(by(AGENT), missed.id(), "sorry for the wait"));
    SlaClock late = clock(s, missed, SlaMetric.FIRST_RESPONSE, 1);
    assertThat(late.status()).isEqualTo(SlaClock.Status.FULFILLED);
    assertThat(late.breached()).as("a breached clock stays breached").isTrue();
    assertThat(s.kefu.sla().math(late).elapsed(s.clock.instant())).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  @DisplayName("TK-5, ST-1: a breach escalates up the owner's reporting line: team lead at once, supervisor after 30 min, shop manager after 2 h")
  void escalationLadder() {
    TestShop s = shop(b -> b.sla(SlaSettings.defaults(SHANGHAI).withPolicies(SlaPolicies.defaults().withFirst(
        SlaPolicy.named("fast").withTarget(SlaMetric.RESOLUTION, SlaTarget.calendar(Duration.ofHours(1)))
            .withEscalation(SlaPolicies.DEFAULT_LADDER.toArray(EscalationStep[]::new))))));
    s.staff.put(TestShop.member(StaffId.of("shop-mgr"), Role.SHOP_MANAGER, MANAGER));
    s.staff.put(TestShop.member(SUPERVISOR, Role.SUPERVISOR, StaffId.of("shop-mgr")));
    Ticket t = open(s, Channel.EMAIL);
    s.kefu.tickets().assign(new AssignTicket(by(AGENT), t.id(), AGENT));
    s.clock.advance(Duration.ofHours(1));
    s.kefu.runDueWork();
    s.clock.advance(Duration.ofMinutes(29));
    s.kefu.runDueWork();
    assertThat(escalations(s)).extracting(SlaEscalated::to).containsExactly(java.util.Optional.of(LEAD));
    s.clock.advance(Duration.ofMinutes(1));
    s.kefu.runDueWork();
    s.clock.advance(Duration.ofHours(2));
    s.kefu.runDueWork();
    assertThat(escalations(s)).extracting(e -> e.to().orElseThrow())
        .containsExactly(LEAD, SUPERVISOR, StaffId.of("shop-mgr"));
    assertThat(escalations(s)).extracting(SlaEscalated::role).containsExactly(Role.TEAM_LEAD, Role.SUPERVISOR, Role.SHOP_MANAGER);
    SlaClock c = clock(s, t, SlaMetric.RESOLUTION, 1);
    assertThat(c.log()).filteredOn(e -> e.kind() == ClockEntry.Kind.ESCALATED).extracting(ClockEntry::at)
        .containsExactly(TestShop.START.plus(Duration.ofHours(1)), TestShop.START.plus(Duration.ofMinutes(90)),
            TestShop.START.plus(Duration.ofHours(3)));
    s.kefu.deliverNotifications();
    assertThat(s.channel.sent).filteredOn(n -> n.templateKey().equals("sla.escalated"))
        .extracting(n -> n.recipient().id()).containsExactly("lead", "sup", "shop-mgr");
    s.clock.advance(Duration.ofDays(1));
    s.kefu.runDueWork();
    assertThat(escalations(s)).as("the ladder is done").hasSize(3);
  }

  private static List<SlaEscalated> escalations(TestShop s) {
    return s.storage.eventLog().readAfter(0, 10_000).stream().map(e -> e.event())
        .filter(SlaEscalated.class::isInstance).map(SlaEscalated.class::cast).toList();
  }

  @Test
  @DisplayName("TK-5: an unassigned ticket escalates to its queue's team lead and up from there")
  void unassignedEscalatesToQueueLead() {
    TestShop s = shop(b -> b.sla(settings().withPolicies(SlaPolicies.defaults().withFirst(
        SlaPolicy.named("fast").withTarget(SlaMetric.FIRST_RESPONSE, SlaTarget.calendar(Duration.ofMinutes(10)))
            .withEscalation(EscalationStep.of(Duration.ZERO, Role.TEAM_LEAD), EscalationStep.of(Duration.ofMinutes(5), Role.SUPERVISOR))))));
    open(s, Channel.APP);
    s.clock.advance(Duration.ofMinutes(15));
    s.kefu.runDueWork();
    assertThat(escalations(s)).extracting(e -> e.to().orElseThrow()).containsExactly(LEAD, SUPERVISOR);
  }

  @Test
  @DisplayName("waiting on the customer pauses the resolution clock; paused time never counts; resolving while paused fulfils at the pause")
  void pauses() {
    Ticket t = open(shop, Channel.EMAIL);
    shop.kefu.tickets().assign(new AssignTicket(by(AGENT), t.id(), AGENT));
    shop.clock.advance(Duration.ofHours(1));
    shop.kefu.tickets().respond(RespondToTicket.of(by(AGENT), t.id(), "please send a photo"));
    shop.kefu.tickets().awaitCustomer(new AwaitCustomer(by(AGENT), t.id()));
    Instant pausedAt = shop.clock.instant();
    shop.clock.advance(Duration.ofHours(20)); // would breach 8 hours if it counted
    shop.kefu.runDueWork();
    assertThat(events(shop, "sla.breached")).isEmpty();
    SlaClock paused = clock(shop, t, SlaMetric.RESOLUTION, 1);
    assertThat(paused.status()).isEqualTo(SlaClock.Status.PAUSED);
    assertThat(shop.kefu.sla().math(paused).elapsed(shop.clock.instant())).isEqualTo(Duration.ofHours(1));
    shop.kefu.tickets().resolve(new ResolveTicket(by(AGENT), t.id(), "done"));
    SlaClock done = clock(shop, t, SlaMetric.RESOLUTION, 1);
    assertThat(done.status()).isEqualTo(SlaClock.Status.FULFILLED);
    assertThat(done.endedAt()).contains(pausedAt);
    assertThat(done.breached()).isFalse();
    assertThat(kinds(done)).containsExactly(ClockEntry.Kind.STARTED, ClockEntry.Kind.PAUSED, ClockEntry.Kind.FULFILLED);
  }

  @Test
  @DisplayName("a resumed clock counts on from where it paused")
  void resume() {
    Ticket t = open(shop, Channel.EMAIL);
    shop.kefu.tickets().assign(new AssignTicket(by(AGENT), t.id(), AGENT));
    shop.kefu.tickets().respond(RespondToTicket.of(by(AGENT), t.id(), "photo please"));
    shop.clock.advance(Duration.ofHours(2));
    shop.kefu.tickets().awaitCustomer(new AwaitCustomer(by(AGENT), t.id()));
    shop.clock.advance(Duration.ofHours(5));
    shop.kefu.tickets().respond(RespondToTicket.of(by(AGENT), t.id(), "got it"));
    SlaClock c = clock(shop, t, SlaMetric.RESOLUTION, 1);
    assertThat(c.status()).isEqualTo(SlaClock.Status.RUNNING);
    assertThat(shop.kefu.sla().math(c).dueAt()).contains(shop.clock.instant().plus(Duration.ofHours(6)));
  }

  @Test
  @DisplayName("reopening starts a new resolution cycle; the past cycle stays visible")
  void reopenCycles() {
    Ticket t = open(shop, Channel.EMAIL);
    shop.kefu.tickets().assign(new AssignTicket(by(AGENT), t.id(), AGENT));
    shop.clock.advance(Duration.ofHours(1));
    shop.kefu.tickets().resolve(new ResolveTicket(by(AGENT), t.id(), "done"));
    shop.clock.advance(Duration.ofHours(1));
    shop.kefu.tickets().reopen(new ReopenTicket(by(AGENT), t.id(), "broken again"));
    assertThat(clock(shop, t, SlaMetric.RESOLUTION, 1).status()).isEqualTo(SlaClock.Status.FULFILLED);
    SlaClock second = clock(shop, t, SlaMetric.RESOLUTION, 2);
    assertThat(second.status()).isEqualTo(SlaClock.Status.RUNNING);
    assertThat(second.startedAt()).isEqualTo(shop.clock.instant());
    assertThat(shop.kefu.sla().clocks(t.id())).extracting(SlaClock::id)
        .contains(SlaClock.idOf(t.id(), SlaMetric.RESOLUTION, 1), SlaClock.idOf(t.id(), SlaMetric.RESOLUTION, 2));
  }

  @Test
  @DisplayName("next response runs from the oldest unanswered customer message; periodic update between replies")
  void nextResponseAndPeriodicUpdate() {
    Ticket t = open(shop, Channel.EMAIL);
    shop.kefu.tickets().assign(new AssignTicket(by(AGENT), t.id(), AGENT));
    shop.kefu.tickets().respond(RespondToTicket.of(by(AGENT), t.id(), "first answer"));
    assertThat(clock(shop, t, SlaMetric.PERIODIC_UPDATE, 1).status()).isEqualTo(SlaClock.Status.RUNNING);
    shop.clock.advance(Duration.ofMinutes(10));
    Instant written = shop.clock.instant();
    shop.kefu.tickets().logContact(new LogContact(by(AGENT), t.id(), written, written, Channel.EMAIL, 1, 0, "customer asks again", null));
    shop.clock.advance(Duration.ofMinutes(5));
    shop.kefu.tickets().logContact(new LogContact(by(AGENT), t.id(), shop.clock.instant(), shop.clock.instant(), Channel.EMAIL, 1, 0, "and again", null));
    SlaClock next = clock(shop, t, SlaMetric.NEXT_RESPONSE, 1);
    assertThat(next.startedAt()).as("from the oldest unanswered message").isEqualTo(written);
    assertThat(shop.storage.slaClocks().find(SlaClock.idOf(t.id(), SlaMetric.NEXT_RESPONSE, 2))).isEmpty();
    shop.clock.advance(Duration.ofMinutes(5));
    shop.kefu.tickets().respond(RespondToTicket.of(by(AGENT), t.id(), "second answer"));
    SlaClock answered = clock(shop, t, SlaMetric.NEXT_RESPONSE, 1);
    assertThat(answered.status()).isEqualTo(SlaClock.Status.FULFILLED);
    assertThat(shop.kefu.sla().math(answered).elapsed(shop.clock.instant())).isEqualTo(Duration.ofMinutes(10));
    assertThat(clock(shop, t, SlaMetric.PERIODIC_UPDATE, 1).status()).isEqualTo(SlaClock.Status.FULFILLED);
    assertThat(clock(shop, t, SlaMetric.PERIODIC_UPDATE, 2).status()).isEqualTo(SlaClock.Status.RUNNING);
  }

  @Test
  @DisplayName("a policy edit affects new clocks only, unless the host re-applies policies to running clocks")
  void policyEdits() {
    Ticket t = open(shop, Channel.EMAIL);
    SlaClock before = clock(shop, t, SlaMetric.RESOLUTION, 1);
    assertThat(before.target()).isEqualTo(SlaTarget.business(Duration.ofHours(8)));
    // the same store, another kefu with a stricter policy
    TestShop edited = new TestShop(shop.storage, b -> b.sla(settings().withPolicies(settings().policies().withFirst(
        SlaPolicy.named("strict").withTarget(SlaMetric.RESOLUTION, SlaTarget.business(Duration.ofHours(4)))))));
    edited.clock.set(shop.clock.instant());
    Ticket fresh = edited.kefu.tickets().open(OpenTicket.of(by(AGENT), CustomerId.of("c"), TicketKind.AFTER_SALE, Channel.EMAIL, "s", "m"));
    assertThat(clock(edited, fresh, SlaMetric.RESOLUTION, 1).target()).isEqualTo(SlaTarget.business(Duration.ofHours(4)));
    assertThat(clock(edited, t, SlaMetric.RESOLUTION, 1).target()).as("running clock keeps its target").isEqualTo(before.target());
    int changed = edited.kefu.sla().reapplyPolicies(c -> c.metric() == SlaMetric.RESOLUTION);
    assertThat(changed).isEqualTo(1);
    SlaClock after = clock(edited, t, SlaMetric.RESOLUTION, 1);
    assertThat(after.target()).isEqualTo(SlaTarget.business(Duration.ofHours(4)));
    assertThat(after.policyId()).isEqualTo("strict");
    assertThat(kinds(after)).containsExactly(ClockEntry.Kind.STARTED, ClockEntry.Kind.RETARGETED);
    assertThat(events(edited, "sla.clock-retargeted")).hasSize(1);
  }

  @Test
  @DisplayName("a calendar edit recomputes the due instants of running clocks and reschedules their timers")
  void calendarEdit() {
    Ticket t = open(shop, Channel.EMAIL);
    String key = SlaClock.idOf(t.id(), SlaMetric.RESOLUTION, 1); // a clock's timer is keyed by its id
    assertThat(shop.storage.dueWork().scheduled(key).orElseThrow().dueAt())
        .isEqualTo(TestShop.START.plus(Duration.ofMinutes(384))); // warning at 80% of 8 h on the 24/7 calendar
    BusinessCalendar office = BusinessCalendar.builder(SHANGHAI).weekdays(WorkingHours.parse("09:00-18:00")).build();
    assertThat(shop.kefu.sla().replaceCalendar(SlaPolicy.SHOP_CALENDAR, office)).isEqualTo(1);
    // opened Monday 10:00 Shanghai: 6.4 h of office time later is 16:24
    assertThat(shop.storage.dueWork().scheduled(key).orElseThrow().dueAt()).isEqualTo(Instant.parse("2026-03-02T08:24:00Z"));
    SlaClock c = clock(shop, t, SlaMetric.RESOLUTION, 1);
    assertThat(shop.kefu.sla().math(c).dueAt()).contains(Instant.parse("2026-03-02T10:00:00Z")); // Monday 18:00, the closing time
  }

  @Test
  @DisplayName("a command that leaves a clock's next threshold where it was leaves its timer alone; one that moves it moves the timer")
  void timerMovesOnlyWithItsThreshold() {
    Ticket t = open(shop, Channel.EMAIL);
    String key = SlaClock.idOf(t.id(), SlaMetric.RESOLUTION, 1);
    DueItem before = shop.storage.dueWork().scheduled(key).orElseThrow();
    shop.kefu.tickets().assign(new AssignTicket(by(AGENT), t.id(), AGENT)); // the clock learns its owner
    assertThat(clock(shop, t, SlaMetric.RESOLUTION, 1).owner()).contains(AGENT);
    assertThat(shop.storage.dueWork().scheduled(key)).as("the same timer, not a new one at the same instant").contains(before);
    shop.kefu.tickets().respond(RespondToTicket.of(by(AGENT), t.id(), "photo please"));
    shop.kefu.tickets().awaitCustomer(new AwaitCustomer(by(AGENT), t.id()));
    assertThat(shop.storage.dueWork().scheduled(key)).as("a paused clock has no timer").isEmpty();
  }

  @Test
  @DisplayName("a host can ask when due work next comes due instead of polling")
  void nextDueAt() {
    // the order duties (TK-7 at 16:00, TK-9 at 20:00) would come due first: moved to the night here
    TestShop shop = shop(b -> b.sla(settings()).orderRules(dev.kefu.order.OrderRules.defaults()
        .withPaymentReminderAt(java.time.LocalTime.of(23, 0)).withNoticesBy(java.time.LocalTime.of(23, 30), Duration.ofMinutes(30))));
    Ticket t = open(shop, Channel.EMAIL);
    shop.kefu.runDueWork(); // schedules the daily run too
    assertThat(shop.kefu.nextDueAt()).contains(TestShop.START.plus(Duration.ofMinutes(384)));
    shop.kefu.tickets().assign(new AssignTicket(by(AGENT), t.id(), AGENT));
    shop.kefu.tickets().resolve(new ResolveTicket(by(AGENT), t.id(), "quick"));
    assertThat(shop.kefu.nextDueAt()).as("only the daily reclassification is left").isPresent()
        .hasValueSatisfying(at -> assertThat(at).isAfter(TestShop.START.plus(Duration.ofHours(12))));
  }

  @Test
  @DisplayName("two kefu instances over one store fire each SLA timer exactly once")
  void twoInstancesFireEachTimerOnce() throws Exception {
    InMemoryStorage storage = new InMemoryStorage();
    SlaSettings fast = SlaSettings.defaults(SHANGHAI).withPolicies(SlaPolicies.defaults().withFirst(SlaPolicy.named("fast")
        .withTarget(SlaMetric.RESOLUTION, SlaTarget.calendar(Duration.ofMinutes(20)))
        .withEscalation(EscalationStep.of(Duration.ZERO, Role.TEAM_LEAD), EscalationStep.of(Duration.ofMinutes(10), Role.SUPERVISOR))));
    TestShop a = new TestShop(storage, b -> b.sla(fast).instanceId("a"));
    TestShop b = new TestShop(storage, x -> x.sla(fast).instanceId("b"));
    a.register("c");
    List<Ticket> tickets = new java.util.ArrayList<>();
    for (int i = 0; i < 40; i++) {
      tickets.add(a.kefu.tickets().open(OpenTicket.of(by(AGENT), CustomerId.of("c"), TicketKind.AFTER_SALE, Channel.EMAIL, "s", "m")));
      a.clock.advance(Duration.ofSeconds(30));
    }
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      for (int step = 0; step < 120; step++) {
        a.clock.advance(Duration.ofSeconds(30));
        b.clock.set(a.clock.instant());
        java.util.concurrent.CyclicBarrier gate = new java.util.concurrent.CyclicBarrier(2);
        List<java.util.concurrent.Future<Integer>> runs = new java.util.ArrayList<>();
        for (TestShop s : List.of(a, b)) {
          runs.add(pool.submit(() -> {
            gate.await();
            return s.kefu.runDueWork();
          }));
        }
        for (var f : runs) {
          f.get();
        }
      }
    } finally {
      pool.shutdownNow();
    }
    Map<String, Long> perClock = storage.eventLog().readAfter(0, 100_000).stream().map(e -> e.event())
        .filter(e -> e.type().startsWith("sla.") && !e.type().equals("sla.clock-started"))
        .collect(java.util.stream.Collectors.groupingBy(e -> e.aggregateId() + " " + e.type()
            + (e instanceof SlaEscalated x ? " " + x.step() : ""), java.util.stream.Collectors.counting()));
    assertThat(perClock).hasSize(40 * 4); // warned, breached, two escalations per clock
    assertThat(perClock.values()).containsOnly(1L);
    for (Ticket t : tickets) {
      SlaClock c = clock(a, t, SlaMetric.RESOLUTION, 1);
      assertThat(kinds(c)).containsExactly(ClockEntry.Kind.STARTED, ClockEntry.Kind.WARNED, ClockEntry.Kind.BREACHED,
          ClockEntry.Kind.ESCALATED, ClockEntry.Kind.ESCALATED);
    }
  }

  @Test
  @DisplayName("duty targets ride on their ticket kinds: TK-8 cash-on-delivery confirmation in 30 minutes, TK-10 negative reviews and RV-5 revisits in 3 days")
  void dutyTargets() {
    TestShop s = new TestShop();
    s.register("c");
    Ticket cod = s.kefu.tickets().open(OpenTicket.of(by(AGENT), CustomerId.of("c"), TicketKind.COD_CONFIRMATION, Channel.PHONE, "COD", "order 42"));
    Ticket review = s.kefu.tickets().open(OpenTicket.of(by(AGENT), CustomerId.of("c"), TicketKind.NEGATIVE_REVIEW, Channel.APP, "1 star", "late"));
    Ticket revisit = s.kefu.tickets().open(OpenTicket.of(by(AGENT), CustomerId.of("c"), TicketKind.REVISIT, Channel.PHONE, "revisit", "after refund"));
    assertThat(clock(s, cod, SlaMetric.COD_CONFIRMATION, 1).target()).isEqualTo(SlaTarget.calendar(Duration.ofMinutes(30)));
    assertThat(clock(s, review, SlaMetric.NEGATIVE_REVIEW_RESOLUTION, 1).target()).isEqualTo(SlaTarget.calendar(Duration.ofDays(3)));
    assertThat(clock(s, revisit, SlaMetric.REVISIT, 1).target()).isEqualTo(SlaTarget.calendar(Duration.ofDays(3)));
    s.kefu.tickets().assign(new AssignTicket(by(AGENT), cod.id(), AGENT));
    s.clock.advance(Duration.ofMinutes(20));
    s.kefu.tickets().respond(RespondToTicket.of(by(AGENT), cod.id(), "confirmed the surcharge"));
    assertThat(clock(s, cod, SlaMetric.COD_CONFIRMATION, 1).status()).isEqualTo(SlaClock.Status.FULFILLED);
    s.kefu.tickets().assign(new AssignTicket(by(AGENT), review.id(), AGENT));
    s.clock.advance(Duration.ofDays(3));
    s.kefu.runDueWork();
    assertThat(clock(s, review, SlaMetric.NEGATIVE_REVIEW_RESOLUTION, 1).breached()).isTrue();
    s.kefu.tickets().resolve(new ResolveTicket(by(AGENT), review.id(), "settled"));
    assertThat(clock(s, review, SlaMetric.NEGATIVE_REVIEW_RESOLUTION, 1).status()).isEqualTo(SlaClock.Status.FULFILLED);
  }

  @Test
  @DisplayName("TK-5: a breach noticed by a ticket command escalates just as if its timer had run on time")
  void escalationDoesNotDependOnTimerTiming() {
    TestShop s = new TestShop();
    Ticket onTime = open(s, Channel.ONLINE_CHAT);
    Ticket late = open(s, Channel.ONLINE_CHAT);
    s.kefu.tickets().assign(new AssignTicket(by(AGENT), onTime.id(), AGENT));
    s.kefu.tickets().assign(new AssignTicket(by(AGENT), late.id(), AGENT));
    s.clock.advance(Duration.ofMinutes(6));
    s.kefu.tickets().respond(RespondToTicket.of(by(AGENT), late.id(), "sorry")); // before any due work ran
    s.kefu.runDueWork();
    s.kefu.tickets().respond(RespondToTicket.of(by(AGENT), onTime.id(), "sorry"));
    assertThat(kinds(clock(s, late, SlaMetric.FIRST_RESPONSE, 1))).isEqualTo(kinds(clock(s, onTime, SlaMetric.FIRST_RESPONSE, 1)))
        .containsExactly(ClockEntry.Kind.STARTED, ClockEntry.Kind.WARNED, ClockEntry.Kind.BREACHED, ClockEntry.Kind.ESCALATED,
            ClockEntry.Kind.FULFILLED);
    assertThat(escalations(s)).extracting(e -> e.to().orElseThrow()).containsExactly(LEAD, LEAD);
  }

  @Test
  @DisplayName("ST-1, TK-5: a team lead's own ticket escalates to the next more senior person, not straight to the top")
  void leadsOwnTicket() {
    TestShop s = new TestShop();
    Ticket t = open(s, Channel.ONLINE_CHAT);
    s.kefu.tickets().assign(new AssignTicket(by(LEAD), t.id(), LEAD));
    s.clock.advance(Duration.ofMinutes(5));
    s.kefu.runDueWork();
    assertThat(escalations(s)).extracting(e -> e.to().orElseThrow()).containsExactly(SUPERVISOR);
  }

  @Test
  @DisplayName("the report counts as open and breached only what was open and breached at the period's end")
  void openBreachedAtPeriodEnd() {
    TestShop s = new TestShop();
    open(s, Channel.ONLINE_CHAT);
    s.clock.advance(Duration.ofMinutes(10));
    s.kefu.runDueWork();
    assertThat(s.kefu.sla().report(TestShop.START, s.clock.instant()).openBreached()).containsEntry("FIRST_RESPONSE", 1L);
    assertThat(s.kefu.sla().report(TestShop.START, TestShop.START.plus(Duration.ofMinutes(3))).openBreached()).isEmpty();
    assertThat(s.kefu.sla().report(TestShop.START.minus(Duration.ofDays(2)), TestShop.START.minus(Duration.ofDays(1))).openBreached()).isEmpty();
  }

  @Test
  @DisplayName("resolving answers the customer: it fulfils an open first response and stops the periodic update")
  void resolvingAnswers() {
    Ticket t = open(shop, Channel.EMAIL);
    shop.kefu.tickets().assign(new AssignTicket(by(AGENT), t.id(), AGENT));
    shop.clock.advance(Duration.ofMinutes(7));
    shop.kefu.tickets().resolve(new ResolveTicket(by(AGENT), t.id(), "done at once"));
    SlaClock first = clock(shop, t, SlaMetric.RESOLUTION, 1);
    assertThat(first.status()).isEqualTo(SlaClock.Status.FULFILLED);
    Ticket u = open(shop, Channel.APP);
    shop.kefu.tickets().assign(new AssignTicket(by(AGENT), u.id(), AGENT));
    shop.kefu.tickets().respond(RespondToTicket.of(by(AGENT), u.id(), "hi"));
    shop.kefu.tickets().resolve(new ResolveTicket(by(AGENT), u.id(), "done"));
    assertThat(clock(shop, u, SlaMetric.PERIODIC_UPDATE, 1).status()).isEqualTo(SlaClock.Status.STOPPED);
    TestShop chat = new TestShop();
    Ticket c = open(chat, Channel.ONLINE_CHAT);
    chat.kefu.tickets().assign(new AssignTicket(by(AGENT), c.id(), AGENT));
    chat.clock.advance(Duration.ofMinutes(2));
    chat.kefu.tickets().resolve(new ResolveTicket(by(AGENT), c.id(), "answered and solved"));
    SlaClock answered = clock(chat, c, SlaMetric.FIRST_RESPONSE, 1);
    assertThat(answered.status()).isEqualTo(SlaClock.Status.FULFILLED);
    assertThat(chat.kefu.sla().math(answered).elapsed(chat.clock.instant())).isEqualTo(Duration.ofMinutes(2));
  }
}
