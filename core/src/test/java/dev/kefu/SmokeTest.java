package dev.kefu;

import static dev.kefu.test.TestShop.AGENT;
import static dev.kefu.test.TestShop.by;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.spi.Channel;
import dev.kefu.spi.customer.Customer;
import dev.kefu.spi.ticket.Ticket;
import dev.kefu.spi.ticket.TicketKind;
import dev.kefu.spi.ticket.TicketStatus;
import dev.kefu.test.TestShop;
import dev.kefu.ticket.AssignTicket;
import dev.kefu.ticket.OpenTicket;
import dev.kefu.ticket.RespondToTicket;
import org.junit.jupiter.api.Test;

class SmokeTest {

  @Test
  void aTicketGoesFromOpenToInProgress() {
    TestShop shop = new TestShop();
    Customer c = shop.register("c-1");
    Ticket t = shop.kefu.tickets().open(OpenTicket.of(by(AGENT), c.id(), TicketKind.PRE_SALE_INQUIRY, Channel.ONLINE_CHAT, "Size?", "Which size fits 42?"));
    t = shop.kefu.tickets().assign(new AssignTicket(by(AGENT), t.id(), AGENT));
    t = shop.kefu.tickets().respond(RespondToTicket.of(by(AGENT), t.id(), "Take 43"));
    assertThat(t.status()).isEqualTo(TicketStatus.IN_PROGRESS);
    assertThat(t.contactLog()).hasSize(2);
    assertThat(shop.kefu.deliverNotifications().delivered()).isEqualTo(1);
    assertThat(shop.channel.sent).hasSize(1);
  }
}
