package dev.kefu.sla;

import static dev.kefu.test.TestShop.AGENT;
import static dev.kefu.test.TestShop.AGENT_2;
import static dev.kefu.test.TestShop.by;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.kefu.calendar.BusinessCalendar;
import dev.kefu.calendar.WorkingHours;
import dev.kefu.memory.InMemoryStorage;
import dev.kefu.spi.Channel;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.customer.Tier;
import dev.kefu.spi.event.DomainEvent;
import dev.kefu.spi.event.SlaBreached;
import dev.kefu.spi.event.SlaEscalated;
import dev.kefu.spi.event.SlaWarningRaised;
import dev.kefu.spi.sla.ClockEntry;
import dev.kefu.spi.sla.EscalationStep;
import dev.kefu.spi.sla.SlaClock;
import dev.kefu.spi.sla.SlaClockQuery;
import dev.kefu.spi.sla.SlaMetric;
import dev.kefu.spi.sla.SlaTarget;
import dev.kefu.spi.staff.Role;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.store.DueItem;
import dev.kefu.spi.store.PageRequest;
import dev.kefu.spi.ticket.Priority;
import dev.kefu.spi.ticket.Ticket;
import dev.kefu.spi.ticket.TicketId;
import dev.kefu.spi.ticket.TicketKind;
import dev.kefu.spi.ticket.TicketStatus;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** SLA clocks over generated logs and generated ticket histories, on a DST calendar with an overnight shift. */
class SlaProperties {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  /** Split shifts with an overnight late shift, in a zone with daylight saving. */
  private static final BusinessCalendar CALENDAR = BusinessCalendar.builder(NEW_YORK)
      .weekdays(WorkingHours.parse("08:00-12:00"), WorkingHours.parse("13:00-17:00"), WorkingHours.parse("20:00-02:00"))
      .weekly(java.time.DayOfWeek.SATURDAY, WorkingHours.parse("10:00-14:00"))
      .build();
  private static final Instant BASE = Instant.parse("2026-03-06T12:00:00Z"); // two days before New York springs forward

  // ---- clock arithmetic over generated logs ---------------------------------------------------

  /** A generated log: gaps in minutes between alternating PAUSED/RESUMED entries, a basis, a target. */
  record Log(List<Integer> gaps, boolean business, int targetMinutes, int nowAfter) {}

  static Gen<Log> logs() {
    return lists().of(integers().between(0, 3000)).ofSizeBetween(0, 8)
        .zip(booleans().all(), integers().between(0, 5000), integers().between(0, 5000), Log::new);
  }

  static SlaClock clock(Log log) {
    SlaTarget target = log.business() ? SlaTarget.business(Duration.ofMinutes(log.targetMinutes()))
        : SlaTarget.calendar(Duration.ofMinutes(log.targetMinutes()));
    SlaClock.Builder b = SlaClock.builder().ticket(TicketId.of("t")).customer(CustomerId.of("c"))
        .metric(SlaMetric.RESOLUTION).cycle(1).policyId("p").target(target).calendarId("cal").priority(Priority.NORMAL)
        .tier(Tier.STANDARD).channel(Channel.EMAIL).kind(TicketKind.AFTER_SALE).warnAfter(Duration.ZERO)
        .breached(false).escalationsFired(0).version(1)
        .addLog(new ClockEntry(ClockEntry.Kind.STARTED, BASE, ""));
    Instant at = BASE;
    boolean running = true;
    for (int gap : log.gaps()) {
      at = at.plus(Duration.ofMinutes(gap));
      b.addLog(new ClockEntry(running ? ClockEntry.Kind.PAUSED : ClockEntry.Kind.RESUMED, at, ""));
      running = !running;
    }
    return b.status(running ? SlaClock.Status.RUNNING : SlaClock.Status.PAUSED).build();
  }

  private static Duration measure(boolean business, Instant a, Instant b) {
    return business ? CALENDAR.between(a, b) : Duration.between(a, b);
  }

