package dev.kefu.customer;

import static dev.kefu.test.TestShop.AGENT;
import static dev.kefu.test.TestShop.AGENT_2;
import static dev.kefu.test.TestShop.LEAD;
import static dev.kefu.test.TestShop.OTHER_AGENT;
import static dev.kefu.test.TestShop.OTHER_LEAD;
import static dev.kefu.test.TestShop.SUPERVISOR;
import static dev.kefu.test.TestShop.by;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.AccessDeniedException;
import dev.kefu.InvalidCommandException;
import dev.kefu.spi.Channel;
import dev.kefu.spi.customer.Customer;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.customer.FirstContact;
import dev.kefu.spi.event.CustomerFirstContact;
import dev.kefu.spi.notification.Notification;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.ticket.TicketKind;
import dev.kefu.test.TestShop;
import dev.kefu.ticket.OpenTicket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("CU-7")
class FirstContactTest {

  private static final Duration WEEK = Duration.ofDays(7);
  private static final CustomerId C = CustomerId.of("c");

  private final TestShop shop = new TestShop();

  private Customer assign(StaffId owner) {
    return shop.kefu.customers().assignOwner(new AssignCustomerOwner(by(SUPERVISOR), C, owner, null));
  }

  private Customer file() {
    return shop.storage.customers().find(C).orElseThrow();
  }

  private List<Notification> overdueNotices() {
    shop.kefu.deliverNotifications();
    return shop.channel.sent.stream().filter(n -> n.templateKey().equals("customer.first-contact-overdue")).toList();
  }

  private List<String> firstContactEvents() {
    return shop.storage.eventLog().eventsOf(Customer.TYPE, "c").stream()
        .filter(e -> e instanceof CustomerFirstContact).map(e -> e.type()).toList();
  }

  private void runAt(Instant at) {
    shop.clock.set(at);
    shop.kefu.runDueWork();
  }

  @Test
  @DisplayName("CU-7: a new owner owes first contact within 7 days, tracked as due work")
  void assignmentSchedulesFirstContact() {
    shop.register("c");
    Customer c = assign(AGENT);
    assertThat(c.firstContact()).contains(FirstContact.pending(AGENT, TestShop.START, TestShop.START.plus(WEEK)));
    assertThat(shop.storage.dueWork().scheduled("first-contact/c"))
        .hasValueSatisfying(item -> assertThat(item.dueAt()).isEqualTo(TestShop.START.plus(WEEK)));
  }

  @Test
  @DisplayName("CU-7: without a first contact by the deadline it is marked overdue and the owner's team lead is told; not a moment before")
  void overdueTellsTheTeamLead() {
    shop.register("c");
    assign(AGENT);
    runAt(TestShop.START.plus(WEEK).minusSeconds(1));
    assertThat(file().firstContact().orElseThrow().isOverdue()).isFalse();
    assertThat(overdueNotices()).isEmpty();

    runAt(TestShop.START.plus(WEEK));
    FirstContact fc = file().firstContact().orElseThrow();
    assertThat(fc.isOverdue()).isTrue();
    assertThat(fc.isMade()).isFalse();
    assertThat(overdueNotices()).singleElement().satisfies(n -> {
      assertThat(n.recipient().id()).isEqualTo(LEAD.value()); // agent-1 reports to lead
      assertThat(n.parameters()).containsEntry("customerId", "c").containsEntry("owner", AGENT.value());
    });
    assertThat(firstContactEvents()).containsExactly(CustomerFirstContact.OVERDUE_TYPE);

    runAt(TestShop.START.plus(WEEK.multipliedBy(3))); // fires once
    assertThat(overdueNotices()).hasSize(1);
  }

  @Test
  @DisplayName("CU-7: a contact the owner logs on one of the customer's tickets fulfils the first contact; nobody is told")
  void ticketContactByTheOwnerCounts() {
    shop.register("c");
    assign(AGENT);
    shop.clock.advance(Duration.ofDays(2));
    Instant contacted = shop.clock.instant();
    shop.kefu.tickets().open(OpenTicket.of(by(AGENT), C, TicketKind.PRE_SALE_INQUIRY, Channel.PHONE, "Welcome call", "Introduced myself"));

    runAt(TestShop.START.plus(WEEK));
    FirstContact fc = file().firstContact().orElseThrow();
    assertThat(fc.madeAt()).contains(contacted);
    assertThat(fc.isOverdue()).isFalse();
    assertThat(overdueNotices()).isEmpty();
    assertThat(firstContactEvents()).containsExactly(CustomerFirstContact.RECORDED_TYPE);
  }

