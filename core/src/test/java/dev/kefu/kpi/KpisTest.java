package dev.kefu.kpi;

import static dev.kefu.test.TestShop.AGENT;
import static dev.kefu.test.TestShop.AGENT_2;
import static dev.kefu.test.TestShop.LEAD;
import static dev.kefu.test.TestShop.QA;
import static dev.kefu.test.TestShop.START;
import static dev.kefu.test.TestShop.SUPERVISOR;
import static dev.kefu.test.TestShop.by;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.kefu.complaint.AssessComplaint;
import dev.kefu.complaint.DecideAgentRecord;
import dev.kefu.complaint.RegisterComplaint;
import dev.kefu.memory.InMemoryStorage;
import dev.kefu.quality.ScoreContact;
import dev.kefu.sla.SlaPolicies;
import dev.kefu.sla.SlaPolicy;
import dev.kefu.sla.SlaSettings;
import dev.kefu.spi.Channel;
import dev.kefu.spi.Money;
import dev.kefu.spi.complaint.Complaint;
import dev.kefu.spi.complaint.Department;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.order.Order;
import dev.kefu.spi.order.OrderId;
import dev.kefu.spi.sla.SlaMetric;
import dev.kefu.spi.sla.SlaTarget;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.staff.TeamId;
import dev.kefu.spi.store.AggregateWrite;
import dev.kefu.spi.store.UnitOfWork;
import dev.kefu.spi.ticket.Ticket;
import dev.kefu.spi.ticket.TicketKind;
import dev.kefu.staffing.AgentState;
import dev.kefu.staffing.Roster;
import dev.kefu.staffing.ShiftTemplate;
import dev.kefu.staffing.StateTimeline;
import dev.kefu.survey.RecordSurveyAnswer;
import dev.kefu.test.TestShop;
import dev.kefu.ticket.AssignTicket;
import dev.kefu.ticket.LogContact;
import dev.kefu.ticket.OpenTicket;
import dev.kefu.ticket.ReopenTicket;
import dev.kefu.ticket.ResolveTicket;
import dev.kefu.ticket.RespondToTicket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * One test per KPI, each on a small example whose figures are worked out by hand in the comments.
 * The shop's SLA: first response within 30 minutes, resolution within 8 hours, calendar time.
 */
class KpisTest {

  private final TestShop shop = new TestShop(new InMemoryStorage(), b -> b.sla(SlaSettings.defaults(ZoneId.of("UTC"))
      .withPolicies(SlaPolicies.defaults().withFallback(SlaPolicy.named("all")
          .withTarget(SlaMetric.FIRST_RESPONSE, SlaTarget.calendar(Duration.ofMinutes(30)))
          .withTarget(SlaMetric.RESOLUTION, SlaTarget.calendar(Duration.ofHours(8)))))));
  private final Kpis kpis = shop.kefu.kpis();
  private static final Instant DAY_END = START.plus(Duration.ofDays(1));

  private Ticket open(StaffId agent) {
    if (shop.storage.customers().find(CustomerId.of("c")).isEmpty()) {
      shop.register("c");
    }
    Ticket t = shop.kefu.tickets().open(OpenTicket.of(by(agent), CustomerId.of("c"), TicketKind.AFTER_SALE, Channel.APP, "s", "m"));
    return shop.kefu.tickets().assign(new AssignTicket(by(agent), t.id(), agent));
  }

  private void respond(StaffId agent, Ticket t, Duration took) {
    shop.kefu.tickets().respond(new RespondToTicket(by(agent), t.id(), "answer", 1, took));
  }

  private void resolve(StaffId agent, Ticket t) {
    shop.kefu.tickets().resolve(new ResolveTicket(by(agent), t.id(), "done"));
  }

  private void later(Duration d) {
    shop.clock.advance(d);
  }

  private KpiFigures agent(StaffId agent) {
    later(Duration.ofMinutes(1)); // the period [START, START + 1 day) is looked at a moment after the last command
    return kpis.agent(agent, START, DAY_END, Workforce.none());
  }

