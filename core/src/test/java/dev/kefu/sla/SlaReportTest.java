package dev.kefu.sla;

import static dev.kefu.test.TestShop.AGENT;
import static dev.kefu.test.TestShop.AGENT_2;
import static dev.kefu.test.TestShop.LEAD;
import static dev.kefu.test.TestShop.OTHER_AGENT;
import static dev.kefu.test.TestShop.by;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.memory.InMemoryStorage;
import dev.kefu.spi.Channel;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.sla.SlaMetric;
import dev.kefu.spi.sla.SlaTarget;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.ticket.Ticket;
import dev.kefu.spi.ticket.TicketKind;
import dev.kefu.test.TestShop;
import dev.kefu.ticket.AssignTicket;
import dev.kefu.ticket.OpenTicket;
import dev.kefu.ticket.RespondToTicket;
import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SlaReportTest {

  private final TestShop shop = new TestShop(new InMemoryStorage(), b -> b.sla(SlaSettings.defaults(ZoneId.of("Asia/Shanghai"))
      .withPolicies(SlaPolicies.defaults().withFirst(SlaPolicy.named("email")
          .withTarget(SlaMetric.FIRST_RESPONSE, SlaTarget.calendar(Duration.ofMinutes(10)))))));

  /** Opens a ticket, has {@code agent} answer after {@code minutes}. */
  private void answered(Channel channel, StaffId agent, int minutes) {
    Ticket t = shop.kefu.tickets().open(OpenTicket.of(by(AGENT), CustomerId.of("c"), TicketKind.AFTER_SALE, channel, "s", "m"));
    shop.kefu.tickets().assign(new AssignTicket(by(LEAD), t.id(), agent));
    shop.clock.advance(Duration.ofMinutes(minutes));
    shop.kefu.runDueWork();
    shop.kefu.tickets().respond(RespondToTicket.of(by(agent), t.id(), "answer"));
  }

  @Test
  @DisplayName("achievement per metric, tier, channel, team and agent: count, met, breached, met %, median and p90")
  void report() {
    shop.register("c");
    answered(Channel.EMAIL, AGENT, 2);
    answered(Channel.EMAIL, AGENT, 4);
    answered(Channel.EMAIL, AGENT, 12); // breached
    answered(Channel.EMAIL, AGENT_2, 6);
    answered(Channel.EMAIL, OTHER_AGENT, 30); // breached
    shop.kefu.tickets().open(OpenTicket.of(by(AGENT), CustomerId.of("c"), TicketKind.AFTER_SALE, Channel.EMAIL, "s", "m"));
    shop.clock.advance(Duration.ofMinutes(11));
    shop.kefu.runDueWork(); // breached, still open

    SlaReport r = shop.kefu.sla().report(TestShop.START, shop.clock.instant());
    SlaReport.Row all = r.rows("metric").stream().filter(x -> x.metric().equals("FIRST_RESPONSE")).findFirst().orElseThrow();
    assertThat(all.count()).isEqualTo(5);
    assertThat(all.met()).isEqualTo(3);
    assertThat(all.breached()).isEqualTo(2);
    assertThat(all.metPercent()).isEqualTo(60.0);
    assertThat(all.median()).isEqualTo(Duration.ofMinutes(6)); // 2, 4, 6, 12, 30
    assertThat(all.p90()).isEqualTo(Duration.ofMinutes(30));
    assertThat(r.rows("agent")).filteredOn(x -> x.metric().equals("FIRST_RESPONSE"))
        .extracting(SlaReport.Row::value, SlaReport.Row::count, SlaReport.Row::met)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("agent-1", 3L, 2L), org.assertj.core.groups.Tuple.tuple("agent-2", 1L, 1L),
            org.assertj.core.groups.Tuple.tuple("agent-3", 1L, 0L));
    assertThat(r.rows("team")).filteredOn(x -> x.metric().equals("FIRST_RESPONSE"))
        .extracting(SlaReport.Row::value, SlaReport.Row::count).containsExactly(
            org.assertj.core.groups.Tuple.tuple("team-a", 4L), org.assertj.core.groups.Tuple.tuple("team-b", 1L));
    assertThat(r.rows("channel")).extracting(SlaReport.Row::value).containsOnly("EMAIL");
    assertThat(r.rows("tier")).extracting(SlaReport.Row::value).containsOnly("STANDARD");
    assertThat(r.openBreached()).containsEntry("FIRST_RESPONSE", 1L);

    SlaReport earlier = shop.kefu.sla().report(TestShop.START, TestShop.START.plus(Duration.ofMinutes(3)));
    assertThat(earlier.rows("metric")).singleElement().satisfies(x -> assertThat(x.count()).isEqualTo(1));
  }
}
