package dev.kefu.kpi;

import static dev.kefu.test.TestShop.AGENT;
import static dev.kefu.test.TestShop.AGENT_2;
import static dev.kefu.test.TestShop.OTHER_AGENT;
import static dev.kefu.test.TestShop.by;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.kefu.spi.Channel;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.ticket.Ticket;
import dev.kefu.spi.ticket.TicketKind;
import dev.kefu.spi.ticket.TicketStatus;
import dev.kefu.survey.RecordSurveyAnswer;
import dev.kefu.test.TestShop;
import dev.kefu.ticket.AssignTicket;
import dev.kefu.ticket.OpenTicket;
import dev.kefu.ticket.ReopenTicket;
import dev.kefu.ticket.ResolveTicket;
import dev.kefu.ticket.RespondToTicket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * KPIs over generated days of work: three agents in two teams open, answer, resolve, reopen and get
 * surveyed in a generated order; the invariants hold for every period looked at.
 */
class KpiProperties {

  private static final List<StaffId> AGENTS = List.of(AGENT, AGENT_2, OTHER_AGENT);

  /** One step: which kind, which agent, which earlier ticket, how many minutes pass. */
  record Step(int kind, int agent, int ticket, int minutes) {}

  static Gen<List<Step>> days() {
    Gen<Step> step = integers().between(0, 4).zip(integers().between(0, 2), integers().between(0, 20), integers().between(0, 90),
        Step::new);
    return lists().of(step).ofSizeBetween(1, 25);
  }

  private static void play(TestShop shop, List<Step> steps) {
    shop.register("c");
    List<Ticket> tickets = new ArrayList<>();
    for (Step s : steps) {
      StaffId agent = AGENTS.get(s.agent());
      shop.clock.advance(Duration.ofMinutes(s.minutes()));
      Ticket t = tickets.isEmpty() ? null : shop.kefu.tickets().find(tickets.get(s.ticket() % tickets.size()).id()).orElseThrow();
      StaffId owner = t == null ? null : t.owner().orElse(agent);
      switch (s.kind()) {
        case 0 -> {
          Ticket opened = shop.kefu.tickets().open(OpenTicket.of(by(agent), CustomerId.of("c"), TicketKind.AFTER_SALE, Channel.APP, "s", "m"));
          tickets.add(shop.kefu.tickets().assign(new AssignTicket(by(agent), opened.id(), agent)));
        }
        case 1 -> {
          if (t != null && t.status() != TicketStatus.RESOLVED && t.status() != TicketStatus.CLOSED) {
            shop.kefu.tickets().respond(new RespondToTicket(by(owner), t.id(), "answer", 1, Duration.ofMinutes(s.minutes() / 3)));
          }
        }
        case 2 -> {
          if (t != null && t.status() != TicketStatus.RESOLVED && t.status() != TicketStatus.CLOSED) {
            shop.kefu.tickets().resolve(new ResolveTicket(by(owner), t.id(), "done"));
          }
        }
        case 3 -> {
          if (t != null && t.status() == TicketStatus.RESOLVED) {
            shop.kefu.tickets().reopen(new ReopenTicket(by(owner), t.id(), "again"));
          }
        }
        default -> {
          if (t != null && t.status() == TicketStatus.RESOLVED && shop.storage.eventLog().eventsOf("survey-response", t.id().value()).isEmpty()) {
            shop.kefu.surveys().record(new RecordSurveyAnswer(CustomerId.of("c"), t.id(), 1 + s.minutes() % 5));
          }
        }
      }
    }
    shop.clock.advance(Duration.ofMinutes(1));
  }

  @Test
  @DisplayName("every ratio KPI but the complaint rate lies in [0, 1]; teams and the shop are the sums of their agents' measures")
  void ratiosBoundedAndTeamsAreSums() {
    qt().withExamples(30).forAll(days(), integers().between(0, 600)).checkAssert((steps, cutMinutes) -> {
      TestShop shop = new TestShop();
      play(shop, steps);
      Instant from = TestShop.START.plus(Duration.ofMinutes(cutMinutes / 2));
      Instant to = shop.clock.instant().minus(Duration.ofMinutes(cutMinutes / 4));
      if (to.isBefore(from)) {
        to = from;
      }
      KpiTable table = shop.kefu.kpis().table(from, to, Workforce.none());
      for (KpiFigures f : table.agents()) {
        for (Kpi k : Kpi.values()) {
          Measure m = f.measure(k);
          if (k.kind() == Kpi.Kind.RATIO && k != Kpi.COMPLAINT_RATE) {
            assertThat(m.numerator()).as("%s %s", f.subject(), k).isLessThanOrEqualTo(m.denominator());
          }
        }
      }
      KpiFigures shopSum = KpiFigures.empty("shop", from, to);
      for (KpiFigures team : table.teams()) {
        KpiFigures sum = KpiFigures.empty(team.subject(), from, to);
        for (KpiFigures a : table.agents()) {
          String teamOfAgent = shop.staff.find(StaffId.of(a.subject())).flatMap(m -> m.team()).map(x -> x.value()).orElse("none");
          if (teamOfAgent.equals(team.subject())) {
            sum = sum.plus(team.subject(), a);
          }
        }
        assertThat(team.measures()).isEqualTo(sum.measures());
        shopSum = shopSum.plus("shop", team);
      }
      assertThat(table.shop().measures()).isEqualTo(shopSum.measures());
    });
  }
}
