package dev.kefu;

import static dev.kefu.test.TestShop.AGENT;
import static dev.kefu.test.TestShop.by;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.kefu.customer.RecordOrder;
import dev.kefu.customer.RegisterCustomer;
import dev.kefu.customer.UpdateCustomerProfile;
import dev.kefu.memory.InMemoryStorage;
import dev.kefu.spi.Channel;
import dev.kefu.spi.Money;
import dev.kefu.spi.customer.ContactPoint;
import dev.kefu.spi.customer.Customer;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.customer.Membership;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.ticket.TicketId;
import dev.kefu.spi.ticket.TicketKind;
import dev.kefu.test.TestShop;
import dev.kefu.ticket.AssignTicket;
import dev.kefu.ticket.LogContact;
import dev.kefu.ticket.OpenTicket;
import dev.kefu.ticket.RespondToTicket;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every constraint a command declares fires, every violation is listed at once with its property
 * path, and an invalid command leaves stores, events and notifications as they were.
 */
class ValidationTest {

  private final TestShop shop = new TestShop();

  private InvalidCommandException invalid(Runnable command) {
    Map<String, Long> before = shop.counts();
    InvalidCommandException e = catchThrowableOfType(InvalidCommandException.class, command::run);
    assertThat(e).as("expected an invalid command").isNotNull();
    assertThat(shop.counts()).as("an invalid command changes nothing").isEqualTo(before);
    assertThat(shop.kefu.deliverNotifications().attempted()).isZero();
    return e;
  }

  @Test
  @DisplayName("a registration with many problems lists every one of them")
  void everyViolationListed() {
    RegisterCustomer bad = new RegisterCustomer(new Origin(StaffId.of(" "), "has space"), new CustomerId(""), " ",
        List.of(ContactPoint.of(Channel.SMS, "1"), ContactPoint.of(Channel.SMS, "2"), new ContactPoint(Channel.EMAIL, " ")),
        "", null, null, Map.of("", "x"), null, new Membership("", LocalDate.of(2027, 1, 1)));
    InvalidCommandException e = invalid(() -> shop.kefu.customers().register(bad));
    assertThat(e.paths()).contains("origin.actor.value", "origin.requestId", "customerId.value", "name",
        "contacts[1].channel", "contacts[2].address", "region", "timeZone", "membership.cardNumber");
    assertThat(e.paths().stream().filter(p -> p.startsWith("characteristics"))).isNotEmpty();
    assertThat(e.command()).isEqualTo("RegisterCustomer");
    assertThat(e.getMessage()).contains("name").contains("must not be blank");
  }

  @Test
  @DisplayName("referential errors come in the same list as constraint violations")
  void referentialInSameList() {
    OpenTicket bad = new OpenTicket(by(StaffId.of("ghost")), CustomerId.of("nobody"), TicketKind.COMPLAINT,
        Channel.PHONE, null, " ", "msg");
    InvalidCommandException e = invalid(() -> shop.kefu.tickets().open(bad));
    assertThat(e.violations()).extracting(Violation::path, Violation::message).contains(
        org.assertj.core.groups.Tuple.tuple("origin.actor", "unknown staff member"),
        org.assertj.core.groups.Tuple.tuple("customerId", "unknown customer"),
        org.assertj.core.groups.Tuple.tuple("subject", "must not be blank"));
  }

  @Test
  @DisplayName("blank subject, unknown customer, missing kind and channel")
  void openTicketConstraints() {
    shop.register("c");
    InvalidCommandException e = invalid(() -> shop.kefu.tickets().open(
        new OpenTicket(by(AGENT), CustomerId.of("c"), null, null, null, "x".repeat(201), "")));
    assertThat(e.paths()).containsExactlyInAnyOrder("kind", "channel", "subject", "firstMessage");
  }

  @Test
  @DisplayName("a channel the shop has not enabled is unknown to it (TK-2)")
  void unknownChannel() {
    TestShop chatOnly = new TestShop(new InMemoryStorage(), b -> b.enabledChannels(Set.of(Channel.ONLINE_CHAT, Channel.SMS, Channel.EMAIL)));
    chatOnly.register("c");
    Map<String, Long> before = chatOnly.counts();
    InvalidCommandException e = catchThrowableOfType(InvalidCommandException.class, () -> chatOnly.kefu.tickets().open(
        OpenTicket.of(by(AGENT), CustomerId.of("c"), TicketKind.SUGGESTION, Channel.WECHAT, "Idea", "More colours")));
    assertThat(e.paths()).containsExactly("channel");
    assertThat(e.getMessage()).contains("WECHAT").contains("not enabled");
    assertThat(chatOnly.counts()).isEqualTo(before);
  }

