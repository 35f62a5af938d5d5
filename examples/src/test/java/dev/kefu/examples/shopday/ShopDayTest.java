package dev.kefu.examples.shopday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.calendar.BusinessCalendar;
import dev.kefu.sla.SlaPolicies;
import dev.kefu.sla.SlaPolicy;
import dev.kefu.sla.SlaReport;
import dev.kefu.spi.Channel;
import dev.kefu.spi.customer.ClassificationChange;
import dev.kefu.spi.customer.Customer;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.customer.CustomerQuery;
import dev.kefu.spi.customer.Tier;
import dev.kefu.spi.event.DomainEvent;
import dev.kefu.spi.event.SlaBreached;
import dev.kefu.spi.event.SlaEscalated;
import dev.kefu.spi.event.SlaWarningRaised;
import dev.kefu.spi.event.StoredEvent;
import dev.kefu.spi.event.TicketAssigned;
import dev.kefu.spi.sla.ClockEntry;
import dev.kefu.spi.sla.SlaClock;
import dev.kefu.spi.sla.SlaClockQuery;
import dev.kefu.spi.sla.SlaMetric;
import dev.kefu.spi.sla.SlaTarget;
import dev.kefu.spi.staff.Role;
import dev.kefu.spi.staff.StaffDirectory;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.staff.StaffMember;
import dev.kefu.spi.store.PageRequest;
import dev.kefu.spi.ticket.ContactLogEntry;
import dev.kefu.spi.ticket.Priority;
import dev.kefu.spi.ticket.Ticket;
import dev.kefu.spi.ticket.TicketId;
import dev.kefu.spi.ticket.TicketKind;
import dev.kefu.spi.ticket.TicketQuery;
import dev.kefu.spi.ticket.TicketStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A small shop day: 200 customers, 500 contacts. Counts are checked against kefu's store: its
 * tickets, customers, SLA clocks and event log, read through the storage ports rather than the
 * summary's code path.
 */
class ShopDayTest {

  private static final DayOptions SMALL = new DayOptions(42, 200, 500);

  private static Simulation.Outcome day;
  private static List<Ticket> tickets;
  private static List<Customer> customers;

  @BeforeAll
  static void runTheDay() {
    day = Simulation.run(SMALL);
    // read the store through its own port, not through the summary's code path
    tickets = readAll(p -> day.storage().tickets().list(TicketQuery.all(), p).items());
    customers = readAll(p -> day.storage().customers().list(CustomerQuery.all(), p).items());
  }

  private static <T> List<T> readAll(Function<PageRequest, List<T>> page) {
    List<T> all = new ArrayList<>();
    for (PageRequest p = PageRequest.first(100); ; p = p.next()) {
      List<T> items = page.apply(p);
      all.addAll(items);
      if (items.size() < p.limit()) {
        return all;
      }
    }
  }

  @Test
  void theSameSeedPrintsTheSameSummary() {
    String again = Simulation.run(SMALL).summary().render();

    assertThat(again).isEqualTo(day.summary().render());
  }

  @Test
  void anotherSeedGivesAnotherDay() {
    String other = Simulation.run(new DayOptions(43, 200, 500)).summary().render();

    assertThat(other).isNotEqualTo(day.summary().render());
  }