  @Test
  @DisplayName("contacts handled and average handle time: contacts that started in the period; a correction replaces its entry")
  void contactsAndHandleTime() {
    Ticket t1 = open(AGENT);                       // t1#1 at START, 0 s
    later(Duration.ofMinutes(5));
    respond(AGENT, t1, Duration.ofMinutes(4));     // t1#2 START+1m .. START+5m, 240 s
    Ticket t2 = open(AGENT);                       // t2#1 at START+5m, 0 s
    later(Duration.ofMinutes(10));
    respond(AGENT, t2, Duration.ofMinutes(2));     // t2#2 START+13m .. START+15m, 120 s
    shop.kefu.tickets().logContact(new LogContact(by(AGENT), t2.id(), START.plus(Duration.ofMinutes(6)),
        START.plus(Duration.ofMinutes(12)), Channel.APP, 1, 1, "call", null));      // t2#3, 360 s
    shop.kefu.tickets().logContact(new LogContact(by(AGENT), t2.id(), START.plus(Duration.ofMinutes(7)),
        START.plus(Duration.ofMinutes(12)), Channel.APP, 1, 1, "call, corrected", 3)); // t2#4 corrects #3: 300 s
    Ticket early = open(AGENT_2);
    shop.kefu.tickets().logContact(new LogContact(by(AGENT_2), early.id(), START.minus(Duration.ofMinutes(30)),
        START.minus(Duration.ofMinutes(20)), Channel.APP, 1, 1, "before the period", null)); // starts before: not counted

    KpiFigures a1 = agent(AGENT);
    // contacts: t1#1, t1#2, t2#1, t2#2, t2#3 (as corrected by #4) = 5
    assertThat(a1.value(Kpi.CONTACTS_HANDLED)).hasValue(5);
    // handle time: 0 + 240 + 0 + 120 + 300 = 660 s over 5 contacts = 132 s
    assertThat(a1.measure(Kpi.AVERAGE_HANDLE_TIME)).isEqualTo(new Measure(660, 5));
    assertThat(a1.value(Kpi.AVERAGE_HANDLE_TIME)).hasValue(132.0);
    KpiFigures a2 = kpis.agent(AGENT_2, START, DAY_END, Workforce.none());
    // agent-2: only the opening entry of its ticket (0 s) is in the period
    assertThat(a2.value(Kpi.CONTACTS_HANDLED)).hasValue(1);
    assertThat(kpis.agent(StaffId.of("agent-3"), START, DAY_END, Workforce.none()).value(Kpi.AVERAGE_HANDLE_TIME))
        .as("no contacts: no handle time").isEmpty();
  }

  @Test
  @DisplayName("first-contact resolution: resolved with at most one answer and never reopened, of the tickets first resolved in the period")
  void firstContactResolution() {
    Ticket t1 = open(AGENT);
    respond(AGENT, t1, Duration.ZERO);
    resolve(AGENT, t1);                 // one answer, not reopened: first-contact resolution
    Ticket t2 = open(AGENT);
    respond(AGENT, t2, Duration.ZERO);
    respond(AGENT, t2, Duration.ZERO);
    resolve(AGENT, t2);                 // two answers: not
    Ticket t3 = open(AGENT);
    respond(AGENT, t3, Duration.ZERO);
    resolve(AGENT, t3);
    shop.kefu.tickets().reopen(new ReopenTicket(by(AGENT), t3.id(), "came back"));
    resolve(AGENT, t3);                 // reopened: not; its second resolution is not a second ticket

    // 1 of 3 tickets = 0.333…
    assertThat(agent(AGENT).measure(Kpi.FIRST_CONTACT_RESOLUTION)).isEqualTo(new Measure(1, 3));
    assertThat(kpis.agent(AGENT_2, START, DAY_END, Workforce.none()).value(Kpi.FIRST_CONTACT_RESOLUTION)).isEmpty();
  }