  @Test
  @DisplayName("CU-7: a ticket contact by someone else, or by the owner before the assignment, does not count")
  void otherContactsDoNotCount() {
    shop.register("c");
    shop.kefu.tickets().open(OpenTicket.of(by(AGENT), C, TicketKind.PRE_SALE_INQUIRY, Channel.PHONE, "Before", "Asked about sizes"));
    shop.clock.advance(Duration.ofHours(1));
    assign(AGENT);
    shop.kefu.tickets().open(OpenTicket.of(by(AGENT_2), C, TicketKind.PRE_SALE_INQUIRY, Channel.PHONE, "Colleague", "Asked about colours"));

    runAt(TestShop.START.plus(Duration.ofHours(1)).plus(WEEK));
    assertThat(file().firstContact().orElseThrow().isOverdue()).isTrue();
    assertThat(overdueNotices()).hasSize(1);
  }

  @Test
  @DisplayName("CU-7: the owner records first contact by command; the due work is cancelled and nobody is told")
  void recordedByCommand() {
    shop.register("c");
    assign(AGENT);
    shop.clock.advance(Duration.ofDays(1));
    Customer c = shop.kefu.customers().recordFirstContact(RecordFirstContact.now(by(AGENT), C));
    assertThat(c.firstContact().orElseThrow().madeAt()).contains(shop.clock.instant());
    assertThat(shop.storage.dueWork().scheduled("first-contact/c")).isEmpty();
    Customer again = shop.kefu.customers().recordFirstContact(RecordFirstContact.now(by(AGENT), C));
    assertThat(again.version()).isEqualTo(c.version()); // recording twice changes nothing

    runAt(TestShop.START.plus(WEEK.multipliedBy(2)));
    assertThat(overdueNotices()).isEmpty();
    assertThat(firstContactEvents()).containsExactly(CustomerFirstContact.RECORDED_TYPE);
  }

  @Test
  @DisplayName("CU-7: only the owner records their first contact, not before the assignment, and only when one is pending")
  void recordingIsChecked() {
    shop.register("c");
    assertThatThrownBy(() -> shop.kefu.customers().recordFirstContact(RecordFirstContact.now(by(AGENT), C)))
        .isInstanceOf(InvalidCommandException.class)
        .satisfies(e -> assertThat(((InvalidCommandException) e).violations())
            .anySatisfy(v -> assertThat(v.ruleId()).isEqualTo("CU-7")));
    assign(AGENT);
    long version = file().version();
    assertThatThrownBy(() -> shop.kefu.customers().recordFirstContact(RecordFirstContact.now(by(AGENT_2), C)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> shop.kefu.customers().recordFirstContact(
        new RecordFirstContact(by(AGENT), C, TestShop.START.minusSeconds(60))))
        .isInstanceOf(InvalidCommandException.class).hasMessageContaining("madeAt");
    assertThat(file().version()).isEqualTo(version);
    assertThat(file().firstContact().orElseThrow().isMade()).isFalse();
  }

  @Test
  @DisplayName("CU-7: reassigning replaces the first contact: the old deadline passes quietly, the new owner's is checked and their own lead told")
  void reassignmentReplaces() {
    shop.register("c");
    assign(AGENT);
    shop.clock.advance(Duration.ofDays(5));
    Instant second = shop.clock.instant();
    assign(OTHER_AGENT);
    assertThat(file().firstContact()).contains(FirstContact.pending(OTHER_AGENT, second, second.plus(WEEK)));

    runAt(TestShop.START.plus(WEEK));
    assertThat(file().firstContact().orElseThrow().isOverdue()).isFalse();
    assertThat(overdueNotices()).isEmpty();

    runAt(second.plus(WEEK));
    assertThat(file().firstContact().orElseThrow().isOverdue()).isTrue();
    assertThat(overdueNotices()).singleElement()
        .satisfies(n -> assertThat(n.recipient().id()).isEqualTo(OTHER_LEAD.value()));
  }

  @Test
  @DisplayName("CU-7: the deadline is configurable")
  void configurableDeadline() {
    TestShop quick = new TestShop(new dev.kefu.memory.InMemoryStorage(),
        b -> b.ownershipRules(OwnershipRules.defaults().withFirstContactWithin(Duration.ofDays(2))));
    quick.register("c");
    Customer c = quick.kefu.customers().assignOwner(new AssignCustomerOwner(by(SUPERVISOR), C, AGENT, null));
    assertThat(c.firstContact().orElseThrow().dueBy()).isEqualTo(TestShop.START.plus(Duration.ofDays(2)));
    assertThatThrownBy(() -> OwnershipRules.defaults().withFirstContactWithin(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
