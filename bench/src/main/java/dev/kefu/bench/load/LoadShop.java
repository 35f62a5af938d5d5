package dev.kefu.bench.load;

import dev.kefu.Kefu;
import dev.kefu.Origin;
import dev.kefu.customer.RegisterCustomer;
import dev.kefu.memory.InMemoryStaffDirectory;
import dev.kefu.report.ReportRules;
import dev.kefu.sla.SlaPolicies;
import dev.kefu.sla.SlaPolicy;
import dev.kefu.sla.SlaSettings;
import dev.kefu.spi.Channel;
import dev.kefu.spi.customer.ContactPoint;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.sla.EscalationStep;
import dev.kefu.spi.sla.SlaMetric;
import dev.kefu.spi.sla.SlaTarget;
import dev.kefu.spi.staff.Role;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.staff.StaffMember;
import dev.kefu.spi.store.Storage;
import dev.kefu.spi.ticket.TicketKind;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The shop of the load test: who works there, its customers and its one SLA policy, and how each
 * of its {@link Kefu} instances is wired.
 *
 * <p>Staff: a supervisor; two team leads with {@value #AGENTS} agents between them (even-numbered
 * agents report to {@code lead-a}, odd-numbered to {@code lead-b}); a third team lead, {@code
 * lead-q}, leads the queue of unassigned tickets. Customers: {@value #CUSTOMERS}, each reachable by
 * SMS and e-mail.
 *
 * <p>The policy, for every ticket: first response within {@value #FIRST_RESPONSE_MINUTES} minutes
 * and resolution within {@value #RESOLUTION_MINUTES} minutes of calendar time, a warning at 80% of
 * the target, and a ladder of two steps: the team lead at the breach, the supervisor
 * {@value #SECOND_STEP_MINUTES} minutes after it. Resolution clocks pause while the ticket waits on
 * the customer (kefu's default).
 */
final class LoadShop {

  static final int AGENTS = 16;
  static final int CUSTOMERS = 200;
  static final int FIRST_RESPONSE_MINUTES = 10;
  static final int RESOLUTION_MINUTES = 120;
  static final int SECOND_STEP_MINUTES = 30;
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  static final StaffId SUPERVISOR = StaffId.of("sup");
  static final StaffId LEAD_A = StaffId.of("lead-a");
  static final StaffId LEAD_B = StaffId.of("lead-b");
  static final StaffId QUEUE_LEAD = StaffId.of("lead-q");

  /** The agents' ids, made once: formatting them at every command cost the driver a few percent. */
  private static final List<StaffId> AGENT_IDS = java.util.stream.IntStream.range(0, AGENTS)
      .mapToObj(n -> StaffId.of(String.format("agent-%02d", n))).toList();

  private LoadShop() {}

  /** @return the agent who handles ticket {@code i} (and opens it) */
  static StaffId agentOf(int i) {
    return agent(i % AGENTS);
  }

  /** @return the team lead of the agent of ticket {@code i}, who assigns it */
  static StaffId leadOf(int i) {
    return (i % AGENTS) % 2 == 0 ? LEAD_A : LEAD_B;
  }

  /** @return the customer of ticket {@code i} */
  static CustomerId customerOf(int i) {
    return customer(i % CUSTOMERS);
  }

  /** @return the kind of ticket {@code i}: both kinds a customer waits on, alternately */
  static TicketKind kindOf(int i) {
    return i % 2 == 0 ? TicketKind.AFTER_SALE : TicketKind.PRE_SALE_INQUIRY;
  }

  /** @return the channel of ticket {@code i} */
  static Channel channelOf(int i) {
    return switch (i % 3) {
      case 0 -> Channel.EMAIL;
      case 1 -> Channel.ONLINE_CHAT;
      default -> Channel.PHONE;
    };
  }

  private static StaffId agent(int n) {
    return AGENT_IDS.get(n);
  }

  private static CustomerId customer(int n) {
    return CustomerId.of("cust-" + n);
  }

  static InMemoryStaffDirectory staff() {
    List<StaffMember> members = new ArrayList<>();
    members.add(member(SUPERVISOR, Role.SUPERVISOR, null));
    members.add(member(LEAD_A, Role.TEAM_LEAD, SUPERVISOR));
    members.add(member(LEAD_B, Role.TEAM_LEAD, SUPERVISOR));
    members.add(member(QUEUE_LEAD, Role.TEAM_LEAD, SUPERVISOR));
    for (int n = 0; n < AGENTS; n++) {
      members.add(member(agent(n), Role.AGENT, n % 2 == 0 ? LEAD_A : LEAD_B));
    }
    return InMemoryStaffDirectory.of(members);
  }

  private static StaffMember member(StaffId id, Role role, StaffId reportsTo) {
    StaffMember.Builder b = StaffMember.builder().id(id).name("Name of " + id.value()).role(role);
    if (reportsTo != null) {
      b.reportsTo(reportsTo);
    }
    return b.build();
  }

  static SlaSettings sla() {
    SlaPolicy policy = SlaPolicy.named("load")
        .withTarget(SlaMetric.FIRST_RESPONSE, SlaTarget.calendar(Duration.ofMinutes(FIRST_RESPONSE_MINUTES)))
        .withTarget(SlaMetric.RESOLUTION, SlaTarget.calendar(Duration.ofMinutes(RESOLUTION_MINUTES)))
        .withEscalation(EscalationStep.of(Duration.ZERO, Role.TEAM_LEAD),
            EscalationStep.of(Duration.ofMinutes(SECOND_STEP_MINUTES), Role.SUPERVISOR));
    return SlaSettings.defaults(ZONE).withPolicies(new SlaPolicies(List.of(), policy)).withDefaultQueueLead(QUEUE_LEAD);
  }

  /**
   * One instance of kefu over a storage, reading the shared clock and sending to the recording
   * channel.
   */
  static Kefu instance(Storage storage, String instanceId, SharedClock clock, NotificationLog channel) {
    return Kefu.builder()
        .storage(storage)
        .staffDirectory(staff())
        .clock(clock)
        .instanceId(instanceId)
        .fallbackNotificationChannel(channel)
        .sla(sla())
        // the weekly reports (QA-4) read the whole event log; the run's day is a Tuesday and they
        // are held at the weekend, outside it: a load test of tickets, not of KPI queries
        .reportRules(new ReportRules(DayOfWeek.SUNDAY, LocalTime.of(9, 0), DayOfWeek.SUNDAY, LocalTime.of(15, 0),
            DayOfWeek.SATURDAY, LocalTime.of(14, 0), 5))
        .build();
  }

  /** Registers every customer of the shop through one instance. */
  static void registerCustomers(Kefu kefu) {
    for (int n = 0; n < CUSTOMERS; n++) {
      kefu.customers().register(RegisterCustomer.of(Origin.of(agent(0), "register-" + n), customer(n), "Customer " + n,
          List.of(ContactPoint.of(Channel.SMS, String.format("138%08d", n)), ContactPoint.of(Channel.EMAIL, "c" + n + "@example.com")),
          "Zhejiang", ZONE));
    }
  }
}
