package dev.kefu.complaint;

import static dev.kefu.test.TestShop.AGENT;
import static dev.kefu.test.TestShop.AGENT_2;
import static dev.kefu.test.TestShop.LEAD;
import static dev.kefu.test.TestShop.QA;
import static dev.kefu.test.TestShop.SUPERVISOR;
import static dev.kefu.test.TestShop.VIP_AGENT;
import static dev.kefu.test.TestShop.by;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.kefu.AccessDeniedException;
import dev.kefu.IllegalTransitionException;
import dev.kefu.InvalidCommandException;
import dev.kefu.customer.SetVipStatus;
import dev.kefu.memory.InMemoryStorage;
import dev.kefu.spi.Channel;
import dev.kefu.spi.Money;
import dev.kefu.spi.complaint.AgentRecord;
import dev.kefu.spi.complaint.CauseCategory;
import dev.kefu.spi.complaint.Complaint;
import dev.kefu.spi.complaint.ComplaintStatus;
import dev.kefu.spi.complaint.ComplaintStep;
import dev.kefu.spi.complaint.Department;
import dev.kefu.spi.complaint.ResolutionOption;
import dev.kefu.spi.complaint.ResolutionType;
import dev.kefu.spi.complaint.Satisfaction;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.event.DomainEvent;
import dev.kefu.spi.notification.Notification;
import dev.kefu.spi.sla.SlaClock;
import dev.kefu.spi.sla.SlaMetric;
import dev.kefu.spi.ticket.Ticket;
import dev.kefu.spi.ticket.TicketKind;
import dev.kefu.spi.ticket.TicketStatus;
import dev.kefu.test.TestShop;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ComplaintLoopTest {

  private final TestShop shop = new TestShop();
  private final Complaints complaints = shop.kefu.complaints();

  private Complaint register() {
    if (shop.storage.customers().find(CustomerId.of("c")).isEmpty()) {
      shop.register("c");
    }
    return complaints.register(RegisterComplaint.of(by(AGENT), CustomerId.of("c"), Channel.PHONE, "The zip broke on day two"));
  }

  /** Takes a complaint through the loop up to and including acceptance. */
  private Complaint accepted(Complaint c) {
    c = complaints.assess(AssessComplaint.substantiated(by(AGENT), c.id(), Department.QUALITY));
    c = complaints.recordCause(new RecordCause(by(AGENT), c.id(), CauseCategory.PRODUCT_QUALITY, "supplier batch 7"));
    c = complaints.proposeResolution(new ProposeResolution(by(AGENT), c.id(), List.of(
        ResolutionOption.of(ResolutionType.EXCHANGE, "a new bag"), ResolutionOption.of(ResolutionType.APOLOGY, "sorry"))));
    c = complaints.approveResolution(new ApproveResolution(by(SUPERVISOR), c.id(), 0));
    c = complaints.carryOut(new CarryOutResolution(by(AGENT), c.id(), List.of(AGENT)));
    return complaints.recordCustomerAnswer(new RecordCustomerAnswer(by(AGENT), c.id(), true, "confirmed on the phone"));
  }

  private List<String> events(Complaint c) {
    return shop.storage.eventLog().eventsOf(Complaint.TYPE, c.id().value()).stream().map(DomainEvent::type).toList();
  }

  @Test
  @DisplayName("CP-1, CP-2: registered at once with complainant, time, channel, content and one owner; TK-2 any channel")
  void registration() {
    shop.clock.advance(Duration.ofMinutes(3));
    Complaint c = register();
    assertThat(c.status()).isEqualTo(ComplaintStatus.REGISTERED);
    assertThat(c.customer()).isEqualTo(CustomerId.of("c"));
    assertThat(c.registeredAt()).isEqualTo(shop.clock.instant());
    assertThat(c.channel()).isEqualTo(Channel.PHONE);
    assertThat(c.content()).isEqualTo("The zip broke on day two");
    assertThat(c.owner()).isEqualTo(AGENT);
    assertThat(c.toString()).doesNotContain("zip");
    Ticket ticket = shop.kefu.tickets().find(c.ticket()).orElseThrow();
    assertThat(ticket.kind()).isEqualTo(TicketKind.COMPLAINT);
    assertThat(ticket.owner()).contains(AGENT);
    assertThat(events(c)).containsExactly("complaint.registered");
    for (Channel ch : List.of(Channel.APP, Channel.WECHAT, Channel.ONLINE_CHAT)) {
      assertThat(complaints.register(RegisterComplaint.of(by(AGENT), CustomerId.of("c"), ch, "again")).channel()).isEqualTo(ch);
    }
  }

  @Test
  @DisplayName("CP-3: a rejection records the explanation given and closes; a substantiated complaint names a department")
  void assessment() {
    Complaint rejected = complaints.assess(AssessComplaint.rejected(by(AGENT), register().id(), "Washing at 90 degrees is misuse"));
    assertThat(rejected.status()).isEqualTo(ComplaintStatus.REJECTED);
    assertThat(rejected.status().isClosed()).isTrue();
    assertThat(rejected.rejectionExplanation()).contains("Washing at 90 degrees is misuse");
    assertThat(shop.kefu.tickets().find(rejected.ticket()).orElseThrow().status()).isEqualTo(TicketStatus.RESOLVED);
    Complaint c = register();
    InvalidCommandException noDepartment = catchThrowableOfType(InvalidCommandException.class,
        () -> complaints.assess(new AssessComplaint(by(AGENT), c.id(), true, null, null)));
    assertThat(noDepartment.violations()).singleElement().satisfies(v -> assertThat(v.ruleId()).isEqualTo("CP-3"));
    InvalidCommandException noExplanation = catchThrowableOfType(InvalidCommandException.class,
        () -> complaints.assess(new AssessComplaint(by(AGENT), c.id(), false, null, " ")));
    assertThat(noExplanation.violations()).singleElement().satisfies(v -> assertThat(v.ruleId()).isEqualTo("CP-3"));
    Complaint substantiated = complaints.assess(AssessComplaint.substantiated(by(AGENT), c.id(), Department.LOGISTICS));
    assertThat(substantiated.status()).isEqualTo(ComplaintStatus.INVESTIGATING);
    assertThat(substantiated.department()).contains(Department.LOGISTICS);
  }

  @Test
  @DisplayName("CP-4: investigation records cause and responsible party; quality causes go to the quality owner, service causes to the service supervisor")
  void investigation() {
    TestShop routed = new TestShop(new InMemoryStorage(), b -> b.complaintRules(
        ComplaintRules.defaults(java.util.Currency.getInstance("CNY")).withInvestigators(LEAD, SUPERVISOR)));
    routed.register("c");
    Complaints cs = routed.kefu.complaints();
    Complaint quality = cs.register(RegisterComplaint.of(by(AGENT), CustomerId.of("c"), Channel.PHONE, "broken"));
    cs.assess(AssessComplaint.substantiated(by(AGENT), quality.id(), Department.QUALITY));
    quality = cs.recordCause(new RecordCause(by(AGENT), quality.id(), CauseCategory.PRODUCT_QUALITY, "supplier"));
    assertThat(quality.cause()).contains(CauseCategory.PRODUCT_QUALITY);
    assertThat(quality.responsibleParty()).contains("supplier");
    assertThat(quality.routedTo()).contains(LEAD);
    Complaint service = cs.register(RegisterComplaint.of(by(AGENT), CustomerId.of("c"), Channel.PHONE, "rude"));
    cs.assess(AssessComplaint.substantiated(by(AGENT), service.id(), Department.CUSTOMER_SERVICE));
    assertThat(cs.recordCause(new RecordCause(by(AGENT), service.id(), CauseCategory.SERVICE, "agent")).routedTo()).contains(SUPERVISOR);
    routed.kefu.deliverNotifications();
    assertThat(routed.channel.sent).filteredOn(n -> n.templateKey().equals("complaint.investigate"))
        .extracting(n -> n.recipient().id()).containsExactly("lead", "sup");
  }

  @Test
  @DisplayName("CP-5, CP-6, CP-7, CP-8, CP-9: the whole loop, every step with who and when")
  void wholeLoop() {
    Complaint c = accepted(register());
    assertThat(c.status()).isEqualTo(ComplaintStatus.ACCEPTED);
    assertThat(c.approved()).hasValueSatisfying(o -> assertThat(o.type()).isEqualTo(ResolutionType.EXCHANGE));
    assertThat(c.approvedBy()).contains(SUPERVISOR);
    assertThat(c.responsibleStaff()).containsExactly(AGENT);
    assertThat(c.acceptedAt()).isPresent();
    InvalidCommandException e = catchThrowableOfType(InvalidCommandException.class, () -> shop.kefu.complaints()
        .review(new ReviewComplaint(by(SUPERVISOR), c.id(), null, Department.QUALITY, null)));
    assertThat(e).isNotNull();
    IllegalTransitionException early = catchThrowableOfType(IllegalTransitionException.class, () -> complaints
        .review(new ReviewComplaint(by(SUPERVISOR), c.id(), CauseCategory.PRODUCT_QUALITY, Department.QUALITY, null)));
    assertThat(early.allowedActions()).contains("RECORD_REVISIT"); // CP-7: no review without a revisit
    Complaint revisited = complaints.recordRevisit(new RecordComplaintRevisit(by(AGENT), c.id(), Satisfaction.SATISFIED, "happy"));
    Complaint reviewed = complaints.review(new ReviewComplaint(by(SUPERVISOR), c.id(), CauseCategory.PRODUCT_QUALITY,
        Department.QUALITY, "check supplier batches"));
    assertThat(reviewed.classification()).hasValueSatisfying(k -> {
      assertThat(k.cause()).isEqualTo(CauseCategory.PRODUCT_QUALITY);
      assertThat(k.channel()).isEqualTo(Channel.PHONE);
      assertThat(k.improvement()).isEqualTo("check supplier batches");
    });
    assertThat(shop.kefu.tickets().find(c.ticket()).orElseThrow().status()).isEqualTo(TicketStatus.CLOSED);
    Complaint archived = complaints.archive(new ArchiveComplaint(by(SUPERVISOR), c.id()));
    assertThat(archived.status()).isEqualTo(ComplaintStatus.ARCHIVED);
    assertThat(archived.history()).extracting(ComplaintStep::action).containsExactly("REGISTER", "SUBSTANTIATE",
        "RECORD_CAUSE", "PROPOSE_RESOLUTION", "APPROVE_RESOLUTION", "CARRY_OUT", "RECORD_ACCEPTANCE", "RECORD_REVISIT",
        "REVIEW", "ARCHIVE");
    assertThat(archived.history()).extracting(ComplaintStep::by)
        .containsExactly(AGENT, AGENT, AGENT, AGENT, SUPERVISOR, AGENT, AGENT, AGENT, SUPERVISOR, SUPERVISOR);
    assertThat(events(archived)).containsExactly("complaint.registered", "complaint.substantiated", "complaint.cause-recorded",
        "complaint.resolution-proposed", "complaint.resolution-approved", "complaint.resolution-carried-out", "complaint.accepted",
        "complaint.revisited", "complaint.reviewed", "complaint.archived");
    // CP-9: read-only, still reportable
    IllegalTransitionException frozen = catchThrowableOfType(IllegalTransitionException.class,
        () -> complaints.archive(new ArchiveComplaint(by(SUPERVISOR), c.id())));
    assertThat(frozen.allowedActions()).isEmpty();
    assertThat(complaints.find(c.id())).contains(archived);
    assertThat(revisited.revisitOutcome()).contains(Satisfaction.SATISFIED);
  }

  @Test
  @DisplayName("CP-5: only a supervisor approves a resolution; a refused command changes nothing")
  void onlySupervisorsApprove() {
    Complaint c = register();
    complaints.assess(AssessComplaint.substantiated(by(AGENT), c.id(), Department.QUALITY));
    complaints.recordCause(new RecordCause(by(AGENT), c.id(), CauseCategory.LOGISTICS, "courier"));
    complaints.proposeResolution(new ProposeResolution(by(AGENT), c.id(), List.of(ResolutionOption.of(ResolutionType.APOLOGY, "sorry"))));
    Map<String, Long> before = shop.counts();
    for (var actor : List.of(AGENT, LEAD, QA)) {
      AccessDeniedException e = catchThrowableOfType(AccessDeniedException.class,
          () -> complaints.approveResolution(new ApproveResolution(by(actor), c.id(), 0)));
      assertThat(e.ruleId()).isEqualTo("CP-5");
    }
    assertThat(shop.counts()).isEqualTo(before);
    assertThat(complaints.approveResolution(new ApproveResolution(by(SUPERVISOR), c.id(), 0)).status())
        .isEqualTo(ComplaintStatus.RESOLUTION_APPROVED);
  }

  @Test
  @DisplayName("CP-6: a refused resolution goes back to proposal; a new option needs a new approval")
  void refusal() {
    Complaint c = register();
    complaints.assess(AssessComplaint.substantiated(by(AGENT), c.id(), Department.QUALITY));
    complaints.recordCause(new RecordCause(by(AGENT), c.id(), CauseCategory.PRICING, "promotion"));
    complaints.proposeResolution(new ProposeResolution(by(AGENT), c.id(), List.of(ResolutionOption.of(ResolutionType.APOLOGY, "sorry"))));
    complaints.approveResolution(new ApproveResolution(by(SUPERVISOR), c.id(), 0));
    complaints.carryOut(new CarryOutResolution(by(AGENT), c.id(), List.of(AGENT)));
    Complaint refused = complaints.recordCustomerAnswer(new RecordCustomerAnswer(by(AGENT), c.id(), false, "wants money back"));
    assertThat(refused.status()).isEqualTo(ComplaintStatus.INVESTIGATING);
    assertThat(refused.refusals()).isEqualTo(1);
    assertThat(refused.approved()).isEmpty();
    assertThat(refused.options()).isEmpty();
    assertThat(ComplaintLifecycle.allowedActions(refused.status())).contains(ComplaintAction.PROPOSE_RESOLUTION);
  }

  @Test
  @DisplayName("CP-11: a quality defect gets a return or exchange, a misuse an explanation")
  void optionsFitTheCause() {
    Complaint c = register();
    complaints.assess(AssessComplaint.substantiated(by(AGENT), c.id(), Department.QUALITY));
    complaints.recordCause(new RecordCause(by(AGENT), c.id(), CauseCategory.PRODUCT_QUALITY, "seam"));
    InvalidCommandException e = catchThrowableOfType(InvalidCommandException.class, () -> complaints.proposeResolution(
        new ProposeResolution(by(AGENT), c.id(), List.of(ResolutionOption.of(ResolutionType.APOLOGY, "sorry")))));
    assertThat(e.violations()).singleElement().satisfies(v -> assertThat(v.ruleId()).isEqualTo("CP-11"));
    Complaint m = register();
    complaints.assess(AssessComplaint.substantiated(by(AGENT), m.id(), Department.CUSTOMER_SERVICE));
    complaints.recordCause(new RecordCause(by(AGENT), m.id(), CauseCategory.MISUSE, "customer"));
    assertThat(catchThrowableOfType(InvalidCommandException.class, () -> complaints.proposeResolution(new ProposeResolution(by(AGENT),
        m.id(), List.of(new ResolutionOption(ResolutionType.REFUND, "refund", Money.of("50", "CNY")))))).getMessage()).contains("explanation");
    assertThat(complaints.proposeResolution(new ProposeResolution(by(AGENT), m.id(),
        List.of(ResolutionOption.of(ResolutionType.EXPLANATION, "how to wash it")))).status()).isEqualTo(ComplaintStatus.RESOLUTION_PROPOSED);
  }

  @Test
  @DisplayName("CP-11, TK-5: a serious case escalates to the supervisor at once: VIP customer, large order, safety, platform dispute")
  void seriousCases() {
    shop.register("v");
    shop.kefu.customers().setVipStatus(new SetVipStatus(by(SUPERVISOR), CustomerId.of("v"), true, "key account"));
    Complaint vip = complaints.register(RegisterComplaint.of(by(AGENT), CustomerId.of("v"), Channel.PHONE, "late").ownedBy(VIP_AGENT));
    Complaint big = complaints.register(RegisterComplaint.of(by(VIP_AGENT), CustomerId.of("v"), Channel.PHONE, "x")
        .withOrderValue(Money.of("6000", "CNY")).withSafetyIssue().asPlatformDispute());
    shop.register("s");
    Complaint plain = complaints.register(RegisterComplaint.of(by(AGENT), CustomerId.of("s"), Channel.PHONE, "late"));
    assertThat(vip.seriousBecause()).containsExactly("VIP customer");
    assertThat(big.seriousBecause()).hasSize(4);
    assertThat(plain.serious()).isFalse();
    assertThat(shop.kefu.tickets().find(vip.ticket()).orElseThrow().priority()).isEqualTo(dev.kefu.spi.ticket.Priority.URGENT);
    assertThat(events(vip)).containsExactly("complaint.registered", "complaint.escalated");
    assertThat(events(plain)).containsExactly("complaint.registered");
    shop.kefu.deliverNotifications();
    assertThat(shop.channel.sent).filteredOn(n -> n.templateKey().equals("complaint.escalated"))
        .extracting(n -> n.recipient().id()).containsExactly("sup", "sup");
  }

  @Test
  @DisplayName("CU-4, CP-1: a VIP customer's complaint is owned by the VIP desk or a lead; a plain agent as owner is refused and nothing is stored")
  void vipComplaintsStayWithTheVipDesk() {
    shop.register("v");
    shop.kefu.customers().setVipStatus(new SetVipStatus(by(SUPERVISOR), CustomerId.of("v"), true, "key account"));
    var countsBefore = shop.counts();

    InvalidCommandException refused = catchThrowableOfType(InvalidCommandException.class,
        () -> complaints.register(RegisterComplaint.of(by(AGENT), CustomerId.of("v"), Channel.PHONE, "late")));

    assertThat(refused).isNotNull();
    assertThat(refused.getMessage()).contains("owner", "CU-4");
    assertThat(shop.counts()).as("nothing stored, no event, no message").isEqualTo(countsBefore);
    Complaint byDesk = complaints.register(RegisterComplaint.of(by(AGENT), CustomerId.of("v"), Channel.PHONE, "late").ownedBy(VIP_AGENT));
    Complaint byLead = complaints.register(RegisterComplaint.of(by(LEAD), CustomerId.of("v"), Channel.PHONE, "late"));
    assertThat(byDesk.owner()).isEqualTo(VIP_AGENT);
    assertThat(shop.kefu.tickets().find(byDesk.ticket()).orElseThrow().owner()).contains(VIP_AGENT);
    assertThat(byLead.owner()).isEqualTo(LEAD);
  }

  @Test
  @DisplayName("CP-12: a substantiated complaint about a named agent leaves a pending record that counts only once QA verifies it")
  void agentRecord() {
    shop.register("c");
    Complaint c = complaints.register(RegisterComplaint.of(by(AGENT), CustomerId.of("c"), Channel.ONLINE_CHAT, "rude").about(AGENT_2));
    assertThat(c.agentRecord()).isEmpty();
    c = complaints.assess(AssessComplaint.substantiated(by(AGENT), c.id(), Department.CUSTOMER_SERVICE));
    assertThat(c.agentRecord()).contains(AgentRecord.pending(AGENT_2));
    assertThat(c.agentRecord().orElseThrow().counts()).isFalse();
    Complaint pending = c;
    assertThat(catchThrowableOfType(AccessDeniedException.class,
        () -> complaints.decideAgentRecord(new DecideAgentRecord(by(SUPERVISOR), pending.id(), true))).ruleId()).isEqualTo("CP-12");
    c = complaints.decideAgentRecord(new DecideAgentRecord(by(QA), c.id(), true));
    assertThat(c.agentRecord().orElseThrow().counts()).isTrue();
    assertThat(c.agentRecord().orElseThrow().decidedBy()).contains(QA);
    assertThat(c.status()).isEqualTo(ComplaintStatus.INVESTIGATING);
    Complaint decided = c;
    assertThat(catchThrowableOfType(InvalidCommandException.class,
        () -> complaints.decideAgentRecord(new DecideAgentRecord(by(QA), decided.id(), false))).violations())
        .singleElement().satisfies(v -> assertThat(v.ruleId()).isEqualTo("CP-12"));
  }

  @Test
  @DisplayName("CP-13: compensation above the limit is approved only by a supervisor, even where team leads approve the rest")
  void compensationLimit() {
    TestShop leads = new TestShop(new InMemoryStorage(), b -> b.complaintRules(ComplaintRules.defaults(java.util.Currency.getInstance("CNY"))
        .withApprovers(java.util.EnumSet.of(dev.kefu.spi.staff.Role.TEAM_LEAD, dev.kefu.spi.staff.Role.SUPERVISOR))));
    leads.register("c");
    Complaints cs = leads.kefu.complaints();
    Complaint c = cs.register(RegisterComplaint.of(by(AGENT), CustomerId.of("c"), Channel.PHONE, "late"));
    cs.assess(AssessComplaint.substantiated(by(AGENT), c.id(), Department.LOGISTICS));
    cs.recordCause(new RecordCause(by(AGENT), c.id(), CauseCategory.LOGISTICS, "courier"));
    cs.proposeResolution(new ProposeResolution(by(AGENT), c.id(), List.of(
        new ResolutionOption(ResolutionType.COMPENSATION, "voucher", Money.of("500", "CNY")),
        new ResolutionOption(ResolutionType.COMPENSATION, "small voucher", Money.of("50", "CNY")))));
    AccessDeniedException e = catchThrowableOfType(AccessDeniedException.class, () -> cs.approveResolution(new ApproveResolution(by(LEAD), c.id(), 0)));
    assertThat(e.ruleId()).isEqualTo("CP-13");
    assertThat(cs.approveResolution(new ApproveResolution(by(LEAD), c.id(), 1)).approvedBy()).contains(LEAD);
  }

  @Test
  @DisplayName("the stage SLAs run on the complaint's ticket, per policy: acknowledged at assessment, resolved at acceptance")
  void stageSlas() {
    dev.kefu.sla.SlaPolicy complaintsPolicy = dev.kefu.sla.SlaPolicy.named("complaints")
        .withScope(dev.kefu.sla.PolicyScope.everything().kinds(TicketKind.COMPLAINT))
        .withTarget(SlaMetric.FIRST_RESPONSE, dev.kefu.spi.sla.SlaTarget.calendar(Duration.ofHours(1)))
        .withTarget(SlaMetric.RESOLUTION, dev.kefu.spi.sla.SlaTarget.calendar(Duration.ofDays(3)));
    TestShop s = new TestShop(new InMemoryStorage(), b -> b.sla(dev.kefu.sla.SlaSettings.defaults(java.time.ZoneId.of("UTC"))
        .withPolicies(dev.kefu.sla.SlaPolicies.defaults().withFirst(complaintsPolicy))));
    s.register("c");
    Complaints cs = s.kefu.complaints();
    Complaint c = cs.register(RegisterComplaint.of(by(AGENT), CustomerId.of("c"), Channel.PHONE, "broken"));
    s.clock.advance(Duration.ofMinutes(20));
    cs.assess(AssessComplaint.substantiated(by(AGENT), c.id(), Department.QUALITY));
    assertThat(s.kefu.sla().clocks(c.ticket())).filteredOn(k -> k.metric() == SlaMetric.FIRST_RESPONSE).singleElement()
        .satisfies(k -> {
          assertThat(k.status()).isEqualTo(SlaClock.Status.FULFILLED);
          assertThat(s.kefu.sla().math(k).elapsed(s.clock.instant())).isEqualTo(Duration.ofMinutes(20));
        });
    assertThat(s.kefu.sla().clocks(c.ticket())).filteredOn(k -> k.metric() == SlaMetric.RESOLUTION).singleElement()
        .satisfies(k -> assertThat(k.status()).isEqualTo(SlaClock.Status.RUNNING));
    cs.recordCause(new RecordCause(by(AGENT), c.id(), CauseCategory.PRODUCT_QUALITY, "seam"));
    cs.proposeResolution(new ProposeResolution(by(AGENT), c.id(), List.of(ResolutionOption.of(ResolutionType.EXCHANGE, "new one"))));
    cs.approveResolution(new ApproveResolution(by(SUPERVISOR), c.id(), 0));
    cs.carryOut(new CarryOutResolution(by(AGENT), c.id(), List.of(AGENT)));
    cs.recordCustomerAnswer(new RecordCustomerAnswer(by(AGENT), c.id(), true, "ok"));
    assertThat(s.kefu.sla().clocks(c.ticket())).filteredOn(k -> k.metric() == SlaMetric.RESOLUTION).singleElement()
        .satisfies(k -> assertThat(k.status()).isEqualTo(SlaClock.Status.FULFILLED));
    s.kefu.deliverNotifications();
    assertThat(s.channel.sent).extracting(Notification::templateKey).contains("ticket.resolved");
  }
}
