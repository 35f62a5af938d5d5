package dev.kefu;

import static dev.kefu.test.TestShop.AGENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.kefu.customer.RecordOrder;
import dev.kefu.spi.Channel;
import dev.kefu.spi.Money;
import dev.kefu.spi.customer.Customer;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.ticket.Ticket;
import dev.kefu.spi.ticket.TicketKind;
import dev.kefu.test.TestShop;
import dev.kefu.ticket.AssignTicket;
import dev.kefu.ticket.OpenTicket;
import dev.kefu.ticket.RespondToTicket;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class IdempotencyTest {

  private final TestShop shop = new TestShop();

  @Test
  @DisplayName("repeating a request id returns the first result and has no new effect")
  void repeatedRequest() {
    shop.register("c");
    OpenTicket open = OpenTicket.of(Origin.of(AGENT, "req-1"), CustomerId.of("c"), TicketKind.COMPLAINT, Channel.SMS, "s", "m");
    Ticket first = shop.kefu.tickets().open(open);
    Map<String, Long> after = shop.counts();
    shop.clock.advance(Duration.ofMinutes(5));
    Ticket again = shop.kefu.tickets().open(open);
    assertThat(again).isEqualTo(first);
    assertThat(shop.counts()).isEqualTo(after);
  }

  @Test
  @DisplayName("a repeat returns the first result even after the ticket moved on")
  void firstResultNotLatest() {
    shop.register("c");
    Ticket t = shop.kefu.tickets().open(OpenTicket.of(Origin.of(AGENT), CustomerId.of("c"), TicketKind.COMPLAINT, Channel.SMS, "s", "m"));
    Ticket assigned = shop.kefu.tickets().assign(new AssignTicket(Origin.of(AGENT, "a-1"), t.id(), AGENT));
    shop.kefu.tickets().respond(RespondToTicket.of(Origin.of(AGENT), t.id(), "hi"));
    Ticket repeated = shop.kefu.tickets().assign(new AssignTicket(Origin.of(AGENT, "a-1"), t.id(), AGENT));
    assertThat(repeated.version()).isEqualTo(assigned.version());
    assertThat(shop.kefu.tickets().find(t.id()).orElseThrow().version()).isEqualTo(3);
  }

  @Test
  @DisplayName("reusing a request id for another command is refused and changes nothing")
  void reusedForAnotherCommand() {
    shop.register("c");
    Ticket t = shop.kefu.tickets().open(OpenTicket.of(Origin.of(AGENT, "dup"), CustomerId.of("c"), TicketKind.COMPLAINT, Channel.SMS, "s", "m"));
    Map<String, Long> before = shop.counts();
    InvalidCommandException e = catchThrowableOfType(InvalidCommandException.class,
        () -> shop.kefu.tickets().assign(new AssignTicket(Origin.of(AGENT, "dup"), t.id(), AGENT)));
    assertThat(e.paths()).containsExactly("origin.requestId");
    assertThat(e.getMessage()).contains("OpenTicket");
    assertThat(shop.counts()).isEqualTo(before);
  }

  @Test
  @DisplayName("a redelivered order event has no new effect")
  void redeliveredOrderEvent() {
    shop.register("c");
    RecordOrder order = new RecordOrder("shop-evt-9", CustomerId.of("c"), "o-9", TestShop.START, Money.of("99", "CNY"), "shoes");
    Customer first = shop.kefu.customers().recordOrder(order);
    Customer again = shop.kefu.customers().recordOrder(order);
    assertThat(again).isEqualTo(first);
    assertThat(shop.storage.customers().find(CustomerId.of("c")).orElseThrow().orders().orderCount()).isEqualTo(1);
  }
}