  @Test
  @DisplayName("first-response and resolution SLA met: clocks fulfilled in the period by their owner, met ÷ fulfilled")
  void slaMet() {
    Ticket t1 = open(AGENT);
    later(Duration.ofMinutes(10));
    respond(AGENT, t1, Duration.ZERO);  // first response after 10 min of 30: met
    resolve(AGENT, t1);                 // resolution after 10 min of 8 h: met
    Ticket t2 = open(AGENT);
    later(Duration.ofMinutes(45));
    shop.kefu.runDueWork();             // the first response is breached at 30 min
    respond(AGENT, t2, Duration.ZERO);  // fulfilled late
    later(Duration.ofHours(8));
    shop.kefu.runDueWork();             // resolution breached at 8 h
    resolve(AGENT, t2);                 // fulfilled late
    Ticket t3 = open(AGENT);
    later(Duration.ofMinutes(5));
    respond(AGENT, t3, Duration.ZERO);  // met; t3 stays open: its resolution clock is not fulfilled

    KpiFigures f = agent(AGENT);
    // first response: t1 met, t2 breached, t3 met = 2 of 3
    assertThat(f.measure(Kpi.FIRST_RESPONSE_SLA_MET)).isEqualTo(new Measure(2, 3));
    // resolution: t1 met, t2 breached = 1 of 2
    assertThat(f.measure(Kpi.RESOLUTION_SLA_MET)).isEqualTo(new Measure(1, 2));
  }

  @Test
  @DisplayName("CSAT: answers of 4 or 5 ÷ answers, for the agent who owned the ticket at resolution")
  void csat() {
    int[] scores = {5, 4, 3, 1};
    for (int score : scores) {
      Ticket t = open(AGENT);
      resolve(AGENT, t);
      shop.kefu.surveys().record(new RecordSurveyAnswer(CustomerId.of("c"), t.id(), score));
    }
    // 5 and 4 are satisfied: 2 of 4 = 0.5
    assertThat(agent(AGENT).measure(Kpi.CSAT)).isEqualTo(new Measure(2, 4));
  }

  @Test
  @DisplayName("CP-12 complaint rate: verified complaints naming the agent ÷ the agent's contacts; pending or dismissed do not count")
  void complaintRate() {
    for (int i = 0; i < 4; i++) {
      Ticket t = open(AGENT_2);         // one contact each: the opening entry
      respond(AGENT_2, t, Duration.ZERO); // and the answer: 8 contacts in all
    }
    Complaint verified = complaint(AGENT_2);
    shop.kefu.quality().verifyComplaintRecord(new DecideAgentRecord(by(QA), verified.id(), true));
    Complaint dismissed = complaint(AGENT_2);
    shop.kefu.quality().verifyComplaintRecord(new DecideAgentRecord(by(QA), dismissed.id(), false));
    complaint(AGENT_2);                 // pending

    // 1 verified ÷ 8 contacts = 0.125
    assertThat(agent(AGENT_2).measure(Kpi.COMPLAINT_RATE)).isEqualTo(new Measure(1, 8));
  }

  private Complaint complaint(StaffId about) {
    if (shop.storage.customers().find(CustomerId.of("c")).isEmpty()) {
      shop.register("c");
    }
    Complaint c = shop.kefu.complaints().register(RegisterComplaint.of(by(SUPERVISOR), CustomerId.of("c"), Channel.PHONE, "rude")
        .about(about));
    return shop.kefu.complaints().assess(AssessComplaint.substantiated(by(SUPERVISOR), c.id(), Department.CUSTOMER_SERVICE));
  }

