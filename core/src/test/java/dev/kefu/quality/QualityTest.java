package dev.kefu.quality;

import static dev.kefu.test.TestShop.AGENT;
import static dev.kefu.test.TestShop.AGENT_2;
import static dev.kefu.test.TestShop.LEAD;
import static dev.kefu.test.TestShop.QA;
import static dev.kefu.test.TestShop.SUPERVISOR;
import static dev.kefu.test.TestShop.by;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.kefu.AccessDeniedException;
import dev.kefu.InvalidCommandException;
import dev.kefu.complaint.AssessComplaint;
import dev.kefu.complaint.DecideAgentRecord;
import dev.kefu.complaint.RegisterComplaint;
import dev.kefu.memory.InMemoryStorage;
import dev.kefu.spi.Channel;
import dev.kefu.spi.complaint.Complaint;
import dev.kefu.spi.complaint.Department;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.notification.Notification;
import dev.kefu.spi.order.OrderEvent;
import dev.kefu.spi.order.OrderId;
import dev.kefu.spi.quality.MentionCheck;
import dev.kefu.spi.quality.QaReview;
import dev.kefu.spi.quality.QaReviewQuery;
import dev.kefu.spi.ticket.Ticket;
import dev.kefu.spi.ticket.TicketKind;
import dev.kefu.test.TestShop;
import dev.kefu.ticket.AssignTicket;
import dev.kefu.ticket.OpenTicket;
import dev.kefu.ticket.RespondToTicket;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class QualityTest {

  private final TestShop shop = new TestShop();
  private final Quality quality = shop.kefu.quality();

  private Ticket handled(dev.kefu.spi.staff.StaffId agent) {
    if (shop.storage.customers().find(CustomerId.of("c")).isEmpty()) {
      shop.register("c");
    }
    Ticket t = shop.kefu.tickets().open(OpenTicket.of(by(agent), CustomerId.of("c"), TicketKind.AFTER_SALE, Channel.APP, "s", "m"));
    shop.kefu.tickets().assign(new AssignTicket(by(agent), t.id(), agent));
    return shop.kefu.tickets().respond(new RespondToTicket(by(agent), t.id(), "answer", 1, Duration.ofMinutes(1)));
  }

  private static Map<String, Integer> scores(int greeting, int accuracy, int resolution, int compliance) {
    return Map.of("greeting", greeting, "accuracy", accuracy, "resolution", resolution, "compliance", compliance);
  }

  @Test
  @DisplayName("QA-1: QA scores a contact on the weighted scorecard, with comments; feedback goes to the agent and the team lead")
  void scoreAndFeedback() {
    Ticket t = handled(AGENT);
    shop.clock.advance(Duration.ofMinutes(5));
    QaReview r = quality.score(new ScoreContact(by(QA), t.id(), 2, scores(90, 70, 80, 100),
        Map.of("accuracy", "quoted the old returns window"), "friendly, one error"));
    // (20·90 + 30·70 + 30·80 + 20·100) ÷ 100 = (1800 + 2100 + 2400 + 2000) ÷ 100 = 83
    assertThat(r.total()).isEqualTo(83.0);
    assertThat(r.agent()).isEqualTo(AGENT);
    assertThat(r.teamLead()).contains(LEAD);
    assertThat(r.scores()).filteredOn(s -> s.criterion().equals("accuracy")).singleElement()
        .satisfies(s -> assertThat(s.comment()).contains("quoted the old returns window"));
    assertThat(quality.reviews(QaReviewQuery.all().withAgent(AGENT))).containsExactly(r);

    shop.kefu.deliverNotifications();
    List<Notification> feedback = shop.channel.sent.stream().filter(n -> n.templateKey().startsWith("qa.feedback")).toList();
    assertThat(feedback).extracting(n -> n.recipient().id()).containsExactlyInAnyOrder(AGENT.value(), LEAD.value());
    assertThat(feedback).allSatisfy(n -> assertThat(n.parameters()).containsEntry("score", "83.0"));
  }

  @Test
  @DisplayName("QA-1: bad scores get one exception listing every violation, and nothing is stored or sent")
  void invalidScoresListEveryViolation() {
    Ticket t = handled(AGENT);
    var before = shop.counts();
    InvalidCommandException e = catchThrowableOfType(InvalidCommandException.class, () -> quality.score(new ScoreContact(by(QA), t.id(), 1,
        Map.of("greeting", 101, "accuracy", 50, "resolution", 50, "smile", 50), Map.of("tone", "nice"), " ")));
    assertThat(e.paths()).containsExactlyInAnyOrder("scores[greeting].<map value>", "comment", "scores", "scores[smile]",
        "comments[tone]");
    assertThat(shop.counts()).isEqualTo(before);
  }

  @Test
  @DisplayName("QA-1: a contact is reviewed once, by QA only, never by its own handler, and only a contact staff handled")
  void reviewRules() {
    Ticket t = handled(AGENT);
    assertThat(catchThrowableOfType(AccessDeniedException.class,
        () -> quality.score(new ScoreContact(by(LEAD), t.id(), 2, scores(1, 1, 1, 1), Map.of(), "x"))).ruleId()).isEqualTo("ST-1");
    quality.score(new ScoreContact(by(QA), t.id(), 2, scores(1, 1, 1, 1), Map.of(), "x"));
    InvalidCommandException twice = catchThrowableOfType(InvalidCommandException.class,
        () -> quality.score(new ScoreContact(by(QA), t.id(), 2, scores(1, 1, 1, 1), Map.of(), "x")));
    assertThat(twice.violations()).singleElement().satisfies(v -> assertThat(v.ruleId()).isEqualTo("QA-1"));
    assertThat(catchThrowableOfType(InvalidCommandException.class,
        () -> quality.score(new ScoreContact(by(QA), t.id(), 9, scores(1, 1, 1, 1), Map.of(), "x"))).paths()).containsExactly("contact");
  }

  @Test
  @DisplayName("QA-1: sampling is deterministic, so instances sharing a store agree, and a complaint raises the agent's rate")
  void sampling() {
    for (int i = 0; i < 40; i++) {
      handled(AGENT);
    }
    QualityRules rules = QualityRules.defaults().withSampling(SamplingPolicy.defaults().withSeed(7).withBaseRate(0.1)
        .withNewAgents(0.1, Duration.ZERO).withAfterComplaint(1.0, Duration.ofDays(14)));
    InMemoryStorage shared = shop.storage;
    TestShop other = new TestShop(shared, b -> b.qualityRules(rules));
    TestShop third = new TestShop(shared, b -> b.qualityRules(rules));
    var from = TestShop.START.minusSeconds(3600);
    var to = shop.clock.instant().plusSeconds(3600);
    List<SamplingDecision> a = other.kefu.quality().contacts(from, to);
    assertThat(a).hasSize(80).allSatisfy(d -> assertThat(d.rate()).isEqualTo(0.1));
    assertThat(third.kefu.quality().contacts(from, to)).isEqualTo(a);
    assertThat(a.stream().filter(SamplingDecision::sampled)).isNotEmpty().hasSizeLessThan(30);
    assertThat(other.kefu.quality().toReview(from, to)).containsExactlyElementsOf(a.stream().filter(SamplingDecision::sampled).toList());

    shop.kefu.complaints().assess(AssessComplaint.substantiated(by(SUPERVISOR),
        shop.kefu.complaints().register(RegisterComplaint.of(by(SUPERVISOR), CustomerId.of("c"), Channel.PHONE, "rude").about(AGENT)).id(),
        Department.CUSTOMER_SERVICE));
    shop.clock.advance(Duration.ofMinutes(1));
    Ticket after = handled(AGENT);
    SamplingDecision d = other.kefu.quality().sampling(after.id(), 2);
    assertThat(d.rate()).isEqualTo(1.0);
    assertThat(d.reason()).isEqualTo("after complaint");
    assertThat(d.sampled()).isTrue();
    assertThat(d.ruleId()).isEqualTo("QA-1");
  }

  @Test
  @DisplayName("TK-18, CP-12: QA verifies praise and criticism naming an agent, and the record a complaint put on the agent")
  void verification() {
    shop.register("c");
    shop.kefu.orders().feed(new OrderEvent.ReviewPosted("e-1", OrderId.of("o-1"), CustomerId.of("c"), shop.clock.instant(), 5,
        "great help", Optional.of(AGENT)));
    shop.kefu.orders().feed(new OrderEvent.ReviewPosted("e-2", OrderId.of("o-2"), CustomerId.of("c"), shop.clock.instant(), 1,
        "rude", Optional.of(AGENT)));
    MentionCheck praise = quality.verifyMention(new VerifyMention(by(QA), OrderId.of("o-1"), AGENT, true));
    assertThat(praise.praise()).isTrue();
    assertThat(praise.verified()).isTrue();
    MentionCheck criticism = quality.verifyMention(new VerifyMention(by(QA), OrderId.of("o-2"), AGENT, false));
    assertThat(criticism.praise()).isFalse();
    assertThat(criticism.verified()).isFalse();
    assertThat(catchThrowableOfType(InvalidCommandException.class,
        () -> quality.verifyMention(new VerifyMention(by(QA), OrderId.of("o-1"), AGENT, false))).violations())
        .singleElement().satisfies(v -> assertThat(v.ruleId()).isEqualTo("TK-18"));
    assertThat(catchThrowableOfType(InvalidCommandException.class,
        () -> quality.verifyMention(new VerifyMention(by(QA), OrderId.of("o-1"), AGENT_2, true))).paths()).containsExactly("agent");
    shop.kefu.orders().feed(new OrderEvent.ReviewPosted("e-3", OrderId.of("o-3"), CustomerId.of("c"), shop.clock.instant(), 1,
        "slow", Optional.of(AGENT_2)));
    assertThat(catchThrowableOfType(AccessDeniedException.class,
        () -> quality.verifyMention(new VerifyMention(by(LEAD), OrderId.of("o-3"), AGENT_2, true)))).isNotNull();

    Complaint c = shop.kefu.complaints().register(RegisterComplaint.of(by(SUPERVISOR), CustomerId.of("c"), Channel.PHONE, "rude")
        .about(AGENT));
    c = shop.kefu.complaints().assess(AssessComplaint.substantiated(by(SUPERVISOR), c.id(), Department.CUSTOMER_SERVICE));
    c = quality.verifyComplaintRecord(new DecideAgentRecord(by(QA), c.id(), true));
    assertThat(c.agentRecord().orElseThrow().counts()).isTrue();

    QaMonthlySummary month = quality.monthlySummary(YearMonth.of(2026, 3));
    assertThat(month.rows()).singleElement().satisfies(r -> {
      assertThat(r.agent()).isEqualTo(AGENT.value());
      assertThat(r.verifiedPraise()).isEqualTo(1);
      assertThat(r.verifiedCriticism()).as("dismissed").isZero();
      assertThat(r.verifiedComplaints()).isEqualTo(1);
    });
  }

  @Test
  @DisplayName("QA-2: the monthly summary of QA scores and training-exam scores per agent, within the month in the shop's zone")
  void monthlySummary() {
    Ticket t1 = handled(AGENT);
    Ticket t2 = handled(AGENT);
    Ticket t3 = handled(AGENT_2);
    quality.score(new ScoreContact(by(QA), t1.id(), 2, scores(100, 100, 100, 100), Map.of(), "perfect"));   // 100
    quality.score(new ScoreContact(by(QA), t2.id(), 2, scores(60, 60, 60, 60), Map.of(), "weak"));          // 60
    quality.score(new ScoreContact(by(QA), t3.id(), 2, scores(50, 100, 100, 50), Map.of(), "mixed"));
    // agent-2: (20·50 + 30·100 + 30·100 + 20·50) ÷ 100 = (1000 + 3000 + 3000 + 1000) ÷ 100 = 80
    quality.recordExam(new RecordTrainingExam(by(QA), AGENT, "returns policy", 90, LocalDate.of(2026, 3, 1)));
    quality.recordExam(new RecordTrainingExam(by(SUPERVISOR), AGENT, "product knowledge", 70, LocalDate.of(2026, 3, 2)));
    quality.recordExam(new RecordTrainingExam(by(QA), AGENT_2, "returns policy", 40, LocalDate.of(2026, 2, 28))); // February
    assertThat(catchThrowableOfType(InvalidCommandException.class, () -> quality.recordExam(
        new RecordTrainingExam(by(QA), AGENT, "future", 90, LocalDate.of(2026, 3, 3)))).paths()).containsExactly("takenOn");
    assertThat(catchThrowableOfType(AccessDeniedException.class, () -> quality.recordExam(
        new RecordTrainingExam(by(AGENT_2), AGENT, "self-made", 100, LocalDate.of(2026, 3, 2))))).isNotNull();

    QaMonthlySummary march = quality.monthlySummary(YearMonth.of(2026, 3));
    assertThat(march.rows()).hasSize(2);
    QaMonthlySummary.Row a1 = march.rows().get(0);
    // agent-1: QA (100 + 60) ÷ 2 = 80; exams (90 + 70) ÷ 2 = 80
    assertThat(a1.agent()).isEqualTo("agent-1");
    assertThat(a1.qaScore()).hasValue(80.0);
    assertThat(a1.examScore()).hasValue(80.0);
    QaMonthlySummary.Row a2 = march.rows().get(1);
    assertThat(a2.qaScore()).hasValue(80.0);
    assertThat(a2.examScore()).as("the exam was in February").isEmpty();
    assertThat(quality.monthlySummary(YearMonth.of(2026, 2)).rows()).singleElement()
        .satisfies(r -> assertThat(r.examScore()).hasValue(40.0));
    assertThat(march.toReport().ruleId()).isEqualTo("QA-2");
    assertThat(march.toReport().sections()).hasSize(2);
  }
}
