package dev.kefu.customer;

import static dev.kefu.test.TestShop.AGENT;
import static dev.kefu.test.TestShop.by;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.Decision;
import dev.kefu.InvalidCommandException;
import dev.kefu.spi.Channel;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.customer.Membership;
import dev.kefu.spi.revisit.RevisitQuery;
import dev.kefu.spi.store.PageRequest;
import dev.kefu.test.TestShop;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("CU-10")
class MarketingConsentTest {

  private final TestShop shop = new TestShop();

  private void consent(String customer, boolean given) {
    shop.kefu.customers().recordMarketingConsent(new RecordMarketingConsent(by(AGENT), CustomerId.of(customer), given, Channel.APP));
  }

  @Test
  @DisplayName("CU-10: the marketing decision refuses a customer without consent and allows one who opted in, naming the rule")
  void decision() {
    shop.register("c");
    Decision before = shop.kefu.customers().decideMarketingContact(CustomerId.of("c"));
    assertThat(before.isAllowed()).isFalse();
    assertThat(before.ruleId()).isEqualTo("CU-10");

    consent("c", true);
    Decision after = shop.kefu.customers().decideMarketingContact(CustomerId.of("c"));
    assertThat(after.isAllowed()).isTrue();
    assertThat(after.ruleId()).isEqualTo("CU-10");
    assertThat(after.reason()).contains(TestShop.START.toString()).contains("APP");

    consent("c", false); // withdrawn: refused again
    assertThat(shop.kefu.customers().decideMarketingContact(CustomerId.of("c")).isAllowed()).isFalse();
  }

  @Test
  @DisplayName("CU-10: the policy itself decides on a file, without personal data in its reason")
  void policyOnAFile() {
    shop.register("c");
    consent("c", true);
    var file = shop.storage.customers().find(CustomerId.of("c")).orElseThrow();
    Decision d = new MarketingConsentPolicy().decide(file);
    assertThat(d.isAllowed()).isTrue();
    assertThat(d.reason()).doesNotContain(file.name()).doesNotContain("13812345678");
    assertThat(new MarketingConsentPolicy().decide(file.toBuilder().marketingConsent(java.util.Optional.empty()).build()).isAllowed())
        .isFalse();
  }

  @Test
  @DisplayName("CU-10: asking about an unknown customer is an invalid request")
  void unknownCustomer() {
    assertThatThrownBy(() -> shop.kefu.customers().decideMarketingContact(CustomerId.of("nobody")))
        .isInstanceOf(InvalidCommandException.class).hasMessageContaining("customerId");
  }

  @Test
  @DisplayName("CU-10, RV-6: the member campaign sends renewal reminders only to members who opted in; every member still gets the service revisit (RV-3)")
  void renewalRemindersNeedConsent() {
    LocalDate soon = LocalDate.of(2026, 3, 25); // expires within the 30-day renewal window of the 15th's campaign
    shop.kefu.customers().register(TestShop.registration("yes").withMembership(new Membership("C1", soon)));
    shop.kefu.customers().register(TestShop.registration("no").withMembership(new Membership("C2", soon)));
    shop.kefu.customers().register(TestShop.registration("withdrew").withMembership(new Membership("C3", soon)));
    consent("yes", true);
    consent("withdrew", true);
    consent("withdrew", false);

    for (int day = 0; day < 14; day++) { // up to and past the campaign of the 15th
      shop.clock.advance(Duration.ofDays(1));
      shop.kefu.runDueWork();
    }
    shop.kefu.deliverNotifications();

    assertThat(shop.kefu.revisits().list(RevisitQuery.all().withCampaign("members-2026-03-15"), PageRequest.first(10)).items())
        .extracting(r -> r.customer().value()).containsExactlyInAnyOrder("yes", "no", "withdrew");
    assertThat(shop.channel.sent).filteredOn(n -> n.templateKey().equals("membership.renewal"))
        .extracting(n -> n.recipient().id()).containsExactly("yes");
  }
}
