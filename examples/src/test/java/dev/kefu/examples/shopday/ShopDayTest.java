package dev.kefu.examples.shopday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.calendar.BusinessCalendar;
import dev.kefu.complaint.ComplaintStatistics;
import dev.kefu.revisit.CampaignSummary;
import dev.kefu.revisit.RestHours;
import dev.kefu.spi.complaint.AgentRecord;
import dev.kefu.spi.complaint.Complaint;
import dev.kefu.spi.complaint.ComplaintClassification;
import dev.kefu.spi.complaint.ComplaintQuery;
import dev.kefu.spi.complaint.ComplaintStatus;
import dev.kefu.spi.complaint.ComplaintStep;
import dev.kefu.spi.complaint.Satisfaction;
import dev.kefu.spi.event.ComplaintEvent;
import dev.kefu.spi.event.OrderRecorded;
import dev.kefu.spi.event.SurveyAnswered;
import dev.kefu.spi.revisit.Revisit;
import dev.kefu.spi.revisit.RevisitOutcome;
import dev.kefu.spi.revisit.RevisitQuery;
import dev.kefu.spi.store.EventLog;
import dev.kefu.survey.CsatReport;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeMap;
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
 * A shop day of 1,000 customers and 3,000 contacts, big enough for a dozen complaints. Counts are
 * checked against kefu's store: its tickets, customers, SLA clocks, complaints, revisits and event
 * log, read through the storage ports rather than the summary's code path. The day's sections are
 * checked against the store as it stood when the desk closed; the complaints, revisits and
 * satisfaction against the store after the back office.
 */
class ShopDayTest {

  private static final DayOptions SMALL = new DayOptions(42, 1_000, 3_000);

  private static Simulation.Outcome day;
  private static List<Ticket> tickets;
  private static List<Customer> customers;
  private static List<SlaClock> clocksAtClose;
  private static List<Complaint> complaintsAtClose;
  private static long lastPositionAtClose;