  @Test
  @DisplayName("negative amount, foreign currency, future order, unknown customer")
  void orderConstraints() {
    shop.register("c");
    InvalidCommandException negative = invalid(() -> shop.kefu.customers().recordOrder(new RecordOrder("e1",
        CustomerId.of("c"), "o1", TestShop.START, new Money(new BigDecimal("-1"), Currency.getInstance("CNY")), "shoes")));
    assertThat(negative.paths()).containsExactly("amount.amount");
    InvalidCommandException foreign = invalid(() -> shop.kefu.customers().recordOrder(new RecordOrder("e2",
        CustomerId.of("c"), "o2", TestShop.START, Money.of("10", "USD"), "shoes")));
    assertThat(foreign.paths()).containsExactly("amount.currency");
    assertThat(foreign.getMessage()).contains("CNY");
    InvalidCommandException future = invalid(() -> shop.kefu.customers().recordOrder(new RecordOrder("e3",
        CustomerId.of("c"), "o3", TestShop.START.plus(Duration.ofHours(1)), Money.of("10", "CNY"), "shoes")));
    assertThat(future.paths()).containsExactly("placedAt");
    InvalidCommandException unknown = invalid(() -> shop.kefu.customers().recordOrder(new RecordOrder("e4",
        CustomerId.of("x"), "o4", TestShop.START, Money.of("10", "CNY"), " ")));
    assertThat(unknown.paths()).containsExactlyInAnyOrder("customerId", "category");
  }

  @Test
  @DisplayName("a foreign amount is converted when the host wires a converter")
  void converter() {
    TestShop converting = new TestShop(new InMemoryStorage(), b -> b.currencyConverter((m, target, at) ->
        new Money(m.amount().multiply(new BigDecimal("7")), target)));
    converting.register("c");
    Customer c = converting.kefu.customers().recordOrder(new RecordOrder("e1", CustomerId.of("c"), "o1",
        TestShop.START, Money.of("10", "USD"), "shoes"));
    assertThat(c.orders().lifetimeSpend()).isEqualTo(Money.of("70", "CNY"));
  }

  @Test
  @DisplayName("the same order recorded under a new event id is refused")
  void duplicateOrder() {
    shop.register("c");
    shop.kefu.customers().recordOrder(new RecordOrder("e1", CustomerId.of("c"), "o1", TestShop.START, Money.of("10", "CNY"), "shoes"));
    InvalidCommandException e = invalid(() -> shop.kefu.customers().recordOrder(
        new RecordOrder("e2", CustomerId.of("c"), "o1", TestShop.START, Money.of("10", "CNY"), "shoes")));
    assertThat(e.paths()).containsExactly("orderId");
  }

  @Test
  @DisplayName("ticket commands: unknown ticket, unknown assignee, blank summary, bad message counts")
  void ticketCommandConstraints() {
    shop.register("c");
    TicketId unknown = TicketId.of("nope");
    assertThat(invalid(() -> shop.kefu.tickets().assign(new AssignTicket(by(AGENT), unknown, StaffId.of("ghost")))).paths())
        .containsExactlyInAnyOrder("ticketId", "assignee");
    assertThat(invalid(() -> shop.kefu.tickets().respond(new RespondToTicket(by(AGENT), unknown, " ", 0, Duration.ofSeconds(-1)))).paths())
        .containsExactlyInAnyOrder("ticketId", "summary", "messagesOut", "took");
    Instant now = shop.clock.instant();
    assertThat(invalid(() -> shop.kefu.tickets().logContact(new LogContact(by(AGENT), unknown, now, now.minusSeconds(1),
        Channel.PHONE, -1, 1001, "", 0))).paths())
        .containsExactlyInAnyOrder("ticketId", "end", "messagesIn", "messagesOut", "summary", "corrects");
  }

