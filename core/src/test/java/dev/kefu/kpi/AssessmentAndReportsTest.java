package dev.kefu.kpi;

import static dev.kefu.test.TestShop.AGENT;
import static dev.kefu.test.TestShop.AGENT_2;
import static dev.kefu.test.TestShop.LEAD;
import static dev.kefu.test.TestShop.QA;
import static dev.kefu.test.TestShop.START;
import static dev.kefu.test.TestShop.by;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.kefu.AccessDeniedException;
import dev.kefu.InvalidCommandException;
import dev.kefu.quality.ScoreContact;
import dev.kefu.report.Report;
import dev.kefu.spi.Channel;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.ticket.Ticket;
import dev.kefu.spi.ticket.TicketKind;
import dev.kefu.survey.RecordSurveyAnswer;
import dev.kefu.test.TestShop;
import dev.kefu.ticket.AssignTicket;
import dev.kefu.ticket.OpenTicket;
import dev.kefu.ticket.ResolveTicket;
import dev.kefu.ticket.RespondToTicket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AssessmentAndReportsTest {

  private final TestShop shop = new TestShop();
  private final Kpis kpis = shop.kefu.kpis();

  /** A ticket the agent opens, answers in {@code took} and resolves; the customer answers the survey with {@code csat}. */
  private Ticket served(StaffId agent, Duration took, int csat) {
    if (shop.storage.customers().find(CustomerId.of("c")).isEmpty()) {
      shop.register("c");
    }
    Ticket t = shop.kefu.tickets().open(OpenTicket.of(by(agent), CustomerId.of("c"), TicketKind.AFTER_SALE, Channel.APP, "s", "m"));
    shop.kefu.tickets().assign(new AssignTicket(by(agent), t.id(), agent));
    shop.clock.advance(took);
    shop.kefu.tickets().respond(new RespondToTicket(by(agent), t.id(), "answer", 1, took));
    shop.kefu.tickets().resolve(new ResolveTicket(by(agent), t.id(), "done"));
    shop.kefu.surveys().record(new RecordSurveyAnswer(CustomerId.of("c"), t.id(), csat));
    return t;
  }

  @Test
  @DisplayName("QA-3: a team lead assesses each agent they lead: contact quality and workload against the targets")
  void assessment() {
    Ticket a = served(AGENT, Duration.ofMinutes(5), 5);
    served(AGENT, Duration.ofMinutes(5), 4);
    served(AGENT_2, Duration.ofMinutes(20), 2);
    shop.kefu.quality().score(new ScoreContact(by(QA), a.id(), 2,
        Map.of("greeting", 60, "accuracy", 60, "resolution", 60, "compliance", 60), Map.of(), "weak accuracy"));
    shop.clock.advance(Duration.ofHours(1));
    Instant to = shop.clock.instant();

    TeamAssessment team = kpis.assess(new AssessTeam(by(LEAD), START, to, Workforce.none()));

    assertThat(team.agents()).extracting(TeamAssessment.AgentAssessment::agent).containsExactly("agent-1", "agent-2");
    TeamAssessment.AgentAssessment a1 = team.agents().get(0);
    // agent-1: CSAT 2 of 2 = 1.0 ≥ 0.8 met; QA score 60 < 80 missed
    assertThat(a1.finding(Kpi.CSAT).verdict()).isEqualTo(TeamAssessment.Verdict.MET);
    assertThat(a1.finding(Kpi.QA_SCORE).verdict()).isEqualTo(TeamAssessment.Verdict.MISSED);
    assertThat(a1.missed(true)).containsExactly(Kpi.QA_SCORE);
    // agent-1 handled 4 contacts (2 openings, 2 answers) of the team's 6: 2/3
    assertThat(a1.shareOfTeamContacts()).hasValue(4.0 / 6);
    // agent-1 workload: handle time (0 + 300 + 0 + 300) ÷ 4 = 150 s ≤ 600 met; no roster: attendance no data
    assertThat(a1.finding(Kpi.AVERAGE_HANDLE_TIME).verdict()).isEqualTo(TeamAssessment.Verdict.MET);
    assertThat(a1.finding(Kpi.ATTENDANCE).verdict()).isEqualTo(TeamAssessment.Verdict.NO_DATA);
    TeamAssessment.AgentAssessment a2 = team.agents().get(1);
    // agent-2: CSAT 0 of 1 missed; handle time (0 + 1200) ÷ 2 = 600 s ≤ 600 met
    assertThat(a2.finding(Kpi.CSAT).verdict()).isEqualTo(TeamAssessment.Verdict.MISSED);
    assertThat(a2.finding(Kpi.AVERAGE_HANDLE_TIME).verdict()).isEqualTo(TeamAssessment.Verdict.MET);
    // the team: CSAT 2 of 3
    assertThat(team.team().measure(Kpi.CSAT)).isEqualTo(new Measure(2, 3));
    Report r = team.toReport();
    assertThat(r.ruleId()).isEqualTo("QA-3");
    assertThat(((Report.Table) r.sections().get(0)).rows()).hasSize(3);
  }

  @Test
  @DisplayName("QA-3: only leads assess; a reversed or unfinished period is listed with every other violation")
  void assessmentChecks() {
    Instant now = shop.clock.instant();
    assertThatThrownBy(() -> kpis.assess(new AssessTeam(by(AGENT), START.minusSeconds(60), now, Workforce.none())))
        .isInstanceOf(AccessDeniedException.class);
    InvalidCommandException e = catchThrowableOfType(InvalidCommandException.class,
        () -> kpis.assess(new AssessTeam(by(StaffId.of("nobody")), now.plusSeconds(60), now.plusSeconds(30), null)));
    assertThat(e.paths()).containsExactlyInAnyOrder("origin.actor", "to", "to", "workforce");
  }

  @Test
  @DisplayName("QA-4: each agent's daily report: the day's KPIs beside the team's, and contacts by hour in the shop's zone")
  void dailyReport() {
    served(AGENT, Duration.ofMinutes(5), 5); // START is 10:00 in Shanghai: opening at 10:00, answer 10:00-10:05
    shop.clock.advance(Duration.ofHours(2));
    served(AGENT, Duration.ofMinutes(5), 3); // opening at 12:05, answer 12:05-12:10
    AgentDailyReport day = kpis.dailyReport(AGENT, LocalDate.of(2026, 3, 2), Workforce.none());
    assertThat(day.contactsByHour().get(10)).isEqualTo(2);
    assertThat(day.contactsByHour().get(12)).isEqualTo(2);
    assertThat(day.contactsByHour().stream().mapToLong(Long::longValue).sum()).isEqualTo(4);
    // CSAT: 1 of 2
    assertThat(day.figures().measure(Kpi.CSAT)).isEqualTo(new Measure(1, 2));
    Report r = day.toReport();
    assertThat(r.id()).isEqualTo("agent-daily");
    assertThat(r.ruleId()).isEqualTo("QA-4");
    assertThat(r.sections()).hasSize(2).anySatisfy(s -> assertThat(s).isInstanceOf(Report.Chart.class));
    assertThat(((Report.Table) r.sections().get(0)).rows()).hasSize(Kpi.values().length);
  }

  @Test
  @DisplayName("QA-4: the Monday weekly review: last week's KPIs beside the week before, and a daily trend")
  void weeklyReview() {
    served(AGENT, Duration.ofMinutes(5), 5);   // Monday 2 March
    shop.clock.advance(Duration.ofDays(7));
    served(AGENT, Duration.ofMinutes(5), 1);   // Monday 9 March
    shop.clock.advance(Duration.ofDays(1));
    served(AGENT, Duration.ofMinutes(5), 5);   // Tuesday 10 March
    WeeklyReview review = kpis.weeklyReview(LocalDate.of(2026, 3, 16), Workforce.none());
    // week 9–15 March: CSAT 1 of 2; week before (2–8 March): 1 of 1
    assertThat(review.week().shop().measure(Kpi.CSAT)).isEqualTo(new Measure(1, 2));
    assertThat(review.weekBefore().shop().measure(Kpi.CSAT)).isEqualTo(new Measure(1, 1));
    assertThat(review.shopByDay().get(0).measure(Kpi.CSAT)).isEqualTo(new Measure(0, 1)); // Monday 9th
    assertThat(review.shopByDay().get(1).measure(Kpi.CSAT)).isEqualTo(new Measure(1, 1)); // Tuesday 10th
    assertThat(review.shopByDay().get(2).value(Kpi.CSAT)).isEmpty();
    Report r = review.toReport();
    assertThat(r.id()).isEqualTo("weekly-review");
    assertThat(r.sections()).filteredOn(s -> s instanceof Report.Chart).singleElement()
        .satisfies(c -> assertThat(((Report.Chart) c).xLabels()).hasSize(7).startsWith("2026-03-09"));
    assertThatThrownBy(() -> kpis.weeklyReview(LocalDate.of(2026, 3, 17), Workforce.none()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Monday");
  }
}
