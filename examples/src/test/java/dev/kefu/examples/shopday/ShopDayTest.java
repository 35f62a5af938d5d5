package dev.kefu.examples.shopday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.spi.Channel;
import dev.kefu.spi.customer.ClassificationChange;
import dev.kefu.spi.customer.Customer;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.customer.CustomerQuery;
import dev.kefu.spi.customer.Tier;
import dev.kefu.spi.staff.Role;
import dev.kefu.spi.staff.StaffDirectory;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.staff.StaffMember;
import dev.kefu.spi.store.PageRequest;
import dev.kefu.spi.ticket.ContactLogEntry;
import dev.kefu.spi.ticket.Ticket;
import dev.kefu.spi.ticket.TicketQuery;
import dev.kefu.spi.ticket.TicketStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A small shop day: 200 customers, 500 contacts. Counts are checked against kefu's store. */
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

  @Test
  @DisplayName("ST-1: every reporting line runs agent, team lead, supervisor, shop manager")
  void everyReportingLineEndsWithTheShopManager() {
    StaffDirectory staff = day.staffing().directory();
    for (Staffing.Post p : day.staffing().roster()) {
      List<Role> line = staff.reportingLine(p.id()).stream().map(StaffMember::role).toList();
      List<Role> expected = switch (p.role()) {
        case AGENT, VIP_AGENT -> List.of(Role.TEAM_LEAD, Role.SUPERVISOR, Role.SHOP_MANAGER);
        case TEAM_LEAD -> List.of(Role.SUPERVISOR, Role.SHOP_MANAGER);
        case SUPERVISOR -> List.of(Role.SHOP_MANAGER);
        default -> List.of();
      };
      assertThat(line).as(p.id().value()).isEqualTo(expected);
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
}
