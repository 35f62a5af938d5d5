package dev.kefu.ticket;

import static dev.kefu.test.TestShop.AGENT;
import static dev.kefu.test.TestShop.AGENT_2;
import static dev.kefu.test.TestShop.LEAD;
import static dev.kefu.test.TestShop.QA;
import static dev.kefu.test.TestShop.SUPERVISOR;
import static dev.kefu.test.TestShop.VIP_AGENT;
import static dev.kefu.test.TestShop.by;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.kefu.AccessDeniedException;
import dev.kefu.IllegalTransitionException;
import dev.kefu.InvalidCommandException;
import dev.kefu.customer.SetVipStatus;
import dev.kefu.spi.Channel;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.event.DomainEvent;
import dev.kefu.spi.notification.Notification;
import dev.kefu.spi.notification.Recipient;
import dev.kefu.spi.ticket.ContactLogEntry;
import dev.kefu.spi.ticket.Priority;
import dev.kefu.spi.ticket.Ticket;
import dev.kefu.spi.ticket.TicketKind;
import dev.kefu.spi.ticket.TicketStatus;
import dev.kefu.test.TestShop;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TicketLifecycleTest {

  private final TestShop shop = new TestShop();
  private final Tickets tickets = shop.kefu.tickets();

  private Ticket open(TicketKind kind, Channel channel) {
    shop.storage.customers().find(CustomerId.of("c")).orElseGet(() -> shop.register("c"));
    return tickets.open(OpenTicket.of(by(AGENT), CustomerId.of("c"), kind, channel, "Subject", "First message"));
  }

  private Ticket openAssigned() {
    Ticket t = open(TicketKind.AFTER_SALE, Channel.ONLINE_CHAT);
    return tickets.assign(new AssignTicket(by(AGENT), t.id(), AGENT));
  }

  private List<String> eventTypes(Ticket t) {
    return shop.storage.eventLog().eventsOf(Ticket.TYPE, t.id().value()).stream().map(DomainEvent::type).toList();
  }

  @ParameterizedTest
  @EnumSource(TicketKind.class)
  @DisplayName("TK-1: every ticket kind can be opened and is recorded")
  void everyKind(TicketKind kind) {
    assertThat(open(kind, Channel.PHONE).kind()).isEqualTo(kind);
  }

  @ParameterizedTest
  @EnumSource(Channel.class)
  @DisplayName("TK-2: every channel can carry a ticket, and the ticket records it")
  void everyChannel(Channel channel) {
    Ticket t = open(TicketKind.PRE_SALE_INQUIRY, channel);
    assertThat(t.channel()).isEqualTo(channel);
    assertThat(t.contactLog()).singleElement().satisfies(e -> assertThat(e.channel()).isEqualTo(channel));
  }

  @Test
  @DisplayName("TK-3: every contact is logged with who, when, channel and summary; nothing is deleted, corrections are new entries")
  void contactLog() {
    Ticket t = openAssigned();
    shop.clock.advance(Duration.ofMinutes(2));
    t = tickets.respond(new RespondToTicket(by(AGENT), t.id(), "Asked for a photo", 2, Duration.ofSeconds(90)));
    Instant callStart = shop.clock.instant();
    shop.clock.advance(Duration.ofMinutes(3));
    t = tickets.logContact(new LogContact(by(AGENT), t.id(), callStart, shop.clock.instant(), Channel.PHONE, 3, 4,
        "Called back about the photo", null));
    t = tickets.logContact(new LogContact(by(AGENT), t.id(), callStart, shop.clock.instant(), Channel.PHONE, 3, 4,
        "Correction: the customer sent two photos", 3));
    List<ContactLogEntry> log = t.contactLog();
    assertThat(log).extracting(ContactLogEntry::sequence).containsExactly(1, 2, 3, 4);
    assertThat(log.get(0).summary()).isEqualTo("First message");
    assertThat(log.get(1).handledBy()).contains(AGENT);
    assertThat(log.get(1).messagesOut()).isEqualTo(2);
    assertThat(log.get(1).duration()).isEqualTo(Duration.ofSeconds(90));
    assertThat(log.get(2).channel()).isEqualTo(Channel.PHONE);
    assertThat(log.get(2).start()).isEqualTo(callStart);
    assertThat(log.get(2).summary()).isEqualTo("Called back about the photo");
    assertThat(log.get(3).corrects()).contains(3);
    assertThat(eventTypes(t)).filteredOn("ticket.contact-logged"::equals).hasSize(4);
  }

  @Test
  @DisplayName("TK-3: a correction must point to an existing entry")
  void correctionOfUnknownEntry() {
    Ticket t = openAssigned();
    Instant now = shop.clock.instant();
    InvalidCommandException e = catchThrowableOfType(InvalidCommandException.class, () ->
        tickets.logContact(new LogContact(by(AGENT), t.id(), now, now, Channel.PHONE, 1, 1, "fix", 5)));
    assertThat(e.violations()).singleElement().satisfies(v -> assertThat(v.ruleId()).isEqualTo("TK-3"));
  }

  @Test
  @DisplayName("the happy path: open, assign, respond, wait, respond, resolve, reopen, resolve, close")
  void happyPath() {
    Ticket t = open(TicketKind.ORDER_HANDLING, Channel.APP);
    assertThat(t.status()).isEqualTo(TicketStatus.OPEN);
    t = tickets.assign(new AssignTicket(by(LEAD), t.id(), AGENT));
    assertThat(t.status()).isEqualTo(TicketStatus.ASSIGNED);
    t = tickets.respond(RespondToTicket.of(by(AGENT), t.id(), "Checking"));
    assertThat(t.status()).isEqualTo(TicketStatus.IN_PROGRESS);
    assertThat(t.firstRespondedAt()).contains(TestShop.START);
    t = tickets.awaitCustomer(new AwaitCustomer(by(AGENT), t.id()));
    assertThat(t.status()).isEqualTo(TicketStatus.WAITING_ON_CUSTOMER);
    shop.clock.advance(Duration.ofMinutes(10));
    t = tickets.respond(RespondToTicket.of(by(AGENT), t.id(), "Got it"));
    assertThat(t.firstRespondedAt()).contains(TestShop.START);
    t = tickets.resolve(new ResolveTicket(by(AGENT), t.id(), "Shipped again"));
    assertThat(t.status()).isEqualTo(TicketStatus.RESOLVED);
    assertThat(t.resolvedAt()).isPresent();
    t = tickets.reopen(new ReopenTicket(by(AGENT), t.id(), "Still missing"));
    assertThat(t.status()).isEqualTo(TicketStatus.IN_PROGRESS);
    assertThat(t.resolvedAt()).isEmpty();
    t = tickets.resolve(new ResolveTicket(by(AGENT), t.id(), "Found at the neighbour's"));
    t = tickets.close(new CloseTicket(by(AGENT), t.id()));
    assertThat(t.status()).isEqualTo(TicketStatus.CLOSED);
    assertThat(t.closedAt()).isPresent();
    assertThat(t.version()).isEqualTo(9);
    assertThat(eventTypes(t)).containsExactly("ticket.opened", "ticket.contact-logged", "ticket.assigned",
        "ticket.responded", "ticket.contact-logged", "ticket.awaiting-customer", "ticket.responded",
        "ticket.contact-logged", "ticket.resolved", "ticket.reopened", "ticket.resolved", "ticket.closed");
  }

  @Test
  @DisplayName("an illegal transition names state, action and allowed actions, and changes nothing")
  void illegalTransition() {
    Ticket t = open(TicketKind.AFTER_SALE, Channel.EMAIL);
    Map<String, Long> before = shop.counts();
    IllegalTransitionException e = catchThrowableOfType(IllegalTransitionException.class,
        () -> tickets.close(new CloseTicket(by(AGENT), t.id())));
    assertThat(e.currentState()).isEqualTo("OPEN");
    assertThat(e.action()).isEqualTo("CLOSE");
    assertThat(e.allowedActions()).containsExactly("ASSIGN", "LOG_CONTACT");
    assertThat(e.aggregateId()).isEqualTo(t.id().value());
    assertThat(e.getMessage()).contains("OPEN").contains("CLOSE").contains("ASSIGN, LOG_CONTACT");
    assertThat(shop.counts()).isEqualTo(before);
    assertThat(tickets.find(t.id())).contains(t);
  }

  @Test
  @DisplayName("a closed ticket allows nothing")
  void closedIsFinal() {
    Ticket t = openAssigned();
    tickets.resolve(new ResolveTicket(by(AGENT), t.id(), "done"));
    tickets.close(new CloseTicket(by(AGENT), t.id()));
    assertThat(TicketLifecycle.allowedActions(TicketStatus.CLOSED)).isEmpty();
    IllegalTransitionException e = catchThrowableOfType(IllegalTransitionException.class,
        () -> tickets.respond(RespondToTicket.of(by(AGENT), t.id(), "hello?")));
    assertThat(e.allowedActions()).isEmpty();
  }

  @Test
  @DisplayName("the table: every status but CLOSED allows logging a contact, every action has a primary event")
  void tableShape() {
    for (TicketStatus s : EnumSet.complementOf(EnumSet.of(TicketStatus.CLOSED))) {
      assertThat(TicketLifecycle.allowedActions(s)).contains(TicketAction.LOG_CONTACT);
    }
    for (TicketAction a : TicketAction.values()) {
      assertThat(TicketLifecycle.events(a)).isNotEmpty();
    }
    assertThat(TicketLifecycle.events(TicketAction.RESPOND)).containsExactly("ticket.responded", "ticket.contact-logged");
    assertThat(TicketLifecycle.target(TicketStatus.WAITING_ON_CUSTOMER, TicketAction.RESPOND)).contains(TicketStatus.IN_PROGRESS);
    assertThat(TicketLifecycle.target(TicketStatus.OPEN, TicketAction.RESOLVE)).isEmpty();
  }

  @Test
  @DisplayName("ST-1: agents take tickets for themselves; only leads give them to others; QA changes no ticket")
  void rolesOnTickets() {
    Ticket t = open(TicketKind.AFTER_SALE, Channel.PHONE);
    Map<String, Long> before = shop.counts();
    AccessDeniedException e = catchThrowableOfType(AccessDeniedException.class,
        () -> tickets.assign(new AssignTicket(by(AGENT), t.id(), AGENT_2)));
    assertThat(e.ruleId()).isEqualTo("ST-1");
    assertThat(e.action()).isEqualTo("ASSIGN_TICKET_TO_OTHERS");
    assertThat(shop.counts()).isEqualTo(before);
    assertThatThrownBy(() -> tickets.open(OpenTicket.of(by(QA), CustomerId.of("c"), TicketKind.COMPLAINT, Channel.PHONE, "s", "m")))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(tickets.assign(new AssignTicket(by(LEAD), t.id(), AGENT_2)).owner()).contains(AGENT_2);
    assertThatThrownBy(() -> tickets.respond(RespondToTicket.of(by(AGENT), t.id(), "not mine")))
        .isInstanceOf(AccessDeniedException.class).hasMessageContaining("owner");
    assertThat(tickets.respond(RespondToTicket.of(by(LEAD), t.id(), "stepping in")).status()).isEqualTo(TicketStatus.IN_PROGRESS);
    assertThatThrownBy(() -> tickets.assign(new AssignTicket(by(LEAD), t.id(), QA)))
        .isInstanceOf(InvalidCommandException.class).hasMessageContaining("does not handle tickets");
  }

  @Test
  @DisplayName("CU-4: a VIP customer's ticket goes to the VIP desk or a lead, not to an ordinary agent")
  void vipTicketsToVipDesk() {
    shop.register("v");
    shop.kefu.customers().setVipStatus(new SetVipStatus(by(SUPERVISOR), CustomerId.of("v"), true, "key account"));
    Ticket t = tickets.open(OpenTicket.of(by(AGENT), CustomerId.of("v"), TicketKind.AFTER_SALE, Channel.PHONE, "s", "m")
        .withPriority(Priority.HIGH));
    InvalidCommandException e = catchThrowableOfType(InvalidCommandException.class,
        () -> tickets.assign(new AssignTicket(by(AGENT), t.id(), AGENT)));
    assertThat(e.violations()).singleElement().satisfies(v -> assertThat(v.ruleId()).isEqualTo("CU-4"));
    assertThat(tickets.assign(new AssignTicket(by(VIP_AGENT), t.id(), VIP_AGENT)).owner()).contains(VIP_AGENT);
  }

  @Test
  @DisplayName("notifications: the customer hears of an opened and a resolved ticket and gets the survey (QA-8); a lead's assignee hears of the assignment")
  void notifications() {
    Ticket t = open(TicketKind.AFTER_SALE, Channel.WECHAT); // the test customer has SMS and e-mail, no WeChat
    tickets.assign(new AssignTicket(by(LEAD), t.id(), AGENT));
    tickets.resolve(new ResolveTicket(by(AGENT), t.id(), "Refunded"));
    assertThat(shop.kefu.deliverNotifications().delivered()).isEqualTo(4);
    List<Notification> sent = shop.channel.sent;
    assertThat(sent).extracting(Notification::templateKey)
        .containsExactly("ticket.opened", "ticket.assigned", "ticket.resolved", "survey.csat"); // QA-8: the survey follows
    assertThat(sent.get(0).channel()).isEqualTo(Channel.SMS);
    assertThat(sent.get(1).recipient().kind()).isEqualTo(Recipient.Kind.STAFF);
    assertThat(sent.get(1).recipient().id()).isEqualTo(AGENT.value());
    assertThat(sent.get(2).parameters()).containsEntry("resolution", "Refunded");
    assertThat(sent).extracting(Notification::idempotencyKey).doesNotHaveDuplicates();
  }
}