  @BeforeAll
  static void runTheDay() {
    day = Simulation.run(SMALL, storage -> {
      // read the store through its own ports, not through the summary's code path, when the desk closes
      tickets = readAll(p -> storage.tickets().list(TicketQuery.all(), p).items());
      customers = readAll(p -> storage.customers().list(CustomerQuery.all(), p).items());
      clocksAtClose = readAll(p -> storage.slaClocks().list(SlaClockQuery.all(), p).items());
      complaintsAtClose = readAll(p -> storage.complaints().list(ComplaintQuery.all(), p).items());
      lastPositionAtClose = allEvents(storage.eventLog()).stream().mapToLong(StoredEvent::position).max().orElse(0);
    });
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
  @DisplayName("every contact opens a ticket (a complaint's by kefu); kefu opens the planned revisits' tickets; by status they add up")
  void everyContactOpensATicketAndTicketsByStatusAddUpToThem() {
    Map<TicketStatus, Long> byStatus = day.summary().ticketsByStatus();
    Map<TicketStatus, Long> stored = new EnumMap<>(TicketStatus.class);
    tickets.forEach(t -> stored.merge(t.status(), 1L, Long::sum));
    long revisitTickets = tickets.stream().filter(t -> plannedRevisitTickets().contains(t.id())).count();
    long complaintTickets = complaintsAtClose.stream().map(Complaint::ticket).distinct().count();

    assertThat(day.tally().ticketsOpened).isEqualTo(SMALL.contacts());
    assertThat(complaintTickets).isEqualTo(complaintsAtClose.size()).isEqualTo(day.tally().complaintsRegistered)
        .isPositive();
    assertThat(tickets).hasSize(SMALL.contacts() + (int) revisitTickets);
    assertThat(tickets.stream().filter(t -> t.kind() == TicketKind.REVISIT && t.openedAt().isBefore(day.day().close())))
        .as("the desk's own revisit calls and the ones kefu planned").hasSizeGreaterThan((int) revisitTickets);
    assertThat(byStatus.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(tickets.size());
    assertThat(byStatus).containsAllEntriesOf(stored);
    assertThat(day.summary().render()).contains("Tickets at close: " + TextTable.count(tickets.size()) + " opened",
        TextTable.count(complaintTickets) + " of them opened by kefu with a complaint; " + revisitTickets
            + " by kefu for the revisit");
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
  @DisplayName("ST-2: at the handover the early shift's open tickets go to the late shift; tomorrow's revisit calls stay with the complaint's owner")
  void theEarlyShiftLeavesNoOpenTicketBehind() {
    List<StaffId> early = day.staffing().membersOf(Staffing.EARLY);
    Set<TicketId> planned = plannedRevisitTickets();
    List<Ticket> open = tickets.stream()
        .filter(t -> t.status() != TicketStatus.RESOLVED && t.status() != TicketStatus.CLOSED && t.owner().isPresent())
        .toList();
    Map<TicketId, StaffId> revisitOwners = revisits().stream()
        .collect(Collectors.toMap(Revisit::ticket, Revisit::owner));

    assertThat(open).isNotEmpty();
    assertThat(open).filteredOn(t -> !planned.contains(t.id())).noneMatch(t -> early.contains(t.owner().get()));
    assertThat(open).filteredOn(t -> planned.contains(t.id())).isNotEmpty().allSatisfy(t -> {
      StaffId owner = t.owner().get();
      assertThat(owner.equals(revisitOwners.get(t.id())) || day.staffing().servesVip(owner))
          .as("revisit ticket %s is with the complaint's owner %s or the VIP desk, not %s", t.id(),
              revisitOwners.get(t.id()), owner)
          .isTrue();
    });
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

  /** The tickets of the revisits kefu planned after accepted complaints. */
  private static Set<TicketId> plannedRevisitTickets() {
    return revisits().stream().map(Revisit::ticket).collect(Collectors.toSet());
  }

  // ---- SLA ---------------------------------------------------------------------------------------

  /** The SLA clocks as they stood when the desk closed. */
  private static List<SlaClock> clocks() {
    return clocksAtClose;
  }

  /** The events logged until the desk closed. */
  private static List<StoredEvent> events() {
    return allEvents(day.storage().eventLog()).stream().filter(e -> e.position() <= lastPositionAtClose).toList();
  }

  private static List<StoredEvent> allEvents(EventLog log) {
    List<StoredEvent> all = new ArrayList<>();
    for (long after = 0; ; ) {
      List<StoredEvent> batch = log.readAfter(after, 1_000);
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

  // ---- complaints, revisits, satisfaction ---------------------------------------------------------

  private static List<Complaint> complaints() {
    return readAll(p -> day.storage().complaints().list(ComplaintQuery.all(), p).items());
  }

  private static List<Revisit> revisits() {
    return readAll(p -> day.storage().revisits().list(RevisitQuery.all(), p).items());
  }

  private static <T> List<T> allEventsOf(Class<T> type) {
    return allEvents(day.storage().eventLog()).stream().map(StoredEvent::event).filter(type::isInstance)
        .map(type::cast).toList();
  }

  private static <K> Map<K, Long> countBy(List<Complaint> complaints, Function<Complaint, K> key) {
    return complaints.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
  }

  private static Optional<Instant> reviewedAt(Complaint c) {
    return c.history().stream().filter(h -> h.action().equals("REVIEW")).map(ComplaintStep::at).findFirst();
  }

  @Test
  @DisplayName("CP-2 to CP-9: complaints by status, at close and after the back office, are the store's")
  void complaintsByStatusAreTheStores() {
    ComplaintSection section = day.summary().complaints();
    Map<ComplaintStatus, Long> atClose = countBy(complaintsAtClose, Complaint::status);
    Map<ComplaintStatus, Long> atEnd = countBy(complaints(), Complaint::status);

    assertThat(section.atClose()).containsAllEntriesOf(atClose);
    assertThat(section.atEnd()).containsAllEntriesOf(atEnd);
    assertThat(section.atClose().values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(complaintsAtClose.size()).isEqualTo(complaints().size());
    assertThat(section.atEnd().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(complaints().size());
    assertThat(atEnd).as("the back office moved complaints on").isNotEqualTo(atClose);
    String text = day.summary().render();
    for (ComplaintStatus st : ComplaintStatus.values()) {
      assertThat(text).containsPattern("\\n  " + Summary.label(st) + " +" + section.atClose().get(st) + " +"
          + section.atEnd().get(st) + "\\n");
    }
  }

  @Test
  @DisplayName("CP-10: the complaint rate and the resolution rate, recomputed from the store and the event log")
  void ratesRecomputedFromTheStore() {
    ComplaintStatistics s = day.summary().complaints().statistics();
    Instant from = s.from();
    Instant to = s.to();
    List<Complaint> received = complaints().stream()
        .filter(c -> !c.registeredAt().isBefore(from) && c.registeredAt().isBefore(to)).toList();
    Set<ComplaintStatus> outcome = EnumSet.of(ComplaintStatus.ACCEPTED, ComplaintStatus.REVISITED,
        ComplaintStatus.REJECTED, ComplaintStatus.REVIEWED, ComplaintStatus.ARCHIVED);
    long resolved = received.stream().filter(c -> outcome.contains(c.status())).count();
    List<Instant> orders = allEventsOf(OrderRecorded.class).stream().map(OrderRecorded::occurredAt).toList();
    long inPeriod = orders.stream().filter(at -> !at.isBefore(from) && at.isBefore(to)).count();
    long imported = orders.stream().filter(at -> at.isBefore(day.day().open())).count();

    assertThat(from).isEqualTo(day.day().open());
    assertThat(to).isEqualTo(day.day().backOfficeEnd());
    assertThat(received).hasSize(complaints().size()).hasSize(day.tally().complaintsRegistered);
    assertThat(s.received()).isEqualTo(received.size()).isPositive();
    assertThat(s.resolved()).isEqualTo(resolved);
    assertThat(s.orders()).isEqualTo(inPeriod).isEqualTo(day.tally().ordersToday);
    assertThat(imported).as("the morning's import of past orders lies before the period")
        .isEqualTo(day.tally().pastOrdersImported);
    assertThat(s.complaintRate()).isEqualTo((double) received.size() / inPeriod);
    assertThat(s.complaintRateOnTarget()).isEqualTo((double) received.size() / inPeriod < 0.03);
    assertThat(s.resolutionRate()).isEqualTo((double) resolved / received.size());
    assertThat(day.summary().render()).containsPattern("\\n  complaint rate +"
        + Pattern.quote(TextTable.percent(received.size(), inPeriod)) + " +" + received.size() + " complaints? / "
        + TextTable.count(inPeriod) + " orders +below 3\\.0% +" + (s.complaintRateOnTarget() ? "yes" : "no") + "\\n")
        .containsPattern("\\n  resolution rate +" + Pattern.quote(TextTable.percent(resolved, received.size())) + " +"
            + resolved + " of " + received.size() + " with an outcome +100\\.0% +"
            + (resolved == received.size() ? "yes" : "no") + "\\n");
  }

  @Test
  @DisplayName("CP-8, QA-5: the classification table's rows are the complaints reviewed in the period, by cause, department and channel")
  void classificationRowsAreTheReviewedComplaints() {
    ComplaintStatistics s = day.summary().complaints().statistics();
    Instant previousFrom = s.from().minus(Duration.between(s.from(), s.to()));
    List<Complaint> reviewed = complaints().stream().filter(c -> reviewedAt(c)
        .filter(at -> !at.isBefore(s.from()) && at.isBefore(s.to())).isPresent()).toList();
    Map<String, Long> expected = new HashMap<>();
    for (Complaint c : reviewed) {
      ComplaintClassification k = c.classification().orElseThrow();
      assertThat(k.channel()).isEqualTo(c.channel());
      c.cause().ifPresent(found -> assertThat(k.cause()).as("%s is classified under the cause found", c.id())
          .isEqualTo(found));
      expected.merge("cause/" + k.cause(), 1L, Long::sum);
      expected.merge("department/" + k.department(), 1L, Long::sum);
      expected.merge("channel/" + k.channel(), 1L, Long::sum);
    }
    Map<String, Long> rows = s.rows().stream()
        .collect(Collectors.toMap(r -> r.dimension() + "/" + r.value(), ComplaintStatistics.Row::count));

    assertThat(reviewed).isNotEmpty();
    assertThat(rows).isEqualTo(expected);
    assertThat(complaints()).noneMatch(c -> reviewedAt(c).filter(at -> at.isBefore(s.from())).isPresent());
    assertThat(s.rows()).allSatisfy(r -> {
      assertThat(r.previous()).as("nothing was reviewed from %s", previousFrom).isZero();
      assertThat(r.change()).isEqualTo(r.count());
    });
    for (String dimension : List.of("cause", "department", "channel")) {
      assertThat(s.rows(dimension).stream().mapToLong(ComplaintStatistics.Row::count).sum()).isEqualTo(reviewed.size());
    }
    String text = day.summary().render();
    for (ComplaintStatistics.Row r : s.rows()) {
      assertThat(text).containsPattern("  " + r.value().toLowerCase(Locale.ROOT).replace('_', ' ') + " +" + r.count()
          + " +0 +\\+" + r.count() + "\\n");
    }
  }

  @Test
  @DisplayName("CP-3 to CP-8: no complaint was reviewed without an approved resolution, the customer's acceptance and a revisit, or a rejection with its explanation")
  void noComplaintIsReviewedWithoutTheWholeLoopOrARejection() {
    StaffDirectory staff = day.staffing().directory();
    List<Complaint> closed = complaints().stream()
        .filter(c -> c.status() == ComplaintStatus.REVIEWED || c.status() == ComplaintStatus.ARCHIVED).toList();
    int wholeLoop = 0;
    int rejected = 0;
    for (Complaint c : closed) {
      List<String> steps = c.history().stream().map(ComplaintStep::action).toList();
      int review = steps.indexOf("REVIEW");
      assertThat(review).as("%s has its review", c.id()).isPositive();
      assertThat(c.classification()).isPresent();
      if (steps.contains("REJECT")) {
        assertThat(c.rejectionExplanation()).as("%s was rejected with an explanation", c.id())
            .hasValueSatisfying(e -> assertThat(e).isNotBlank());
        assertThat(steps.subList(0, review)).containsExactly("REGISTER", "REJECT");
        rejected++;
      } else {
        List<String> loop = steps.subList(0, review).stream().filter(a -> !a.equals("VERIFY_AGENT_RECORD")).toList();
        assertThat(loop).as("%s went the whole loop", c.id()).startsWith("REGISTER", "SUBSTANTIATE", "RECORD_CAUSE")
            .endsWith("PROPOSE_RESOLUTION", "APPROVE_RESOLUTION", "CARRY_OUT", "RECORD_ACCEPTANCE", "RECORD_REVISIT");
        assertThat(c.approved()).isPresent();
        assertThat(c.acceptedAt()).isPresent();
        assertThat(c.revisitOutcome()).isPresent();
        assertThat(c.approvedBy().flatMap(staff::find).map(StaffMember::role)).contains(Role.SUPERVISOR);
        wholeLoop++;
      }
    }
    assertThat(wholeLoop).as("complaints reviewed after the whole loop").isPositive();
    assertThat(rejected).as("rejected complaints reviewed").isPositive();
    // CP-5: only the supervisor approved, every round
    List<ComplaintStep> approvals = complaints().stream().flatMap(c -> c.history().stream())
        .filter(h -> h.action().equals("APPROVE_RESOLUTION")).toList();
    assertThat(approvals).isNotEmpty().allSatisfy(h -> assertThat(h.by()).isEqualTo(day.staffing().supervisor()));
    assertThat(day.summary().complaints().approvedBy()).containsExactly(Map.entry("supervisor", (long) approvals.size()));
    assertThat(approvals.size()).as("a refusal sends the complaint back for new options and a new approval")
        .isEqualTo(complaints().stream().mapToInt(Complaint::refusals).sum()
            + complaints().stream().filter(c -> c.approved().isPresent()).count());
  }

  @Test
  @DisplayName("CP-11, CP-12: serious cases escalated at registration; the records on named agents as QA decided them")
  void seriousCasesAndAgentRecordsAreTheStores() {
    ComplaintSection section = day.summary().complaints();
    long serious = complaints().stream().filter(Complaint::serious).count();
    long escalated = allEventsOf(ComplaintEvent.class).stream().filter(e -> e.type().equals("complaint.escalated"))
        .count();
    Map<AgentRecord.Status, Long> records = complaints().stream().flatMap(c -> c.agentRecord().stream())
        .collect(Collectors.groupingBy(AgentRecord::status, Collectors.counting()));

    assertThat(section.serious()).isEqualTo(serious).isEqualTo(escalated).isPositive();
    assertThat(section.escalated()).isEqualTo(escalated);
    assertThat(day.gateways().deliveredByTemplate()).containsEntry("complaint.escalated",
        (int) complaintsAtClose.stream().filter(Complaint::serious).count());
    assertThat(section.agentRecords().values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(complaints().stream().filter(c -> c.agentRecord().isPresent()).count());
    records.forEach((status, n) -> assertThat(section.agentRecords()).containsEntry(status, n));
    assertThat(complaints()).filteredOn(c -> c.agentRecord().isPresent()).isNotEmpty().allSatisfy(c -> {
      assertThat(c.aboutAgent()).contains(c.agentRecord().get().agent());
      c.agentRecord().get().decidedBy().ifPresent(qa -> assertThat(qa).isEqualTo(day.staffing().qualityAnalyst()));
    });
    assertThat(day.summary().render()).contains("serious cases, escalated to the supervisor at registration: " + serious,
        String.format(Locale.ROOT, "QA verified %d, dismissed %d, pending %d",
            records.getOrDefault(AgentRecord.Status.VERIFIED, 0L), records.getOrDefault(AgentRecord.Status.DISMISSED, 0L),
            records.getOrDefault(AgentRecord.Status.PENDING, 0L)));
  }

  @Test
  @DisplayName("the complaint policy keeps the stage SLAs on the complaints' tickets: acknowledged within a business hour, resolved within a business day")
  void complaintStageSlasAreTheComplaintTicketsClocks() {
    SlaPolicy complaintsPolicy = day.sla().policies().match(Tier.VIP, Channel.EMAIL, TicketKind.COMPLAINT,
        Priority.URGENT);
    SlaPolicy revisitsPolicy = day.sla().policies().match(Tier.STANDARD, Channel.PHONE, TicketKind.REVISIT,
        Priority.NORMAL);
    Set<TicketId> complaintTickets = complaints().stream().map(Complaint::ticket).collect(Collectors.toSet());
    List<SlaClock> theirs = readAll(p -> day.storage().slaClocks().list(SlaClockQuery.all(), p).items()).stream()
        .filter(c -> complaintTickets.contains(c.ticket())).toList();

    assertThat(complaintsPolicy.id()).isEqualTo("complaints");
    assertThat(complaintsPolicy.target(SlaMetric.FIRST_RESPONSE)).contains(SlaTarget.business(Duration.ofHours(1)));
    assertThat(complaintsPolicy.target(SlaMetric.RESOLUTION)).contains(SlaTarget.business(ShopSla.BUSINESS_DAY));
    assertThat(revisitsPolicy.id()).isEqualTo("revisits");
    assertThat(revisitsPolicy.target(SlaMetric.FIRST_RESPONSE)).isEmpty();
    for (ComplaintSection.Stage stage : day.summary().complaints().stages()) {
      List<SlaClock> mine = theirs.stream().filter(c -> c.metric() == stage.metric()).toList();
      List<SlaClock> fulfilled = mine.stream().filter(c -> c.status() == SlaClock.Status.FULFILLED).toList();
      assertThat(stage.fulfilled()).as(stage.metric().name()).isEqualTo(fulfilled.size()).isPositive();
      assertThat(stage.breached()).isEqualTo(fulfilled.stream().filter(SlaClock::breached).count());
      assertThat(stage.open()).isEqualTo(mine.stream().filter(c -> c.status().isOpen()).count());
    }
    assertThat(theirs).filteredOn(c -> c.metric() == SlaMetric.FIRST_RESPONSE).hasSize(complaintTickets.size())
        .allSatisfy(c -> assertThat(c.policyId()).isEqualTo("complaints"));
    // kefu plans the revisit's ticket a day ahead: no response clock runs on it, only RV-5's three days
    assertThat(readAll(p -> day.storage().slaClocks().list(SlaClockQuery.all(), p).items()))
        .filteredOn(c -> plannedRevisitTickets().contains(c.ticket())).isNotEmpty()
        .allSatisfy(c -> assertThat(c.metric()).isEqualTo(SlaMetric.REVISIT));
  }

  @Test
  @DisplayName("CP-7, RV-2, RV-4: every accepted complaint has kefu's revisit, placed a day later outside rest hours; its outcome is the complaint's")
  void everyAcceptedComplaintHasItsRevisit() {
    Map<String, Revisit> bySource = revisits().stream()
        .filter(r -> r.campaign().equals(ComplaintDesk.COMPLAINT_REVISITS))
        .collect(Collectors.toMap(Revisit::source, r -> r));
    List<Complaint> accepted = complaints().stream().filter(c -> c.acceptedAt().isPresent()).toList();

    assertThat(accepted).isNotEmpty();
    assertThat(bySource).hasSize(accepted.size());
    for (Complaint c : accepted) {
      Revisit r = bySource.get(c.id().value());
      assertThat(r).as("revisit of %s", c.id()).isNotNull();
      ZoneId zone = customers.stream().filter(x -> x.id().equals(c.customer())).findFirst().orElseThrow().timeZone();
      assertThat(r.scheduledFor()).isAfterOrEqualTo(c.acceptedAt().get().plus(Duration.ofDays(1)));
      assertThat(RestHours.defaults().contains(r.scheduledFor().atZone(zone).toLocalTime())).isFalse();
      switch (r.status()) {
        case DONE -> assertThat(c.revisitOutcome()).contains(r.outcome().orElseThrow().satisfaction());
        case UNREACHABLE -> assertThat(c.status()).isEqualTo(ComplaintStatus.ACCEPTED);
        case SCHEDULED -> assertThat(r.scheduledFor()).isAfter(day.day().backOfficeEnd().minus(Duration.ofMinutes(31)));
        default -> throw new AssertionError(r.status());
      }
    }
    assertThat(revisits()).filteredOn(r -> r.status() == Revisit.Status.DONE).isNotEmpty();
  }

  @Test
  @DisplayName("RV-8: the campaign summaries are the store's revisits")
  void campaignSummariesAreTheStoresRevisits() {
    Map<String, List<Revisit>> byCampaign = revisits().stream().collect(Collectors.groupingBy(Revisit::campaign));
    List<CampaignSummary> shown = day.summary().revisits().campaigns();

    assertThat(shown).extracting(CampaignSummary::campaign).containsExactlyInAnyOrderElementsOf(byCampaign.keySet())
        .contains(ComplaintDesk.COMPLAINT_REVISITS);
    String text = day.summary().render();
    for (CampaignSummary c : shown) {
      List<Revisit> mine = byCampaign.get(c.campaign());
      long done = mine.stream().filter(r -> r.status() == Revisit.Status.DONE).count();
      long unreachable = mine.stream().filter(r -> r.status() == Revisit.Status.UNREACHABLE).count();
      long satisfied = mine.stream()
          .filter(r -> r.outcome().filter(o -> o.satisfaction() == Satisfaction.SATISFIED).isPresent()).count();
      Map<String, Long> issues = mine.stream().flatMap(r -> r.outcome().flatMap(RevisitOutcome::dimension).stream())
          .collect(Collectors.groupingBy(d -> d, Collectors.counting()));
      assertThat(c.planned()).isEqualTo(mine.size());
      assertThat(c.reached()).isEqualTo(done);
      assertThat(c.unreachable()).isEqualTo(unreachable);
      assertThat(c.satisfied()).isEqualTo(satisfied);
      assertThat(c.issues()).isEqualTo(issues);
      assertThat(mine).filteredOn(r -> r.outcome().filter(o -> o.satisfaction() == Satisfaction.UNSATISFIED)
          .isPresent()).allSatisfy(r -> assertThat(r.improvementItem()).isPresent());
      assertThat(text).containsPattern("\\n  " + c.campaign() + " +" + mine.size() + " +" + done + " +" + unreachable
          + " +" + (mine.size() - done - unreachable) + " +" + satisfied + " +"
          + Pattern.quote(TextTable.percent(satisfied, done)) + " +"
          + issues.values().stream().mapToLong(Long::longValue).sum() + "\\n");
    }
    assertThat(text).contains("no member campaign fell in the run", "next Sun 2026-03-15 10:00");
  }

  @Test
  @DisplayName("QA-8: CSAT overall, per team and per agent are the SurveyAnswered events")
  void csatIsTheSurveyAnsweredEvents() {
    SatisfactionSection section = day.summary().satisfaction();
    CsatReport report = section.report();
    List<SurveyAnswered> answers = allEventsOf(SurveyAnswered.class);
    StaffDirectory staff = day.staffing().directory();
    Map<String, long[]> byTeam = new TreeMap<>();
    Map<String, long[]> byAgent = new TreeMap<>();
    long[] held = new long[2];
    long[] breached = new long[2];
    for (SurveyAnswered a : answers) {
      int satisfied = a.score() >= 4 ? 1 : 0;
      String agent = a.agent().map(StaffId::value).orElse("unassigned");
      String team = a.agent().flatMap(staff::find).flatMap(StaffMember::team).map(Object::toString).orElse("none");
      for (long[] row : List.of(byTeam.computeIfAbsent(team, k -> new long[2]),
          byAgent.computeIfAbsent(agent, k -> new long[2]))) {
        row[0]++;
        row[1] += satisfied;
      }
      boolean late = clocks().stream().anyMatch(c -> c.ticket().equals(a.ticket()) && c.breached());
      long[] split = late ? breached : held;
      split[0]++;
      split[1] += satisfied;
      assertThat(a.occurredAt()).isBefore(day.day().close());
    }

    assertThat(answers).hasSize(day.tally().surveysAnswered).isNotEmpty();
    assertThat(answers).extracting(SurveyAnswered::ticket).doesNotHaveDuplicates();
    assertThat(report.overall().answers()).isEqualTo(answers.size());
    assertThat(report.overall().satisfied()).isEqualTo(answers.stream().filter(a -> a.score() >= 4).count());
    assertThat(report.byTeam()).extracting(CsatReport.Row::key).containsExactlyElementsOf(byTeam.keySet());
    report.byTeam().forEach(r -> assertThat(new long[] {r.answers(), r.satisfied()}).as(r.key())
        .containsExactly(byTeam.get(r.key())));
    report.byAgent().forEach(r -> assertThat(new long[] {r.answers(), r.satisfied()}).as(r.key())
        .containsExactly(byAgent.get(r.key())));
    assertThat(new long[] {section.held().answers(), section.held().satisfied()}).containsExactly(held);
    assertThat(new long[] {section.breached().answers(), section.breached().satisfied()}).containsExactly(breached);
    assertThat(section.rankedAgents()).isNotEmpty().allSatisfy(r -> assertThat(r.answers())
        .isGreaterThanOrEqualTo(SatisfactionSection.RANKED_FROM));
    assertThat(day.tally().surveysDelivered).isEqualTo(day.gateways().deliveredByTemplate().get("survey.csat"));
    String text = day.summary().render();
    assertThat(text).containsPattern("\\n  overall +" + TextTable.count(report.overall().answers()) + " +"
        + TextTable.count(report.overall().satisfied()) + " +"
        + Pattern.quote(TextTable.percent(report.overall().satisfied(), report.overall().answers())) + "\\n");
    for (CsatReport.Row r : report.byTeam()) {
      assertThat(text).containsPattern("\\n  team " + r.key() + " +" + TextTable.count(r.answers()) + " +"
          + TextTable.count(r.satisfied()) + " +" + Pattern.quote(TextTable.percent(r.satisfied(), r.answers())) + "\\n");
    }
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

  @Test
  @DisplayName("ST-12, ST-15: the summary prints the requirement per half-hour against the roster, with the gaps")
  void requirementAgainstTheRoster() {
    StaffingSection staffing = day.summary().staffing();
    dev.kefu.staffing.Coverage coverage = staffing.coverage();
    // 08:00 to 01:30 in half-hours
    assertThat(coverage.intervals()).hasSize(35);
    for (dev.kefu.staffing.IntervalCoverage c : coverage.intervals()) {
      assertThat(c.available()).isCloseTo(c.rostered() - c.onBreak(), org.assertj.core.data.Offset.offset(1e-9));
      assertThat(c.isCovered()).isEqualTo(c.available() >= c.requiredAgents() - 1e-9);
    }
    // every rostered member with a meal break got one placed
    long withShift = day.staffing().roster().stream().filter(p -> p.shift().isPresent()).count();
    long onLeave = staffing.leave().stream().filter(d -> d.decision().status() == dev.kefu.staffing.LeaveStatus.APPROVED).count();
    assertThat(coverage.breaks()).hasSize((int) (withShift - onLeave));
    String text = day.summary().render();
    assertThat(text).contains("Staffing, from kefu's workforce maths against the day's roster")
        .contains("half-hour").contains("agents needed").contains("gap")
        .contains(coverage.gaps().size() + " of 35 half-hours short").contains("ST-15 staffing needs");
  }

  @Test
  @DisplayName("ST-5 to ST-8: the summary prints leave requests decided with the rules that decided them")
  void leaveDecisions() {
    List<StaffingSection.Decided> leave = day.summary().staffing().leave();
    assertThat(leave).extracting(d -> d.decision().status()).containsExactly(dev.kefu.staffing.LeaveStatus.APPROVED,
        dev.kefu.staffing.LeaveStatus.PENDING, dev.kefu.staffing.LeaveStatus.REFUSED, dev.kefu.staffing.LeaveStatus.REFUSED,
        dev.kefu.staffing.LeaveStatus.APPROVED);
    assertThat(leave.get(1).decision().broken()).extracting(dev.kefu.staffing.RuleOutcome::ruleId).containsExactly("ST-5");
    assertThat(leave.get(2).decision().broken()).extracting(dev.kefu.staffing.RuleOutcome::ruleId).containsExactly("ST-8");
    assertThat(leave.get(3).decision().broken()).extracting(dev.kefu.staffing.RuleOutcome::ruleId).containsExactly("ST-7");
    assertThat(leave.get(4).steps().get(0)).contains("refused, ST-6");
    assertThat(day.summary().render()).contains("Leave requests, decided by kefu's leave policy")
        .contains("ST-8: leave from the night shift").contains("ST-7: ordinary leave requested by someone else");
  }
}
