package dev.kefu.jdbc;

import dev.kefu.Kefu;
import dev.kefu.Origin;
import dev.kefu.complaint.ApproveResolution;
import dev.kefu.complaint.AssessComplaint;
import dev.kefu.complaint.CarryOutResolution;
import dev.kefu.complaint.ProposeResolution;
import dev.kefu.complaint.RecordCause;
import dev.kefu.complaint.RecordCustomerAnswer;
import dev.kefu.complaint.RegisterComplaint;
import dev.kefu.customer.AssignCustomerOwner;
import dev.kefu.customer.RegisterCustomer;
import dev.kefu.memory.InMemoryStaffDirectory;
import dev.kefu.sla.SlaPolicies;
import dev.kefu.sla.SlaPolicy;
import dev.kefu.sla.SlaSettings;
import dev.kefu.sla.WarningRule;
import dev.kefu.spi.Channel;
import dev.kefu.spi.complaint.CauseCategory;
import dev.kefu.spi.complaint.Complaint;
import dev.kefu.spi.complaint.Department;
import dev.kefu.spi.complaint.ResolutionOption;
import dev.kefu.spi.complaint.ResolutionType;
import dev.kefu.spi.customer.ContactPoint;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.customer.Membership;
import dev.kefu.spi.notification.NotificationChannel;
import dev.kefu.spi.sla.EscalationStep;
import dev.kefu.spi.sla.SlaMetric;
import dev.kefu.spi.sla.SlaTarget;
import dev.kefu.spi.staff.Role;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.staff.StaffMember;
import dev.kefu.spi.staff.TeamId;
import dev.kefu.spi.store.Storage;
import dev.kefu.spi.ticket.Ticket;
import dev.kefu.spi.ticket.TicketKind;
import dev.kefu.ticket.OpenTicket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The shop of the many-instance and fault tests: a general manager over a supervisor over a team
 * lead over two agents, and one SLA policy for every ticket, in calendar time so that a test can
 * say by hand which thresholds have passed: first response in {@link #FIRST_RESPONSE}, resolution
 * in {@link #RESOLUTION}, a warning at {@link #WARN_SHARE} of the target, and after a breach an
 * escalation to the team lead at once and to the supervisor {@link #SECOND_ESCALATION} later.
 * Several {@link Kefu} instances are built over one storage, each with its own instance id.
 */
final class Shop {

  /** Monday 2 March 2026, 10:00 in Shanghai. */
  static final Instant START = Instant.parse("2026-03-02T02:00:00Z");
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final StaffId MANAGER = StaffId.of("gm");
  static final StaffId SUPERVISOR = StaffId.of("sup");
  static final StaffId LEAD = StaffId.of("lead");
  static final StaffId AGENT = StaffId.of("agent-1");
  static final StaffId AGENT_2 = StaffId.of("agent-2");

  static final Duration FIRST_RESPONSE = Duration.ofMinutes(10);
  static final Duration RESOLUTION = Duration.ofMinutes(30);
  static final double WARN_SHARE = 0.5;
  static final Duration SECOND_ESCALATION = Duration.ofMinutes(5);
  /** Warning, breach and two escalations: what each clock of {@link #sla()} fires if nobody acts. */
  static final int THRESHOLDS_PER_CLOCK = 4;

  private Shop() {}

  static List<StaffMember> staff() {
    return List.of(
        member(MANAGER, Role.GENERAL_MANAGER, null),
        member(SUPERVISOR, Role.SUPERVISOR, MANAGER),
        member(LEAD, Role.TEAM_LEAD, SUPERVISOR),
        member(AGENT, Role.AGENT, LEAD),
        member(AGENT_2, Role.AGENT, LEAD));
  }

  static StaffMember member(StaffId id, Role role, StaffId reportsTo) {
    StaffMember.Builder b = StaffMember.builder().id(id).name("Name of " + id.value()).role(role).team(TeamId.of("team-a"));
    if (reportsTo != null) {
      b.reportsTo(reportsTo);
    }
    return b.build();
  }

  static SlaSettings sla() {
    SlaPolicy fast = SlaPolicy.named("fast")
        .withTarget(SlaMetric.FIRST_RESPONSE, SlaTarget.calendar(FIRST_RESPONSE))
        .withTarget(SlaMetric.RESOLUTION, SlaTarget.calendar(RESOLUTION))
        .withWarning(WarningRule.atShare(WARN_SHARE))
        .withEscalation(EscalationStep.of(Duration.ZERO, Role.TEAM_LEAD), EscalationStep.of(SECOND_ESCALATION, Role.SUPERVISOR));
    return SlaSettings.defaults(ZONE).withPolicies(SlaPolicies.defaults().withFirst(fast)).withDefaultQueueLead(LEAD);
  }

  /**
   * A builder for one instance over a shared storage; every notification goes to {@code channel}.
   *
   * @param storage the storage every instance shares
   * @param clock this instance's clock
   * @param instanceId the name it claims work under
   * @param channel where its notifications go
   */
  static Kefu.Builder kefu(Storage storage, Clock clock, String instanceId, NotificationChannel channel) {
    return kefu(storage, clock, instanceId, channel, staff());
  }

  /** As {@link #kefu(Storage, Clock, String, NotificationChannel)}, with other staff. */
  static Kefu.Builder kefu(Storage storage, Clock clock, String instanceId, NotificationChannel channel, List<StaffMember> staff) {
    return Kefu.builder()
        .storage(storage)
        .staffDirectory(InMemoryStaffDirectory.of(staff))
        .clock(clock)
        .shopZone(ZONE)
        .sla(sla())
        .instanceId(instanceId)
        .fallbackNotificationChannel(channel);
  }

  static void register(Kefu kefu, String customer) {
    kefu.customers().register(RegisterCustomer.of(Origin.of(AGENT), CustomerId.of(customer), "Zhang San",
        List.of(ContactPoint.of(Channel.SMS, "13812345678"), ContactPoint.of(Channel.EMAIL, "zhang@example.com")),
        "Zhejiang", ZONE));
  }

  /** A member of the shop's club until 2027, whose file {@link #AGENT} owns: the 1st and 15th bring them a revisit (RV-3). */
  static void registerMember(Kefu kefu, String customer) {
    kefu.customers().register(RegisterCustomer.of(Origin.of(AGENT), CustomerId.of(customer), "Li Si",
        List.of(ContactPoint.of(Channel.PHONE, "13912345678")), "Zhejiang", ZONE)
        .withMembership(new Membership("card-" + customer, LocalDate.of(2027, 1, 1))));
    kefu.customers().assignOwner(new AssignCustomerOwner(Origin.of(SUPERVISOR), CustomerId.of(customer), AGENT, null));
  }

  static Ticket open(Kefu kefu, String customer, Channel channel) {
    return kefu.tickets().open(OpenTicket.of(Origin.of(AGENT), CustomerId.of(customer), TicketKind.AFTER_SALE, channel,
        "a question", "hello"));
  }

  /** A complaint taken through the loop up to the customer's acceptance, which plans its revisit a day later (CP-7). */
  static Complaint acceptedComplaint(Kefu kefu, String customer) {
    Complaint c = carriedOutComplaint(kefu, customer);
    return kefu.complaints().recordCustomerAnswer(new RecordCustomerAnswer(Origin.of(AGENT), c.id(), true, "fine"));
  }

  /** A complaint whose approved resolution was carried out: the customer's answer comes next. */
  static Complaint carriedOutComplaint(Kefu kefu, String customer) {
    Complaint c = kefu.complaints().register(RegisterComplaint.of(Origin.of(AGENT), CustomerId.of(customer), Channel.PHONE, "late"));
    kefu.complaints().assess(AssessComplaint.substantiated(Origin.of(AGENT), c.id(), Department.LOGISTICS));
    kefu.complaints().recordCause(new RecordCause(Origin.of(AGENT), c.id(), CauseCategory.LOGISTICS, "courier"));
    kefu.complaints().proposeResolution(new ProposeResolution(Origin.of(AGENT), c.id(),
        List.of(ResolutionOption.of(ResolutionType.APOLOGY, "sorry"))));
    kefu.complaints().approveResolution(new ApproveResolution(Origin.of(SUPERVISOR), c.id(), 0));
    return kefu.complaints().carryOut(new CarryOutResolution(Origin.of(AGENT), c.id(), List.of(AGENT)));
  }
}