  @Test
  void everyContactOpensATicketAndTicketsByStatusAddUpToThem() {
    Map<TicketStatus, Long> byStatus = day.summary().ticketsByStatus();
    Map<TicketStatus, Long> stored = new EnumMap<>(TicketStatus.class);
    tickets.forEach(t -> stored.merge(t.status(), 1L, Long::sum));

    assertThat(day.tally().ticketsOpened).isEqualTo(SMALL.contacts());
    assertThat(tickets).hasSize(SMALL.contacts());
    assertThat(byStatus.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(SMALL.contacts());
    assertThat(byStatus).containsAllEntriesOf(stored);
    assertThat(day.summary().render()).contains("Tickets: 500 opened");
  }

  @Test
  void customersByTierAddUpToTheCustomerBase() {
    Map<Tier, Long> stored = customers.stream().collect(Collectors.groupingBy(Customer::tier, Collectors.counting()));

    assertThat(customers).hasSize(SMALL.customers());
    assertThat(day.summary().customersByTier()).containsAllEntriesOf(stored);
    assertThat(day.summary().customersByTier().values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(SMALL.customers());
  }

  @Test
  @DisplayName("TK-3: contacts per staff member add up to the contact-log entries staff handled")
  void contactsPerStaffMemberComeFromTheContactLogs() {
    Map<StaffId, Long> handled = new HashMap<>();
    long byNobody = 0;
    for (Ticket t : tickets) {
      for (ContactLogEntry e : t.contactLog()) {
        if (e.handledBy().isPresent()) {
          handled.merge(e.handledBy().get(), 1L, Long::sum);
        } else {
          byNobody++;
        }
      }
    }
    Map<StaffId, Long> perStaff = day.summary().contactsHandled();

    assertThat(perStaff.values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(handled.values().stream().mapToLong(Long::longValue).sum())
        .isGreaterThan(SMALL.contacts()); // every ticket has its first entry and at least some answers
    assertThat(perStaff).containsAllEntriesOf(handled);
    assertThat(day.summary().unattributedContacts()).isEqualTo(byNobody);
  }

  @Test
  @DisplayName("CU-4: a VIP customer's tickets are owned by the VIP desk or a lead")
  void vipCustomersAreServedByTheVipDeskOrALead() {
    Map<CustomerId, Instant> vipSince = new HashMap<>();
    for (Customer c : customers) {
      if (c.tier() == Tier.VIP) {
        vipSince.put(c.id(), lastBecameVip(c));
      }
    }
    List<Ticket> vipTickets = tickets.stream().filter(t -> vipSince.containsKey(t.customer())).toList();

    assertThat(vipTickets).isNotEmpty();
    for (Ticket t : vipTickets) {
      StaffId owner = t.owner().orElseThrow(() -> new AssertionError("ticket " + t.id() + " has no owner"));
      // a ticket settled before its customer became VIP keeps the agent who settled it
      boolean settledBefore = t.resolvedAt().filter(r -> r.isBefore(vipSince.get(t.customer()))).isPresent()
          && (t.status() == TicketStatus.RESOLVED || t.status() == TicketStatus.CLOSED);
      assertThat(day.staffing().servesVip(owner) || settledBefore)
          .as("ticket %s of VIP customer %s is owned by %s", t.id(), t.customer(), owner)
          .isTrue();
    }
  }

  private static Instant lastBecameVip(Customer c) {
    Optional<ClassificationChange> change = c.classificationHistory().stream()
        .filter(h -> h.dimension() == ClassificationChange.Dimension.TIER && h.to().equals(Tier.VIP.name()))
        .reduce((first, second) -> second);
    return change.orElseThrow(() -> new AssertionError("VIP " + c.id() + " has no tier change to VIP")).at();
  }

  @Test
  @DisplayName("ST-2: at the handover the early shift's open tickets go to the late shift")
  void theEarlyShiftLeavesNoOpenTicketBehind() {
    List<StaffId> early = day.staffing().membersOf(Staffing.EARLY);
    List<Ticket> open = tickets.stream()
        .filter(t -> t.status() != TicketStatus.RESOLVED && t.status() != TicketStatus.CLOSED && t.owner().isPresent())
        .toList();

    assertThat(open).isNotEmpty();
    assertThat(open).noneMatch(t -> early.contains(t.owner().get()));
    assertThat(day.tally().handedOver).isPositive();
  }

  @Test
  void notificationsAreDeliveredAndCountedAlike() {
    long stored = day.storage().counts().get("outbox.delivered");
    long byGateways = day.gateways().deliveredByChannel().values().stream().mapToLong(Integer::longValue).sum();

    assertThat(day.summary().notificationsDelivered()).isPositive();
    assertThat((long) day.summary().notificationsDelivered()).isEqualTo(stored).isEqualTo(byGateways);
    assertThat(day.gateways().deliveredByChannel()).containsKeys(Channel.SMS, Channel.APP);
  }

  @Test
  void theDailyReclassificationRunsOnceAfterMidnight() {
    assertThat(day.tally().reclassificationRuns).isEqualTo(1);
    assertThat(day.tally().dueWorkRuns).as("due work also runs for the SLA timers").isGreaterThan(1);
    assertThat(day.summary().render()).contains("daily reclassification (kefu due work, 1 run)");
  }

  // ---- SLA ---------------------------------------------------------------------------------------

  private static List<SlaClock> clocks() {
    return readAll(p -> day.storage().slaClocks().list(SlaClockQuery.all(), p).items());
  }

  private static List<StoredEvent> events() {
    List<StoredEvent> all = new ArrayList<>();
    for (long after = 0; ; ) {
      List<StoredEvent> batch = day.storage().eventLog().readAfter(after, 1_000);
      if (batch.isEmpty()) {
        return all;
      }
      all.addAll(batch);
      after = batch.get(batch.size() - 1).position();
    }
  }

  private static <T> List<T> eventsOf(Class<T> type) {
    return events().stream().map(StoredEvent::event).filter(type::isInstance).map(type::cast).toList();
  }

  private static boolean endsInTheDay(SlaClock c) {
    Instant end = c.endedAt().orElseThrow();
    return !end.isBefore(day.day().importStart()) && end.isBefore(day.day().close());
  }

  @Test
  @DisplayName("SLA: per metric, the summary counts the clocks fulfilled in the day; met and breached add up")
  void slaAchievementPerMetricAgreesWithTheClockStore() {
    Map<String, List<SlaClock>> fulfilled = clocks().stream()
        .filter(c -> c.status() == SlaClock.Status.FULFILLED && endsInTheDay(c))
        .collect(Collectors.groupingBy(c -> c.metric().name()));
    List<SlaReport.Row> rows = day.summary().sla().byMetric();

    assertThat(rows).extracting(SlaReport.Row::metric).containsExactlyInAnyOrderElementsOf(fulfilled.keySet())
        .contains("FIRST_RESPONSE", "NEXT_RESPONSE", "PERIODIC_UPDATE", "RESOLUTION");
    String text = day.summary().render();
    for (SlaReport.Row r : rows) {
      List<SlaClock> mine = fulfilled.get(r.metric());
      long breached = mine.stream().filter(SlaClock::breached).count();
      List<Duration> times = mine.stream()
          .map(c -> day.kefu().sla().math(c).elapsed(c.endedAt().orElseThrow())).sorted().toList();
      assertThat(r.count()).as(r.metric()).isEqualTo(mine.size());
      assertThat(r.met() + r.breached()).as(r.metric()).isEqualTo(r.count());
      assertThat(r.breached()).as(r.metric()).isEqualTo(breached);
      assertThat(r.median()).as(r.metric()).isEqualTo(times.get((int) Math.ceil(0.5 * times.size()) - 1));
      assertThat(r.p90()).as(r.metric()).isEqualTo(times.get((int) Math.ceil(0.9 * times.size()) - 1));
      String label = r.metric().toLowerCase(Locale.ROOT).replace('_', ' ');
      assertThat(text).as(r.metric()).containsPattern("\\n  " + label + " +" + TextTable.count(r.count()) + " +"
          + TextTable.count(r.met()) + " +" + TextTable.count(r.breached()) + " +"
          + Pattern.quote(TextTable.percent(r.met(), r.count())) + " ");
    }
    long met = rows.stream().mapToLong(SlaReport.Row::met).sum();
    long breached = rows.stream().mapToLong(SlaReport.Row::breached).sum();
    assertThat(breached).as("some promises break at busy hours").isPositive();
    assertThat(met).as("most are kept").isGreaterThan(9 * breached);
  }

  @Test
  @DisplayName("SLA: first response per channel and tier adds up to the first-response row")
  void firstResponsePerChannelAndTierAddsUp() {
    SlaReport report = day.summary().sla().report();
    SlaReport.Row all = firstResponse(report.rows("metric")).get(0);
    for (String dimension : List.of("channel", "tier")) {
      List<SlaReport.Row> rows = firstResponse(report.rows(dimension));
      assertThat(rows.stream().mapToLong(SlaReport.Row::count).sum()).as(dimension).isEqualTo(all.count());
      assertThat(rows.stream().mapToLong(SlaReport.Row::breached).sum()).as(dimension).isEqualTo(all.breached());
    }
    assertThat(day.summary().render()).contains("first response by channel", "first response by tier");
  }

  private static List<SlaReport.Row> firstResponse(List<SlaReport.Row> rows) {
    return rows.stream().filter(r -> r.metric().equals(SlaMetric.FIRST_RESPONSE.name())).toList();
  }

  @Test
  @DisplayName("SLA: clocks still open at close, and those of them breached, are the store's")
  void openClocksAtCloseAreTheStores() {
    Map<SlaMetric, Long> open = clocks().stream().filter(c -> c.status().isOpen())
        .collect(Collectors.groupingBy(SlaClock::metric, () -> new EnumMap<>(SlaMetric.class), Collectors.counting()));
    Map<String, Long> openBreached = clocks().stream().filter(c -> c.status().isOpen() && c.breached())
        .collect(Collectors.groupingBy(c -> c.metric().name(), Collectors.counting()));

    assertThat(open).isNotEmpty();
    assertThat(day.summary().sla().openAtClose()).containsAllEntriesOf(open);
    assertThat(day.summary().sla().openAtClose().values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(open.values().stream().mapToLong(Long::longValue).sum());
    assertThat(day.summary().sla().report().openBreached()).isEqualTo(openBreached);
  }

  @Test
  @DisplayName("SLA: warnings, breaches and escalations in the summary are the events in the log, once per clock")
  void warningsBreachesAndEscalationsAreTheLoggedEvents() {
    List<SlaClock> clocks = clocks();
    List<SlaWarningRaised> warnings = eventsOf(SlaWarningRaised.class);
    List<SlaBreached> breaches = eventsOf(SlaBreached.class);
    List<SlaEscalated> escalations = eventsOf(SlaEscalated.class);
    SlaSection sla = day.summary().sla();

    assertThat(escalations).isNotEmpty();
    assertThat(sla.warnings()).isEqualTo(warnings.size())
        .isEqualTo(clocks.stream().filter(SlaClock::warned).count());
    assertThat(sla.breaches()).isEqualTo(breaches.size())
        .isEqualTo(clocks.stream().filter(SlaClock::breached).count());
    assertThat(sla.escalations()).extracting(SlaSection.Escalation::event).containsExactlyElementsOf(escalations);
    assertThat(sla.escalationsPerStep().values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(escalations.size());
    Map<String, List<Integer>> stepsPerClock = escalations.stream().collect(
        Collectors.groupingBy(SlaEscalated::clockId, Collectors.mapping(SlaEscalated::step, Collectors.toList())));
    for (SlaClock c : clocks) {
      List<Integer> steps = stepsPerClock.getOrDefault(c.id(), List.of());
      assertThat(steps).as(c.id()).hasSize(c.escalationsFired());
      assertThat(steps).as("%s climbs the ladder in order", c.id())
          .isEqualTo(java.util.stream.IntStream.rangeClosed(1, steps.size()).boxed().toList());
      assertThat(c.escalationsFired() == 0 || c.breached()).as("%s escalated without a breach", c.id()).isTrue();
    }
    assertThat(day.summary().render()).contains(String.format(Locale.ROOT,
        "warnings raised %s, breaches %s, escalations %s", TextTable.count(warnings.size()),
        TextTable.count(breaches.size()), TextTable.count(escalations.size())));
  }

  @Test
  @DisplayName("TK-5, ST-1: every escalation went up the owner's reporting line, to the nearest one in the step's role")
  void everyEscalationWentUpTheOwnersReportingLine() {
    StaffDirectory staff = day.staffing().directory();
    Map<TicketId, StaffId> owners = new HashMap<>();
    int checked = 0;
    int toTheRole = 0;
    for (StoredEvent stored : events()) {
      if (stored.event() instanceof TicketAssigned a) {
        owners.put(a.ticket(), a.to());
      } else if (stored.event() instanceof SlaEscalated e) {
        SlaClock clock = day.storage().slaClocks().find(e.clockId()).orElseThrow();
        List<StaffMember> line = new ArrayList<>();
        StaffId owner = owners.get(e.ticket());
        if (owner == null) { // nobody owns it yet: its queue's lead answers for it
          StaffId lead = day.sla().queueLead(clock.kind()).orElseThrow();
          line.add(staff.find(lead).orElseThrow());
          owner = lead;
        }
        line.addAll(staff.reportingLine(owner));
        StaffId to = e.to().orElseThrow(() -> new AssertionError("escalation to nobody: " + e));
        Role stepRole = clock.escalation().get(e.step() - 1).role();
        Optional<StaffMember> nearest = line.stream().filter(m -> m.role() == stepRole).findFirst();

        assertThat(e.role()).isEqualTo(stepRole).isEqualTo(SlaPolicies.DEFAULT_LADDER.get(e.step() - 1).role());
        assertThat(line).extracting(StaffMember::id).as("%s of ticket owned by %s", e, owner).contains(to);
        if (nearest.isPresent()) {
          assertThat(to).as("%s of ticket owned by %s", e, owner).isEqualTo(nearest.get().id());
          toTheRole++;
        } else {
          // only a lead's own ticket has nobody in the step's role above: no team lead over a
          // team lead; kefu then goes to the nearest more senior person, the supervisor
          assertThat(staff.find(owner).orElseThrow().role()).as("owner of %s", e).isEqualTo(Role.TEAM_LEAD);
          assertThat(stepRole).isEqualTo(Role.TEAM_LEAD);
          assertThat(to).isEqualTo(StaffId.of("supervisor"));
        }
        checked++;
      }
    }
    assertThat(checked).isEqualTo(day.summary().sla().escalations().size()).isPositive();
    assertThat(toTheRole).isPositive();
  }

  @Test
  @DisplayName("ST-1: every reporting line runs agent, team lead, supervisor, shop manager")
  void everyReportingLineEndsWithTheShopManager() {
    StaffDirectory staff = day.staffing().directory();
    for (Staffing.Post p : day.staffing().roster()) {
      List<Role> line = staff.reportingLine(p.id()).stream().map(StaffMember::role).toList();
      List<Role> expected = switch (p.role()) {
        case AGENT, VIP_AGENT -> List.of(Role.TEAM_LEAD, Role.SUPERVISOR, Role.SHOP_MANAGER);
        case TEAM_LEAD, QA -> List.of(Role.SUPERVISOR, Role.SHOP_MANAGER);
        case SUPERVISOR -> List.of(Role.SHOP_MANAGER);
        default -> List.of();
      };
      assertThat(line).as(p.id().value()).isEqualTo(expected);
    }
  }

  @Test
  @DisplayName("SLA timers fire on time: kefu's due work runs at kefu.nextDueAt(), at worst a minute late")
  void slaTimersFireOnTime() {
    Map<String, SlaClock> clocks = clocks().stream().collect(Collectors.toMap(SlaClock::id, c -> c));
    int checked = 0;
    for (StoredEvent stored : events()) {
      DomainEvent e = stored.event();
      String clockId;
      ClockEntry.Kind kind;
      if (e instanceof SlaWarningRaised w) {
        clockId = w.clockId();
        kind = ClockEntry.Kind.WARNED;
      } else if (e instanceof SlaEscalated x) {
        clockId = x.clockId();
        kind = ClockEntry.Kind.ESCALATED;
      } else {
        continue;
      }
      Instant firedAt = e.meta().occurredAt();
      // the n-th event of a kind on a clock is the clock's n-th entry of that kind
      List<ClockEntry> entries = clocks.get(clockId).log().stream().filter(x -> x.kind() == kind).toList();
      assertThat(entries).extracting(ClockEntry::at).as("%s %s", kind, clockId)
          .anySatisfy(at -> assertThat(Duration.between(at, firedAt)).isBetween(Duration.ZERO, Duration.ofMinutes(1)));
      checked++;
    }
    assertThat(checked).isPositive();
  }

  @Test
  @DisplayName("the shop calendar is the two shifts: business time runs 08:30 to 01:00 and stands still overnight")
  void theShopCalendarIsTheTwoShifts() {
    BusinessCalendar shop = day.sla().calendars().get(SlaPolicy.SHOP_CALENDAR);

    assertThat(shop.between(day.day().open(), day.day().close())).isEqualTo(Duration.ofHours(16).plusMinutes(30));
    assertThat(shop.isOpen(day.day().open())).isTrue();
    assertThat(shop.isOpen(day.day().open().minusSeconds(1))).isFalse();
    assertThat(shop.isOpen(day.day().close())).isFalse();
    assertThat(shop.plus(day.day().close().minusSeconds(60), Duration.ofMinutes(5)))
        .as("a chat at 00:59 is due at 08:34 the next morning")
        .isEqualTo(day.day().open().plus(Duration.ofDays(1)).plusSeconds(240));
    assertThat(day.sla().policies().match(Tier.STANDARD, Channel.ONLINE_CHAT, TicketKind.PRE_SALE_INQUIRY,
        Priority.NORMAL).target(SlaMetric.FIRST_RESPONSE))
        .as("TK-4 stays").contains(SlaTarget.business(Duration.ofMinutes(5)));
    assertThat(day.sla().defaultQueueLead()).isPresent();
  }

  @Test
  void argumentsAreReadAndCheckedWithUsefulMessages() {
    DayOptions o = DayOptions.parse(List.of("--seed", "7", "--customers", "300"));

    assertThat(o).isEqualTo(new DayOptions(7, 300, 5_000));
    assertThat(DayOptions.parse(List.of())).isEqualTo(DayOptions.defaults());
    assertThatThrownBy(() -> DayOptions.parse(List.of("--shops", "2"))).hasMessageContaining("unknown argument --shops");
    assertThatThrownBy(() -> DayOptions.parse(List.of("--seed"))).hasMessageContaining("--seed needs a value");
    assertThatThrownBy(() -> DayOptions.parse(List.of("--contacts", "many"))).hasMessageContaining("whole number");
    assertThatThrownBy(() -> DayOptions.parse(List.of("--customers", "3"))).hasMessageContaining("10 to 1,000,000");
  }
}