  @Test
  @DisplayName("time spent paused never counts: elapsed is the sum of the running stretches")
  void pausedNeverCounts() {
    qt().withExamples(300).forAll(logs()).checkAssert(log -> {
      SlaClock c = clock(log);
      Instant last = c.log().get(c.log().size() - 1).at();
      Instant now = last.plus(Duration.ofMinutes(log.nowAfter()));
      Duration expected = Duration.ZERO;
      Instant since = null;
      for (ClockEntry e : c.log()) {
        if (e.kind() == ClockEntry.Kind.STARTED || e.kind() == ClockEntry.Kind.RESUMED) {
          since = e.at();
        } else {
          expected = expected.plus(measure(log.business(), since, e.at()));
          since = null;
        }
      }
      if (since != null) {
        expected = expected.plus(measure(log.business(), since, now));
      }
      ClockMath math = new ClockMath(c, CALENDAR);
      assertThat(math.elapsed(now)).isEqualTo(expected);
      if (c.status() == SlaClock.Status.PAUSED) {
        assertThat(math.elapsed(now.plus(Duration.ofDays(3)))).as("a paused clock does not move").isEqualTo(expected);
        assertThat(math.dueAt()).isEmpty();
      }
    });
  }

  @Test
  @DisplayName("a clock's elapsed time never exceeds wall-clock time since it started")
  void elapsedWithinWallClock() {
    qt().withExamples(300).forAll(logs()).checkAssert(log -> {
      SlaClock c = clock(log);
      Instant now = c.log().get(c.log().size() - 1).at().plus(Duration.ofMinutes(log.nowAfter()));
      Duration elapsed = new ClockMath(c, CALENDAR).elapsed(now);
      assertThat(elapsed).isLessThanOrEqualTo(Duration.between(c.startedAt(), now));
      assertThat(elapsed.isNegative()).isFalse();
    });
  }

  @Test
  @DisplayName("a running clock is due exactly when its elapsed time reaches the target")
  void dueWhenTargetReached() {
    qt().withExamples(300).forAll(logs()).checkAssert(log -> {
      SlaClock c = clock(log);
      if (c.status() != SlaClock.Status.RUNNING) {
        return;
      }
      ClockMath math = new ClockMath(c, CALENDAR);
      Instant due = math.dueAt().orElseThrow();
      Instant lastStart = c.log().get(c.log().size() - 1).at();
      if (due.isAfter(lastStart)) {
        assertThat(math.elapsed(due)).isEqualTo(c.target().duration());
        assertThat(math.remaining(due)).isZero();
      } else {
        assertThat(math.elapsed(lastStart)).isGreaterThanOrEqualTo(c.target().duration());
      }
    });
  }

  // ---- generated ticket histories: every timer fires once and in order --------------------------

  enum Step { RESPOND, AWAIT, CUSTOMER_WRITES, RESOLVE, REOPEN, REASSIGN, RUN_DUE, WAIT_LONG }

  record Move(Step step, int minutes) {}

  static Gen<Move> moves() {
    return Generate.enumValues(Step.class).zip(integers().between(1, 400), Move::new);
  }

  private static SlaSettings settings() {
    SlaPolicy policy = SlaPolicy.named("all").withCalendar("nyc")
        .withTarget(SlaMetric.FIRST_RESPONSE, SlaTarget.business(Duration.ofMinutes(30)))
        .withTarget(SlaMetric.NEXT_RESPONSE, SlaTarget.calendar(Duration.ofMinutes(45)))
        .withTarget(SlaMetric.PERIODIC_UPDATE, SlaTarget.business(Duration.ofHours(3)))
        .withTarget(SlaMetric.RESOLUTION, SlaTarget.business(Duration.ofHours(6)))
        .withWarning(WarningRule.atShare(0.5).withLeadTime(Duration.ofMinutes(20)))
        .withEscalation(EscalationStep.of(Duration.ZERO, Role.TEAM_LEAD), EscalationStep.of(Duration.ofMinutes(30), Role.SUPERVISOR),
            EscalationStep.of(Duration.ofHours(2), Role.GENERAL_MANAGER));
    return SlaSettings.defaults(NEW_YORK).withCalendar("nyc", CALENDAR).withPolicies(new SlaPolicies(List.of(), policy));
  }

