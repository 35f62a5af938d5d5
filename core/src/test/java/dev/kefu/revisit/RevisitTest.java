package dev.kefu.revisit;

import static dev.kefu.test.TestShop.AGENT;
import static dev.kefu.test.TestShop.SUPERVISOR;
import static dev.kefu.test.TestShop.by;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.kefu.InvalidCommandException;
import dev.kefu.complaint.ApproveResolution;
import dev.kefu.complaint.AssessComplaint;
import dev.kefu.complaint.CarryOutResolution;
import dev.kefu.complaint.ProposeResolution;
import dev.kefu.complaint.RecordCause;
import dev.kefu.complaint.RecordCustomerAnswer;
import dev.kefu.complaint.RegisterComplaint;
import dev.kefu.customer.AssignCustomerOwner;
import dev.kefu.customer.RecordMarketingConsent;
import dev.kefu.customer.RegisterCustomer;
import dev.kefu.customer.SetVipStatus;
import dev.kefu.memory.InMemoryStorage;
import dev.kefu.sla.PolicyScope;
import dev.kefu.sla.SlaPolicies;
import dev.kefu.sla.SlaPolicy;
import dev.kefu.sla.SlaSettings;
import dev.kefu.spi.Channel;
import dev.kefu.spi.complaint.CauseCategory;
import dev.kefu.spi.complaint.Complaint;
import dev.kefu.spi.complaint.ComplaintStatus;
import dev.kefu.spi.complaint.Department;
import dev.kefu.spi.complaint.ResolutionOption;
import dev.kefu.spi.complaint.ResolutionType;
import dev.kefu.spi.complaint.Satisfaction;
import dev.kefu.spi.customer.ContactPoint;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.customer.Membership;
import dev.kefu.spi.revisit.Revisit;
import dev.kefu.spi.revisit.RevisitQuery;
import dev.kefu.spi.revisit.RevisitReason;
import dev.kefu.spi.sla.SlaClock;
import dev.kefu.spi.sla.SlaMetric;
import dev.kefu.spi.sla.SlaTarget;
import dev.kefu.spi.store.PageRequest;
import dev.kefu.spi.ticket.TicketStatus;
import dev.kefu.test.TestShop;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RevisitTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private final TestShop shop = new TestShop();

  private static Instant local(String t) {
    return ZonedDateTime.of(LocalDateTime.parse(t), SHANGHAI).toInstant();
  }

  private Complaint accepted(String customer) {
    return accepted(shop, customer);
  }

  private static Complaint accepted(TestShop shop, String customer) {
    Complaint c = shop.kefu.complaints().register(RegisterComplaint.of(by(AGENT), CustomerId.of(customer), Channel.PHONE, "late"));
    shop.kefu.complaints().assess(AssessComplaint.substantiated(by(AGENT), c.id(), Department.LOGISTICS));
    shop.kefu.complaints().recordCause(new RecordCause(by(AGENT), c.id(), CauseCategory.LOGISTICS, "courier"));
    shop.kefu.complaints().proposeResolution(new ProposeResolution(by(AGENT), c.id(), List.of(ResolutionOption.of(ResolutionType.APOLOGY, "sorry"))));
    shop.kefu.complaints().approveResolution(new ApproveResolution(by(SUPERVISOR), c.id(), 0));
    shop.kefu.complaints().carryOut(new CarryOutResolution(by(AGENT), c.id(), List.of(AGENT)));
    return shop.kefu.complaints().recordCustomerAnswer(new RecordCustomerAnswer(by(AGENT), c.id(), true, "fine"));
  }

  private List<Revisit> revisits(String campaign) {
    return shop.kefu.revisits().list(RevisitQuery.all().withCampaign(campaign), PageRequest.first(1000)).items();
  }

  @Test
  @DisplayName("CP-7, RV-5: every accepted complaint is revisited, on a REVISIT ticket whose clock gives 3 days")
  void afterComplaint() {
    shop.register("c");
    Complaint c = accepted("c");
    Revisit r = revisits("complaint-revisits").get(0);
    assertThat(r.reason()).isEqualTo(RevisitReason.COMPLAINT);
    assertThat(r.source()).isEqualTo(c.id().value());
    assertThat(r.owner()).isEqualTo(AGENT);
    assertThat(r.scheduledFor()).isEqualTo(shop.clock.instant().plus(Duration.ofDays(1)));
    SlaClock clock = shop.kefu.sla().clocks(r.ticket()).stream().filter(k -> k.metric() == SlaMetric.REVISIT).findFirst().orElseThrow();
    assertThat(clock.target()).isEqualTo(SlaTarget.calendar(Duration.ofDays(3)));
    shop.kefu.revisits().record(RecordRevisitOutcome.reached(by(AGENT), r.id(), Satisfaction.SATISFIED, null));
    assertThat(shop.kefu.sla().clocks(r.ticket())).filteredOn(k -> k.metric() == SlaMetric.REVISIT)
        .singleElement().satisfies(k -> assertThat(k.status()).isEqualTo(SlaClock.Status.FULFILLED));
    Complaint revisited = shop.kefu.complaints().find(c.id()).orElseThrow();
    assertThat(revisited.status()).as("CP-7: recording kefu's revisit revisits the complaint").isEqualTo(ComplaintStatus.REVISITED);
    assertThat(revisited.revisitOutcome()).contains(Satisfaction.SATISFIED);
    assertThat(revisited.history()).last().satisfies(step -> {
      assertThat(step.action()).isEqualTo("RECORD_REVISIT");
      assertThat(step.by()).isEqualTo(AGENT);
    });
    assertThat(shop.storage.eventLog().eventsOf(Complaint.TYPE, c.id().value())).extracting(e -> e.type())
        .endsWith("complaint.revisited");
  }

  @Test
  @DisplayName("RV-5: a planned revisit ticket carries only its REVISIT clock, even where a policy sets response targets for its channel")
  void revisitTicketsCarryOnlyTheirOwnClock() {
    SlaPolicy phone = new SlaPolicy("phone", PolicyScope.everything().channels(Channel.PHONE), SlaPolicy.SHOP_CALENDAR,
        SlaPolicies.defaults().fallback().targets(), SlaPolicies.defaults().fallback().warning(),
        SlaPolicies.defaults().fallback().escalation())
        .withTarget(SlaMetric.FIRST_RESPONSE, SlaTarget.calendar(Duration.ofMinutes(10)))
        .withTarget(SlaMetric.RESOLUTION, SlaTarget.calendar(Duration.ofDays(1)));
    TestShop strict = new TestShop(new InMemoryStorage(),
        b -> b.sla(SlaSettings.defaults(ZoneId.of("Asia/Shanghai")).withPolicies(SlaPolicies.defaults().withFirst(phone))));
    strict.register("c");
    Complaint c = accepted(strict, "c");
    Revisit r = strict.kefu.revisits().list(RevisitQuery.all(), PageRequest.first(10)).items().get(0);

    assertThat(strict.kefu.sla().clocks(c.ticket())).extracting(SlaClock::metric).as("the complaint's phone ticket")
        .contains(SlaMetric.FIRST_RESPONSE, SlaMetric.RESOLUTION);
    assertThat(strict.kefu.sla().clocks(r.ticket())).extracting(SlaClock::metric).as("the revisit's phone ticket")
        .containsExactly(SlaMetric.REVISIT);
    strict.clock.advance(Duration.ofHours(2));
    strict.kefu.runDueWork();
    assertThat(strict.kefu.sla().clocks(r.ticket())).noneMatch(SlaClock::breached);
  }

  @Test
  @DisplayName("RV-1: revisits go by phone, SMS or e-mail, phone first; a customer with none of them gets none")
  void channels() {
    shop.kefu.customers().register(RegisterCustomer.of(by(AGENT), CustomerId.of("mail"), "M",
        List.of(ContactPoint.of(Channel.EMAIL, "m@example.com"), ContactPoint.of(Channel.WECHAT, "wx")), "r", SHANGHAI));
    shop.kefu.customers().register(RegisterCustomer.of(by(AGENT), CustomerId.of("phone"), "P",
        List.of(ContactPoint.of(Channel.SMS, "139"), ContactPoint.of(Channel.PHONE, "138")), "r", SHANGHAI));
    shop.kefu.customers().register(RegisterCustomer.of(by(AGENT), CustomerId.of("chat"), "C",
        List.of(ContactPoint.of(Channel.WECHAT, "wx2")), "r", SHANGHAI));
    accepted("mail");
    accepted("phone");
    accepted("chat");
    assertThat(revisits("complaint-revisits")).extracting(r -> r.customer().value() + ":" + r.channel())
        .containsExactlyInAnyOrder("mail:EMAIL", "phone:PHONE");
  }

  @Test
  @DisplayName("RV-2: a revisit is never placed in the customer's rest hours, reckoned in their own time zone")
  void restHours() {
    shop.register("c");
    shop.clock.set(local("2026-03-02T22:30")); // accepted late in the evening in Shanghai
    accepted("c");
    Revisit r = revisits("complaint-revisits").get(0);
    assertThat(r.scheduledFor()).isEqualTo(local("2026-03-04T09:00")); // the day after, once awake
    RestHours rest = RestHours.defaults();
    assertThat(rest.contains(java.time.LocalTime.of(21, 0))).isTrue();
    assertThat(rest.contains(java.time.LocalTime.of(8, 59))).isTrue();
    assertThat(rest.contains(java.time.LocalTime.of(9, 0))).isFalse();
    assertThat(rest.nextAwake(Instant.parse("2026-03-02T03:00:00Z"), ZoneId.of("America/New_York")))
        .isEqualTo(Instant.parse("2026-03-02T14:00:00Z")); // 22:00 in New York, awake at 09:00
  }

  @Test
  @DisplayName("RV-3, RV-6: every member is revisited on the 1st and 15th; renewal reminders go to cards about to expire")
  void members() {
    shop.kefu.customers().register(TestShop.registration("m1").withMembership(new Membership("C1", LocalDate.of(2027, 1, 1))));
    shop.kefu.customers().register(TestShop.registration("m2").withMembership(new Membership("C2", LocalDate.of(2026, 4, 1))));
    shop.kefu.customers().register(TestShop.registration("gone").withMembership(new Membership("C3", LocalDate.of(2026, 3, 10))));
    shop.register("plain");
    // a renewal reminder is marketing: m2 consented to it (CU-10; MarketingConsentTest proves the refusal)
    shop.kefu.customers().recordMarketingConsent(new RecordMarketingConsent(by(AGENT), CustomerId.of("m2"), true, Channel.APP));
    for (int day = 0; day < 31; day++) {
      shop.clock.advance(Duration.ofDays(1));
      shop.kefu.runDueWork();
    }
    assertThat(revisits("members-2026-03-15")).extracting(r -> r.customer().value()).containsExactlyInAnyOrder("m1", "m2");
    assertThat(revisits("members-2026-04-01")).extracting(r -> r.customer().value()).containsExactlyInAnyOrder("m1", "m2");
    assertThat(revisits("members-2026-03-15")).allSatisfy(r -> {
      assertThat(r.reason()).isEqualTo(RevisitReason.MEMBER);
      assertThat(RestHours.defaults().contains(ZonedDateTime.ofInstant(r.scheduledFor(), SHANGHAI).toLocalTime())).isFalse();
    });
    shop.kefu.deliverNotifications();
    assertThat(shop.channel.sent).filteredOn(n -> n.templateKey().equals("membership.renewal"))
        .extracting(n -> n.recipient().id()).contains("m2").doesNotContain("m1", "plain");
  }

  @Test
  @DisplayName("CU-4: a VIP member whose file belongs to a plain agent gets the member revisit in the queue, for the VIP desk")
  void vipMemberRevisitWaitsForTheVipDesk() {
    shop.kefu.customers().register(TestShop.registration("vm").withMembership(new Membership("V1", LocalDate.of(2027, 1, 1))));
    shop.kefu.customers().register(TestShop.registration("pm").withMembership(new Membership("P1", LocalDate.of(2027, 1, 1))));
    for (String id : List.of("vm", "pm")) {
      shop.kefu.customers().assignOwner(new AssignCustomerOwner(by(SUPERVISOR), CustomerId.of(id), AGENT, "her region"));
    }
    shop.kefu.customers().setVipStatus(new SetVipStatus(by(SUPERVISOR), CustomerId.of("vm"), true, "key account"));
    for (int day = 0; day < 16; day++) {
      shop.clock.advance(Duration.ofDays(1));
      shop.kefu.runDueWork();
    }

    List<Revisit> campaign = revisits("members-2026-03-15");
    Revisit vip = campaign.stream().filter(r -> r.customer().value().equals("vm")).findFirst().orElseThrow();
    Revisit plain = campaign.stream().filter(r -> r.customer().value().equals("pm")).findFirst().orElseThrow();
    assertThat(vip.owner().value()).isEqualTo("queue");
    assertThat(shop.kefu.tickets().find(vip.ticket()).orElseThrow().owner()).isEmpty();
    assertThat(plain.owner()).isEqualTo(AGENT);
    assertThat(shop.kefu.tickets().find(plain.ticket()).orElseThrow().owner()).contains(AGENT);
  }

  @Test
  @DisplayName("RV-4, RV-7, RV-8: outcomes recorded in full; an unsatisfied one names its dimension and opens an improvement item; the campaign has its summary")
  void outcomesAndSummary() {
    for (String id : List.of("a", "b", "c")) {
      shop.register(id);
      accepted(id);
    }
    List<Revisit> planned = revisits("complaint-revisits");
    InvalidCommandException noDimension = catchThrowableOfType(InvalidCommandException.class, () -> shop.kefu.revisits()
        .record(RecordRevisitOutcome.reached(by(AGENT), planned.get(0).id(), Satisfaction.UNSATISFIED, " ")));
    assertThat(noDimension.violations()).singleElement().satisfies(v -> assertThat(v.ruleId()).isEqualTo("RV-7"));
    Revisit unhappy = shop.kefu.revisits().record(new RecordRevisitOutcome(by(AGENT), planned.get(0).id(), true,
        Satisfaction.UNSATISFIED, "delivery speed", "took a week", "use a faster courier"));
    assertThat(unhappy.status()).isEqualTo(Revisit.Status.DONE);
    assertThat(unhappy.outcome()).hasValueSatisfying(o -> {
      assertThat(o.dimension()).contains("delivery speed");
      assertThat(o.complaints()).isEqualTo("took a week");
      assertThat(o.suggestions()).isEqualTo("use a faster courier");
    });
    assertThat(unhappy.improvementItem()).isPresent();
    shop.kefu.revisits().record(RecordRevisitOutcome.reached(by(AGENT), planned.get(1).id(), Satisfaction.SATISFIED, null));
    for (int attempt = 1; attempt <= RevisitRules.defaults().attempts(); attempt++) {
      shop.kefu.revisits().record(RecordRevisitOutcome.unreachable(by(AGENT), planned.get(2).id()));
    }
    CampaignSummary s = shop.kefu.revisits().summary("complaint-revisits");
    assertThat(s.planned()).isEqualTo(3);
    assertThat(s.reached()).isEqualTo(2);
    assertThat(s.unreachable()).isEqualTo(1);
    assertThat(s.satisfiedPercent()).isEqualTo(50.0);
    assertThat(s.issues()).containsEntry("delivery speed", 1L);
    assertThat(shop.storage.eventLog().readAfter(0, 10_000)).filteredOn(e -> e.event().type().equals("improvement.opened")).hasSize(1);
    shop.kefu.deliverNotifications();
    assertThat(shop.channel.sent).filteredOn(n -> n.templateKey().equals("improvement.opened"))
        .extracting(n -> n.recipient().id()).containsExactly("sup");
  }

  @Test
  @DisplayName("RV-2, RV-5, CP-7: a customer not reached is called again, out of rest hours, until the attempts run out; then the supervisor hears and the complaint waits for its revisit")
  void unreachableIsCalledAgain() {
    shop.register("c");
    shop.clock.set(local("2026-03-02T15:00"));
    Complaint c = accepted("c");
    Revisit first = revisits("complaint-revisits").get(0);
    Duration retry = RevisitRules.defaults().retryAfter();
    shop.clock.set(local("2026-03-03T19:00")); // a failed call in the evening: four hours later is rest time

    Revisit second = shop.kefu.revisits().record(RecordRevisitOutcome.unreachable(by(AGENT), first.id()));

    assertThat(second.status()).isEqualTo(Revisit.Status.SCHEDULED);
    assertThat(second.attempt()).isEqualTo(2);
    assertThat(local("2026-03-03T19:00").plus(retry)).as("the plain retry time lies in the rest hours")
        .isAfter(local("2026-03-03T21:00"));
    assertThat(second.scheduledFor()).isEqualTo(local("2026-03-04T09:00"));
    assertThat(shop.kefu.tickets().find(first.ticket()).orElseThrow().status()).as("the REVISIT ticket stays open")
        .isNotIn(TicketStatus.RESOLVED, TicketStatus.CLOSED);
    assertThat(shop.kefu.sla().clocks(first.ticket())).filteredOn(k -> k.metric() == SlaMetric.REVISIT)
        .singleElement().satisfies(k -> assertThat(k.status()).isEqualTo(SlaClock.Status.RUNNING));

    shop.clock.set(local("2026-03-04T09:05"));
    shop.kefu.runDueWork();
    Revisit third = shop.kefu.revisits().record(RecordRevisitOutcome.unreachable(by(AGENT), first.id()));
    assertThat(third.attempt()).isEqualTo(3);
    assertThat(third.scheduledFor()).isEqualTo(local("2026-03-04T09:05").plus(retry));
    shop.clock.set(third.scheduledFor());
    Revisit last = shop.kefu.revisits().record(RecordRevisitOutcome.unreachable(by(AGENT), first.id()));

    assertThat(last.status()).isEqualTo(Revisit.Status.UNREACHABLE);
    assertThat(last.attempt()).isEqualTo(3);
    assertThat(shop.kefu.tickets().find(first.ticket()).orElseThrow().status()).isEqualTo(TicketStatus.RESOLVED);
    assertThat(shop.kefu.complaints().find(c.id()).orElseThrow().status()).as("CP-7: not reviewed without a revisit")
        .isEqualTo(ComplaintStatus.ACCEPTED);
    assertThat(shop.storage.eventLog().eventsOf(Revisit.TYPE, first.id())).extracting(e -> e.type())
        .containsExactly("revisit.scheduled", "revisit.retried", "revisit.retried", "revisit.unreachable");
    shop.kefu.deliverNotifications();
    assertThat(shop.channel.sent).filteredOn(n -> n.templateKey().equals("revisit.unreachable"))
        .singleElement().satisfies(n -> assertThat(n.recipient().id()).isEqualTo("sup"));
    assertThat(shop.kefu.revisits().summary("complaint-revisits").unreachable()).isEqualTo(1);
  }

  @Test
  @DisplayName("the owner is reminded when a revisit's time comes")
  void reminder() {
    shop.register("c");
    accepted("c");
    shop.clock.advance(Duration.ofDays(1));
    shop.kefu.runDueWork();
    shop.kefu.deliverNotifications();
    assertThat(shop.channel.sent).filteredOn(n -> n.templateKey().equals("revisit.due"))
        .extracting(n -> n.recipient().id()).containsExactly("agent-1");
  }
}