  @Test
  @DisplayName("resolution rate: tickets assigned to the agent in the period that the agent resolved before its end")
  void resolutionRate() {
    Ticket t1 = open(AGENT);
    resolve(AGENT, t1);                 // assigned and resolved: counts
    Ticket t2 = open(AGENT);            // assigned, still open
    Ticket t3 = open(AGENT);
    shop.kefu.tickets().assign(new AssignTicket(by(LEAD), t3.id(), AGENT_2));
    resolve(AGENT_2, t3);               // resolved by agent-2, to whom it was assigned too
    // agent-1: t1, t2, t3 assigned; t1 resolved by agent-1 = 1 of 3
    assertThat(agent(AGENT).measure(Kpi.RESOLUTION_RATE)).isEqualTo(new Measure(1, 3));
    // agent-2: t3 assigned and resolved = 1 of 1
    assertThat(kpis.agent(AGENT_2, START, DAY_END, Workforce.none()).measure(Kpi.RESOLUTION_RATE)).isEqualTo(new Measure(1, 1));
    assertThat(t2.status()).isNotNull();
  }

  @Test
  @DisplayName("QA-7 refund rate: refunded orders ÷ orders placed in the period, per agent who took them and shop-wide")
  void refundRate() {
    Instant in = START.plus(Duration.ofHours(1));
    store(order("o1", AGENT, in, true));
    store(order("o2", AGENT, in, false));
    store(order("o3", AGENT, in, false));
    store(order("o4", AGENT, in, true));
    store(order("o5", AGENT_2, in, false));
    store(order("o6", null, in, true));                               // taken by nobody: shop-wide only
    store(order("o7", AGENT, START.minus(Duration.ofDays(2)), true)); // placed before the period: not counted
    later(Duration.ofHours(2));

    // agent-1: o1, o4 refunded of o1..o4 = 2 of 4 = 0.5
    assertThat(kpis.agent(AGENT, START, DAY_END, Workforce.none()).measure(Kpi.REFUND_RATE)).isEqualTo(new Measure(2, 4));
    RefundRate rate = kpis.refundRate(START, DAY_END);
    // shop: o1, o4, o6 refunded of o1..o6 = 3 of 6 = 0.5; agent-2: 0 of 1
    assertThat(rate.shop()).isEqualTo(new Measure(3, 6));
    assertThat(rate.byAgent()).containsEntry("agent-1", new Measure(2, 4)).containsEntry("agent-2", new Measure(0, 1));
    assertThat(rate.toReport().ruleId()).isEqualTo("QA-7");
  }

  private Order order(String id, StaffId takenBy, Instant placedAt, boolean refunded) {
    Order.Builder b = Order.builder().id(OrderId.of(id)).customer(CustomerId.of("c")).version(1).placedAt(placedAt)
        .payment(dev.kefu.spi.order.PaymentMethod.PREPAID).total(Money.of("100", "CNY"));
    if (takenBy != null) {
      b.takenBy(takenBy);
    }
    if (refunded) {
      b.refundedAt(placedAt.plus(Duration.ofMinutes(30)));
    }
    return b.build();
  }

  private void store(Order o) {
    shop.storage.unitOfWork().commit(UnitOfWork.builder().addWrites(AggregateWrite.create(o)).build());
  }

  @Test
  @DisplayName("QA-1 QA score: the mean of the totals of the reviews made in the period")
  void qaScore() {
    Ticket t1 = open(AGENT);
    Ticket t2 = open(AGENT);
    later(Duration.ofMinutes(1));
    // greeting 20, accuracy 30, resolution 30, compliance 20
    // review 1: (20·100 + 30·80 + 30·60 + 20·100) ÷ 100 = (2000 + 2400 + 1800 + 2000) ÷ 100 = 82
    score(t1, 100, 80, 60, 100);
    // review 2: (20·50 + 30·50 + 30·50 + 20·50) ÷ 100 = 50
    score(t2, 50, 50, 50, 50);
    // mean: (82 + 50) ÷ 2 = 66
    assertThat(agent(AGENT).measure(Kpi.QA_SCORE)).isEqualTo(new Measure(132, 2));
    assertThat(agent(AGENT).value(Kpi.QA_SCORE)).hasValue(66.0);
  }

  private void score(Ticket t, int greeting, int accuracy, int resolution, int compliance) {
    shop.kefu.quality().score(new ScoreContact(by(QA), t.id(), 1,
        Map.of("greeting", greeting, "accuracy", accuracy, "resolution", resolution, "compliance", compliance), Map.of(), "ok"));
  }