  @Test
  @DisplayName("every timer fires once and in order, at its own instant, whenever due work happens to run")
  void timersFireOnceInOrder() {
    TestShop shop = new TestShop(new InMemoryStorage(), b -> b.sla(settings()));
    shop.register("c");
    qt().withExamples(60).forAll(lists().of(moves()).ofSizeBetween(1, 25)).checkAssert(moves -> {
      shop.clock.set(BASE);
      Ticket t = shop.kefu.tickets().open(OpenTicket.of(by(AGENT), CustomerId.of("c"), TicketKind.AFTER_SALE, Channel.EMAIL, "s", "m"));
      shop.kefu.tickets().assign(new AssignTicket(by(AGENT), t.id(), AGENT));
      for (Move m : moves) {
        shop.clock.advance(Duration.ofMinutes(m.minutes()));
        Ticket now = shop.kefu.tickets().find(t.id()).orElseThrow();
        Instant at = shop.clock.instant();
        StaffId who = now.owner().orElse(AGENT); // the owner acts
        switch (m.step()) {
          case RESPOND -> {
            if (now.status() != TicketStatus.RESOLVED && now.status() != TicketStatus.CLOSED) {
              shop.kefu.tickets().respond(RespondToTicket.of(by(who), t.id(), "answer"));
            }
          }
          case AWAIT -> {
            if (now.status() == TicketStatus.IN_PROGRESS) {
              shop.kefu.tickets().awaitCustomer(new AwaitCustomer(by(who), t.id()));
            }
          }
          case CUSTOMER_WRITES -> {
            if (now.status() != TicketStatus.CLOSED) {
              shop.kefu.tickets().logContact(new LogContact(by(who), t.id(), at, at, Channel.EMAIL, 1, 0, "customer", null));
            }
          }
          case RESOLVE -> {
            if (now.status() != TicketStatus.RESOLVED && now.status() != TicketStatus.CLOSED) {
              shop.kefu.tickets().resolve(new ResolveTicket(by(who), t.id(), "done"));
            }
          }
          case REOPEN -> {
            if (now.status() == TicketStatus.RESOLVED) {
              shop.kefu.tickets().reopen(new ReopenTicket(by(who), t.id(), "again"));
            }
          }
          case REASSIGN -> {
            if (now.status() != TicketStatus.RESOLVED && now.status() != TicketStatus.CLOSED) {
              StaffId other = now.owner().filter(AGENT::equals).isPresent() ? AGENT_2 : AGENT;
              shop.kefu.tickets().assign(new AssignTicket(by(TestShop.LEAD), t.id(), other));
            }
          }
          case RUN_DUE -> shop.kefu.runDueWork();
          case WAIT_LONG -> {
            shop.clock.advance(Duration.ofHours(5));
            shop.kefu.runDueWork();
          }
        }
        checkTimers(shop, t.id());
      }
      shop.clock.advance(Duration.ofDays(3));
      shop.kefu.runDueWork();
      checkClocks(shop, t.id());
    });
  }

  /**
   * Each clock's timer stands at its next threshold — the warning, else the breach, else the
   * ladder's next step — and a clock that does not run, or has climbed its whole ladder, has none;
   * whether a command moved the threshold or left it (a reassignment) where it was.
   */
  private static void checkTimers(TestShop shop, TicketId ticket) {
    for (SlaClock c : shop.storage.slaClocks().list(SlaClockQuery.all().withTicket(ticket), PageRequest.first(1000)).items()) {
      Optional<Instant> timer = shop.storage.dueWork().scheduled(c.id()).map(DueItem::dueAt);
      assertThat(timer).as("timer of %s", c.id()).isEqualTo(nextThreshold(c));
    }
  }

