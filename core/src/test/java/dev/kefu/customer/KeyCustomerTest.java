package dev.kefu.customer;

import static dev.kefu.test.TestShop.AGENT;
import static dev.kefu.test.TestShop.AGENT_2;
import static dev.kefu.test.TestShop.QA;
import static dev.kefu.test.TestShop.SUPERVISOR;
import static dev.kefu.test.TestShop.by;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.kefu.InvalidCommandException;
import dev.kefu.Violation;
import dev.kefu.spi.customer.Customer;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.customer.KeyCustomerRecord;
import dev.kefu.spi.event.CustomerOwnerChanged;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.test.TestShop;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("CU-9")
class KeyCustomerTest {

  private static final CustomerId K = CustomerId.of("k");
  private final TestShop shop = new TestShop();

  private Customer assign(StaffId owner, String note) {
    return shop.kefu.customers().assignOwner(new AssignCustomerOwner(by(SUPERVISOR), K, owner, note));
  }

  private Customer file() {
    return shop.storage.customers().find(K).orElseThrow();
  }

  private List<CustomerOwnerChanged> ownerChanges() {
    return shop.storage.eventLog().eventsOf(Customer.TYPE, "k").stream()
        .filter(e -> e instanceof CustomerOwnerChanged).map(e -> (CustomerOwnerChanged) e).toList();
  }

  @Test
  @DisplayName("CU-9: a key-customer record holds known difficulties, location, last contact result and the handover note, masked in toString")
  void recordFields() {
    shop.register("k");
    Customer k = shop.kefu.customers().updateProfile(UpdateCustomerProfile.of(by(AGENT), K)
        .withKeyCustomerRecord(new KeyCustomerRecord("Hard of hearing", "Hangzhou Xihu", "Happy with the exchange", null)));
    KeyCustomerRecord r = k.keyCustomerRecord().orElseThrow();
    assertThat(r.knownDifficulties()).isEqualTo("Hard of hearing");
    assertThat(r.location()).isEqualTo("Hangzhou Xihu");
    assertThat(r.lastContactResult()).isEqualTo("Happy with the exchange");
    assertThat(r.handoverNote()).isEmpty(); // never handed over yet
    assertThat(r.toString()).doesNotContain("Hangzhou Xihu").doesNotContain("Hard of hearing");
    assertThat(k.toString()).doesNotContain("Hard of hearing");
  }

  @Test
  @DisplayName("CU-9: the first owner of a key customer needs no note; a change of owner does, and a blank one is refused with every other violation")
  void noteRequiredOnChange() {
    shop.register("k");
    shop.order("k", "15000", Duration.ofDays(3)); // key by value segment (CU-3), no record yet
    assign(AGENT, null);
    long version = file().version();

    InvalidCommandException e = catchThrowableOfType(InvalidCommandException.class,
        () -> shop.kefu.customers().assignOwner(new AssignCustomerOwner(by(SUPERVISOR), K, QA, "  ")));
    assertThat(e.violations()).extracting(Violation::path, Violation::ruleId)
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("owner", "CU-7"), // a QA does not serve customers
            org.assertj.core.groups.Tuple.tuple("handoverNote", "CU-9"));
    e = catchThrowableOfType(InvalidCommandException.class, () -> assign(AGENT_2, " "));
    assertThat(e.violations()).extracting(Violation::path, Violation::ruleId)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("handoverNote", "CU-9"));
    assertThat(file().version()).isEqualTo(version);
    assertThat(file().owner()).contains(AGENT);
  }

  @Test
  @DisplayName("CU-9: the handover note is kept in the key-customer record beside its other fields, and the owner change event says one was written")
  void noteKeptWithTheChange() {
    shop.register("k");
    shop.kefu.customers().updateProfile(UpdateCustomerProfile.of(by(AGENT), K)
        .withKeyCustomerRecord(new KeyCustomerRecord("Hard of hearing", "Hangzhou", "Happy", null)));
    assign(AGENT, null);
    Customer k = assign(AGENT_2, "Speak slowly; prefers calls after 19:00");

    KeyCustomerRecord r = k.keyCustomerRecord().orElseThrow();
    assertThat(r.handoverNote()).isEqualTo("Speak slowly; prefers calls after 19:00");
    assertThat(r.knownDifficulties()).isEqualTo("Hard of hearing");
    assertThat(r.location()).isEqualTo("Hangzhou");
    assertThat(r.lastContactResult()).isEqualTo("Happy");
    assertThat(ownerChanges()).extracting(CustomerOwnerChanged::to, CustomerOwnerChanged::handoverNoteWritten)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(AGENT, false), org.assertj.core.groups.Tuple.tuple(AGENT_2, true));
    assertThat(ownerChanges().get(1).from()).contains(AGENT);
    assertThat(ownerChanges().get(1).toString()).doesNotContain("19:00"); // the note itself stays out of the event
  }

  @Test
  @DisplayName("CU-9: an ordinary customer changes owner without a note")
  void ordinaryCustomerNeedsNoNote() {
    shop.register("k");
    assign(AGENT, null);
    Customer k = assign(AGENT_2, null);
    assertThat(k.owner()).contains(AGENT_2);
    assertThat(k.keyCustomerRecord()).isEmpty();
    assertThat(ownerChanges()).extracting(CustomerOwnerChanged::handoverNoteWritten).containsExactly(false, false);
  }
}