  @Test
  @DisplayName("profile updates: blank name and region are refused; a contact on a second channel twice is refused")
  void profileConstraints() {
    shop.register("c");
    InvalidCommandException e = invalid(() -> shop.kefu.customers().updateProfile(UpdateCustomerProfile.of(by(AGENT), CustomerId.of("c"))
        .withName("  ").withRegion("").withContacts(List.of(ContactPoint.of(Channel.SMS, "1"), ContactPoint.of(Channel.SMS, "2")))));
    assertThat(e.paths()).containsExactlyInAnyOrder("name", "region", "contacts[1].channel");
  }

  /** Each constraint annotation a command declares, made to fire on its own. */
  @Test
  @DisplayName("every declared constraint fires")
  void everyConstraintFires() {
    shop.register("c");
    record Case(String path, Runnable command) {}
    Function<String, RegisterCustomer> reg = id -> TestShop.registration(id);
    List<Case> cases = List.of(
        new Case("origin", () -> shop.kefu.customers().register(new RegisterCustomer(null, CustomerId.of("z"), "n", List.of(), "r", ZoneId.of("UTC"), null, null, null, null))),
        new Case("origin.actor", () -> shop.kefu.customers().register(new RegisterCustomer(new Origin(null, null), CustomerId.of("z"), "n", List.of(), "r", ZoneId.of("UTC"), null, null, null, null))),
        new Case("origin.requestId", () -> shop.kefu.customers().register(new RegisterCustomer(new Origin(AGENT, ""), CustomerId.of("z"), "n", List.of(), "r", ZoneId.of("UTC"), null, null, null, null))),
        new Case("customerId", () -> shop.kefu.customers().register(new RegisterCustomer(by(AGENT), null, "n", List.of(), "r", ZoneId.of("UTC"), null, null, null, null))),
        new Case("customerId.value", () -> shop.kefu.customers().register(new RegisterCustomer(by(AGENT), new CustomerId("x".repeat(65)), "n", List.of(), "r", ZoneId.of("UTC"), null, null, null, null))),
        new Case("name", () -> shop.kefu.customers().register(new RegisterCustomer(by(AGENT), CustomerId.of("z"), "n".repeat(201), List.of(), "r", ZoneId.of("UTC"), null, null, null, null))),
        new Case("contacts", () -> shop.kefu.customers().register(new RegisterCustomer(by(AGENT), CustomerId.of("z"), "n", null, "r", ZoneId.of("UTC"), null, null, null, null))),
        new Case("contacts[0].address", () -> shop.kefu.customers().register(new RegisterCustomer(by(AGENT), CustomerId.of("z"), "n", List.of(ContactPoint.of(Channel.SMS, "1".repeat(257))), "r", ZoneId.of("UTC"), null, null, null, null))),
        new Case("region", () -> shop.kefu.customers().register(new RegisterCustomer(by(AGENT), CustomerId.of("z"), "n", List.of(), "r".repeat(101), ZoneId.of("UTC"), null, null, null, null))),
        new Case("membership.cardNumber", () -> shop.kefu.customers().register(reg.apply("z").withMembership(new Membership(" ", LocalDate.of(2030, 1, 1))))),
        new Case("subject", () -> shop.kefu.tickets().open(new OpenTicket(by(AGENT), CustomerId.of("c"), TicketKind.COMPLAINT, Channel.PHONE, null, null, "m"))),
        new Case("firstMessage", () -> shop.kefu.tickets().open(new OpenTicket(by(AGENT), CustomerId.of("c"), TicketKind.COMPLAINT, Channel.PHONE, null, "s", "m".repeat(4001)))),
        new Case("eventId", () -> shop.kefu.customers().recordOrder(new RecordOrder(" ", CustomerId.of("c"), "o", TestShop.START, Money.of("1", "CNY"), "c"))),
        new Case("orderId", () -> shop.kefu.customers().recordOrder(new RecordOrder("e", CustomerId.of("c"), null, TestShop.START, Money.of("1", "CNY"), "c"))),
        new Case("placedAt", () -> shop.kefu.customers().recordOrder(new RecordOrder("e", CustomerId.of("c"), "o", null, Money.of("1", "CNY"), "c"))),
        new Case("amount", () -> shop.kefu.customers().recordOrder(new RecordOrder("e", CustomerId.of("c"), "o", TestShop.START, null, "c"))));
    for (Case c : cases) {
      InvalidCommandException e = invalid(c.command());
      assertThat(e.paths()).as(c.path()).contains(c.path());
    }
  }
}