  private static Optional<Instant> nextThreshold(SlaClock c) {
    if (c.status() != SlaClock.Status.RUNNING) {
      return Optional.empty();
    }
    ClockMath math = new ClockMath(c, CALENDAR);
    if (!c.breached()) {
      boolean warns = c.warnAfter().compareTo(c.target().duration()) < 0;
      return !c.warned() && warns ? math.warnAt() : math.dueAt();
    }
    if (c.escalationsFired() == c.escalation().size()) {
      return Optional.empty();
    }
    Instant breach = c.log().stream().filter(e -> e.kind() == ClockEntry.Kind.BREACHED).findFirst().orElseThrow().at();
    return Optional.of(breach.plus(c.escalation().get(c.escalationsFired()).afterBreach()));
  }

  private static void checkClocks(TestShop shop, TicketId ticket) {
    Map<String, List<DomainEvent>> events = new HashMap<>();
    for (var stored : shop.storage.eventLog().readAfter(0, 1_000_000)) {
      events.computeIfAbsent(stored.event().aggregateId(), k -> new ArrayList<>()).add(stored.event());
    }
    for (SlaClock c : shop.storage.slaClocks().list(SlaClockQuery.all().withTicket(ticket), PageRequest.first(1000)).items()) {
      List<ClockEntry.Kind> kinds = c.log().stream().map(ClockEntry::kind).toList();
      assertThat(c.log()).extracting(ClockEntry::at).isSorted();
      assertThat(kinds.stream().filter(k -> k == ClockEntry.Kind.WARNED)).hasSizeLessThanOrEqualTo(1);
      assertThat(kinds.stream().filter(k -> k == ClockEntry.Kind.BREACHED)).hasSizeLessThanOrEqualTo(1);
      assertThat(kinds.stream().filter(k -> k == ClockEntry.Kind.ESCALATED)).hasSizeLessThanOrEqualTo(c.escalation().size());
      int warned = kinds.indexOf(ClockEntry.Kind.WARNED);
      int breached = kinds.indexOf(ClockEntry.Kind.BREACHED);
      int firstEscalation = kinds.indexOf(ClockEntry.Kind.ESCALATED);
      if (breached >= 0 && warned >= 0) {
        assertThat(warned).isLessThan(breached);
      }
      if (firstEscalation >= 0) {
        assertThat(breached).isBetween(0, firstEscalation);
      }
      List<DomainEvent> own = events.getOrDefault(c.id(), List.of());
      assertThat(own.stream().filter(SlaWarningRaised.class::isInstance)).hasSize(kinds.contains(ClockEntry.Kind.WARNED) ? 1 : 0);
      assertThat(own.stream().filter(SlaBreached.class::isInstance)).hasSize(breached >= 0 ? 1 : 0);
      assertThat(own.stream().filter(SlaEscalated.class::isInstance).map(e -> ((SlaEscalated) e).step()).toList())
          .as("escalation steps fire once each, in order").isEqualTo(
              java.util.stream.IntStream.rangeClosed(1, (int) kinds.stream().filter(k -> k == ClockEntry.Kind.ESCALATED).count()).boxed().toList());
      if (breached >= 0) {
        // the breach is recorded at the due instant itself: the counted time there is the target
        SlaClock upToBreach = c.toBuilder().log(c.log().subList(0, breached)).status(SlaClock.Status.RUNNING).build();
        assertThat(new ClockMath(upToBreach, CALENDAR).elapsed(c.log().get(breached).at())).isEqualTo(c.target().duration());
      }
      if (c.status() == SlaClock.Status.RUNNING) {
        // three days later every running clock has breached and climbed its whole ladder
        assertThat(c.breached()).isTrue();
        assertThat(c.escalationsFired()).isEqualTo(c.escalation().size());
      }
    }
  }
}
