package dev.kefu.survey;

import static dev.kefu.test.TestShop.AGENT;
import static dev.kefu.test.TestShop.OTHER_AGENT;
import static dev.kefu.test.TestShop.by;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import dev.kefu.InvalidCommandException;
import dev.kefu.spi.Channel;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.ticket.Ticket;
import dev.kefu.spi.ticket.TicketKind;
import dev.kefu.test.TestShop;
import dev.kefu.ticket.AssignTicket;
import dev.kefu.ticket.OpenTicket;
import dev.kefu.ticket.ResolveTicket;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SurveyTest {

  private final TestShop shop = new TestShop();

  private Ticket resolved(String customer, StaffId agent) {
    if (shop.storage.customers().find(CustomerId.of(customer)).isEmpty()) {
      shop.register(customer);
    }
    Ticket t = shop.kefu.tickets().open(OpenTicket.of(by(agent), CustomerId.of(customer), TicketKind.AFTER_SALE, Channel.APP, "s", "m"));
    shop.kefu.tickets().assign(new AssignTicket(by(agent), t.id(), agent));
    return shop.kefu.tickets().resolve(new ResolveTicket(by(agent), t.id(), "done"));
  }

  @Test
  @DisplayName("QA-8: a survey follows every resolution; CSAT is the share of 4s and 5s, per agent, team and period")
  void csat() {
    Instant start = shop.clock.instant();
    int[] scores = {5, 4, 2, 5};
    for (int score : scores) {
      Ticket t = resolved("c", AGENT);
      shop.kefu.surveys().record(new RecordSurveyAnswer(CustomerId.of("c"), t.id(), score));
    }
    Ticket other = resolved("c", OTHER_AGENT);
    shop.kefu.surveys().record(new RecordSurveyAnswer(CustomerId.of("c"), other.id(), 3));
    shop.clock.advance(Duration.ofHours(1));
    CsatReport r = shop.kefu.surveys().report(start, shop.clock.instant());
    assertThat(r.overall().answers()).isEqualTo(5);
    assertThat(r.overall().satisfied()).isEqualTo(3);
    assertThat(r.overall().csatPercent()).isEqualTo(60.0);
    assertThat(r.byAgent()).extracting(CsatReport.Row::key, CsatReport.Row::answers, CsatReport.Row::satisfied)
        .containsExactly(tuple("agent-1", 4L, 3L), tuple("agent-3", 1L, 0L));
    assertThat(r.byTeam()).extracting(CsatReport.Row::key, CsatReport.Row::csatPercent)
        .containsExactly(tuple("team-a", 75.0), tuple("team-b", 0.0));
    assertThat(shop.kefu.surveys().report(start.minus(Duration.ofDays(1)), start).overall().answers()).isZero();
    shop.kefu.deliverNotifications();
    assertThat(shop.channel.sent).filteredOn(n -> n.templateKey().equals("survey.csat")).hasSize(5);
  }

  @Test
  @DisplayName("QA-8: one answer per ticket, only for one's own resolved ticket, scores 1 to 5")
  void answersAreChecked() {
    Ticket t = resolved("c", AGENT);
    shop.kefu.surveys().record(new RecordSurveyAnswer(CustomerId.of("c"), t.id(), 4));
    assertThat(shop.kefu.surveys().record(new RecordSurveyAnswer(CustomerId.of("c"), t.id(), 1)).score())
        .as("a repeated answer returns the first").isEqualTo(4);
    shop.register("x");
    assertThat(catchThrowableOfType(InvalidCommandException.class,
        () -> shop.kefu.surveys().record(new RecordSurveyAnswer(CustomerId.of("x"), t.id(), 5))).paths()).containsExactly("ticketId");
    Ticket open = shop.kefu.tickets().open(OpenTicket.of(by(AGENT), CustomerId.of("c"), TicketKind.AFTER_SALE, Channel.APP, "s", "m"));
    assertThat(catchThrowableOfType(InvalidCommandException.class,
        () -> shop.kefu.surveys().record(new RecordSurveyAnswer(CustomerId.of("c"), open.id(), 5))).violations())
        .singleElement().satisfies(v -> assertThat(v.ruleId()).isEqualTo("QA-8"));
    assertThat(catchThrowableOfType(InvalidCommandException.class,
        () -> shop.kefu.surveys().record(new RecordSurveyAnswer(CustomerId.of("c"), t.id(), 6))).paths()).containsExactly("score");
  }
}