  @Test
  @DisplayName("ST-9 attendance, adherence and occupancy from the roster and the state timeline")
  void workforce() {
    ZoneId zone = ZoneId.of("Asia/Shanghai");
    LocalDate monday = LocalDate.of(2026, 3, 2);
    ShiftTemplate day = ShiftTemplate.of("day", LocalTime.of(9, 0), LocalTime.of(17, 0));
    Roster roster = Roster.builder(zone, monday)
        .assign(AGENT, monday, day)
        .assign(AGENT, monday.plusDays(1), day)
        .assign(AGENT, monday.plusDays(2), day)
        .leave(AGENT, monday.plusDays(2))  // on leave: left out
        .build();
    Instant mon9 = monday.atTime(9, 0).atZone(zone).toInstant();
    Instant tue9 = mon9.plus(Duration.ofDays(1));
    StateTimeline timeline = StateTimeline.of(AGENT)
        .with(mon9, AgentState.AVAILABLE)                           // Monday: on time
        .with(mon9.plus(Duration.ofHours(2)), AgentState.BUSY)      // 11:00-13:00 busy
        .with(mon9.plus(Duration.ofHours(4)), AgentState.AVAILABLE) // 13:00-15:00 available
        .with(mon9.plus(Duration.ofMinutes(470)), AgentState.OFFLINE); // leaves at 16:50, 10 min early: not absence
    // Tuesday: never at work: absent (ST-9)
    Instant from = mon9.minus(Duration.ofHours(9));
    Instant to = tue9.plus(Duration.ofDays(2));
    shop.clock.set(to.plus(Duration.ofHours(1)));
    KpiFigures f = kpis.agent(AGENT, from, to, new Workforce(List.of(roster), Map.of(AGENT, timeline)));
    // attendance: Monday attended, Tuesday absent, Wednesday on leave = 1 of 2
    assertThat(f.measure(Kpi.ATTENDANCE)).isEqualTo(new Measure(1, 2));
    // adherence: Monday 7 h 50 min of 8 h as rostered (no breaks in the template), Tuesday 0 of 8 h
    //   = 28200 s ÷ 57600 s = 0.4896
    assertThat(f.measure(Kpi.ADHERENCE).numerator()).isCloseTo(28200, within(1e-6));
    assertThat(f.measure(Kpi.ADHERENCE).denominator()).isEqualTo(57600);
    // occupancy: busy 2 h ÷ (available 2 h + busy 2 h + available 3 h 50 min) = 7200 ÷ 28200 = 0.255
    assertThat(f.measure(Kpi.OCCUPANCY)).isEqualTo(new Measure(7200, 28200));
    assertThat(kpis.agent(AGENT, from, to, Workforce.none()).value(Kpi.ATTENDANCE)).as("no roster: no value").isEmpty();
  }

  @Test
  @DisplayName("a team's figures are its agents' numerators and denominators summed, not a mean of their ratios")
  void teamIsWeightedSum() {
    int[] scores = {5, 1, 1};
    for (int score : scores) {
      Ticket t = open(AGENT);
      resolve(AGENT, t);
      shop.kefu.surveys().record(new RecordSurveyAnswer(CustomerId.of("c"), t.id(), score));
    }
    Ticket t = open(AGENT_2);
    resolve(AGENT_2, t);
    shop.kefu.surveys().record(new RecordSurveyAnswer(CustomerId.of("c"), t.id(), 5));
    later(Duration.ofMinutes(1));
    // agent-1 1 of 3, agent-2 1 of 1: team-a 2 of 4 = 0.5 (a mean of means would say 0.667)
    KpiFigures team = kpis.team(TeamId.of("team-a"), START, DAY_END, Workforce.none());
    assertThat(team.measure(Kpi.CSAT)).isEqualTo(new Measure(2, 4));
    assertThat(team.value(Kpi.CSAT)).hasValue(0.5);
  }
}
