package dev.kefu.customer;

import static dev.kefu.test.TestShop.AGENT;
import static dev.kefu.test.TestShop.AGENT_2;
import static dev.kefu.test.TestShop.LEAD;
import static dev.kefu.test.TestShop.OTHER_AGENT;
import static dev.kefu.test.TestShop.OTHER_LEAD;
import static dev.kefu.test.TestShop.QA;
import static dev.kefu.test.TestShop.SUPERVISOR;
import static dev.kefu.test.TestShop.VIP_AGENT;
import static dev.kefu.test.TestShop.by;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.AccessDeniedException;
import dev.kefu.InvalidCommandException;
import dev.kefu.spi.Channel;
import dev.kefu.spi.customer.ContactPoint;
import dev.kefu.spi.customer.CreditRating;
import dev.kefu.spi.customer.Customer;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.customer.CustomerQuery;
import dev.kefu.spi.customer.CustomerSort;
import dev.kefu.spi.customer.KeyCustomerRecord;
import dev.kefu.spi.customer.MarketingConsent;
import dev.kefu.spi.customer.Membership;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.store.Page;
import dev.kefu.spi.store.PageRequest;
import dev.kefu.spi.ticket.TicketKind;
import dev.kefu.test.TestShop;
import dev.kefu.ticket.AssignTicket;
import dev.kefu.ticket.OpenTicket;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CustomerFilesTest {

  private final TestShop shop = new TestShop();

  private Customer register(String id, String region, CreditRating rating) {
    return shop.kefu.customers().register(new RegisterCustomer(by(AGENT), CustomerId.of(id), "Name " + id,
        List.of(ContactPoint.of(Channel.PHONE, "1380000" + id)), region, ZoneId.of("Asia/Shanghai"), null, null, rating, null));
  }

  @Test
  @DisplayName("CU-1: a profile holds basic data, characteristics, status, transactions and credit rating")
  void profile() {
    Customer c = shop.kefu.customers().register(new RegisterCustomer(by(AGENT), CustomerId.of("c"), "Li Si",
        List.of(ContactPoint.of(Channel.WECHAT, "lisi_wx"), ContactPoint.of(Channel.EMAIL, "li@example.com")),
        "Guangdong", ZoneId.of("Asia/Shanghai"), Locale.ENGLISH, Map.of("size", "42"), CreditRating.GOOD,
        new Membership("M-9", LocalDate.of(2027, 1, 1))));
    assertThat(c.name()).isEqualTo("Li Si");
    assertThat(c.contactOn(Channel.WECHAT)).hasValueSatisfying(p -> assertThat(p.address()).isEqualTo("lisi_wx"));
    assertThat(c.region()).isEqualTo("Guangdong");
    assertThat(c.preferredLocale()).isEqualTo(Locale.ENGLISH);
    assertThat(c.characteristics()).containsEntry("size", "42");
    assertThat(c.creditRating()).isEqualTo(CreditRating.GOOD);
    assertThat(c.status()).isEqualTo(dev.kefu.spi.customer.AccountStatus.ACTIVE);
    assertThat(c.orders().orderCount()).isZero();
    assertThat(c.version()).isEqualTo(1);
    assertThat(c.registeredAt()).isEqualTo(TestShop.START);
  }

  @Test
  @DisplayName("CU-1, CU-8: personal data is masked in toString")
  void masked() {
    Customer c = shop.kefu.customers().register(TestShop.registration("c")
        .withMembership(new Membership("CARD-123456", LocalDate.of(2027, 1, 1))));
    String text = c.toString();
    assertThat(text).doesNotContain("Zhang San").doesNotContain("13812345678").doesNotContain("zhang@example.com")
        .doesNotContain("CARD-123456").contains("c");
  }

  @Test
  @DisplayName("CU-5: customer files list and sort by sales volume, region, product category and credit rating")
  void listing() {
    register("a", "Zhejiang", CreditRating.POOR);
    register("b", "Anhui", CreditRating.EXCELLENT);
    register("c", "Beijing", CreditRating.GOOD);
    shop.order("a", "300", Duration.ofDays(1), "toys");
    shop.order("b", "100", Duration.ofDays(1), "shoes");
    shop.order("c", "200", Duration.ofDays(1), "bags");
    Customers customers = shop.kefu.customers();
    PageRequest all = PageRequest.first(10);
    assertThat(ids(customers.list(SUPERVISOR, CustomerQuery.all().sortedBy(CustomerSort.descending(CustomerSort.Field.SALES_VOLUME)), all)))
        .containsExactly("a", "c", "b");
    assertThat(ids(customers.list(SUPERVISOR, CustomerQuery.all().sortedBy(CustomerSort.ascending(CustomerSort.Field.REGION)), all)))
        .containsExactly("b", "c", "a");
    assertThat(ids(customers.list(SUPERVISOR, CustomerQuery.all().sortedBy(CustomerSort.ascending(CustomerSort.Field.PRODUCT_CATEGORY)), all)))
        .containsExactly("c", "b", "a");
    assertThat(ids(customers.list(SUPERVISOR, CustomerQuery.all().sortedBy(CustomerSort.ascending(CustomerSort.Field.CREDIT_RATING)), all)))
        .containsExactly("b", "c", "a");
    assertThat(ids(customers.list(SUPERVISOR, CustomerQuery.all().withProductCategory("shoes"), all))).containsExactly("b");
    assertThat(ids(customers.list(SUPERVISOR, CustomerQuery.all().withRegion("Beijing"), all))).containsExactly("c");
    Page<Customer> first = customers.list(SUPERVISOR, CustomerQuery.all(), PageRequest.first(2));
    assertThat(first.total()).isEqualTo(3);
    assertThat(first.hasNext()).isTrue();
    assertThat(ids(customers.list(SUPERVISOR, CustomerQuery.all(), first.request().next()))).containsExactly("c");
  }

  private static List<String> ids(Page<Customer> page) {
    return page.items().stream().map(c -> c.id().value()).toList();
  }

  private void ownedBy(String customer, StaffId owner) {
    shop.kefu.customers().assignOwner(new AssignCustomerOwner(by(SUPERVISOR), CustomerId.of(customer), owner, null));
  }

  @Test
  @DisplayName("CU-8: the owner and the owner's leads read contact details; other agents, other leads and QA do not")
  void contactDetailsByNeed() {
    shop.register("c");
    ownedBy("c", AGENT);
    Customers customers = shop.kefu.customers();
    for (StaffId allowed : List.of(AGENT, LEAD, SUPERVISOR, TestShop.MANAGER)) {
      ContactDetails d = customers.contactDetails(allowed, CustomerId.of("c"));
      assertThat(d.contacts()).extracting(ContactPoint::address).contains("13812345678");
      assertThat(d.ruleId()).isEqualTo("CU-8");
    }
    for (StaffId refused : List.of(AGENT_2, OTHER_LEAD, OTHER_AGENT, QA, VIP_AGENT)) {
      assertThatThrownBy(() -> customers.contactDetails(refused, CustomerId.of("c")))
          .isInstanceOf(AccessDeniedException.class)
          .satisfies(e -> assertThat(((AccessDeniedException) e).ruleId()).isEqualTo("CU-8"))
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("13812345678"));
      Customer seen = customers.find(refused, CustomerId.of("c")).orElseThrow();
      assertThat(seen.contacts()).extracting(ContactPoint::address).doesNotContain("13812345678").allMatch(a -> a.contains("*"));
    }
    assertThat(customers.find(AGENT, CustomerId.of("c")).orElseThrow().contacts())
        .extracting(ContactPoint::address).contains("13812345678");
  }

  @Test
  @DisplayName("CU-8: the VIP desk reads a VIP customer's contact details, not a standard customer's")
  void vipDesk() {
    shop.register("vip");
    shop.register("std");
    shop.kefu.customers().setVipStatus(new SetVipStatus(by(SUPERVISOR), CustomerId.of("vip"), true, "key account"));
    assertThat(shop.kefu.customers().contactDetails(VIP_AGENT, CustomerId.of("vip")).contacts()).hasSize(2);
    assertThatThrownBy(() -> shop.kefu.customers().contactDetails(VIP_AGENT, CustomerId.of("std")))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  @DisplayName("CU-8: the agent who owns an open ticket of the customer reads the contact details")
  void ticketOwner() {
    shop.register("c");
    assertThatThrownBy(() -> shop.kefu.customers().contactDetails(AGENT_2, CustomerId.of("c")))
        .isInstanceOf(AccessDeniedException.class);
    var t = shop.kefu.tickets().open(OpenTicket.of(by(AGENT_2), CustomerId.of("c"), TicketKind.AFTER_SALE, Channel.PHONE, "Broken", "Zip broke"));
    shop.kefu.tickets().assign(new AssignTicket(by(AGENT_2), t.id(), AGENT_2));
    assertThat(shop.kefu.customers().contactDetails(AGENT_2, CustomerId.of("c")).reason()).contains("open ticket");
  }

  @Test
  @DisplayName("CU-8: an unknown viewer is refused as an invalid request")
  void unknownViewer() {
    shop.register("c");
    assertThatThrownBy(() -> shop.kefu.customers().find(StaffId.of("nobody"), CustomerId.of("c")))
        .isInstanceOf(InvalidCommandException.class).hasMessageContaining("viewer");
  }

  @Test
  @DisplayName("CU-9: a key customer's owner changes only with a handover note, which the record keeps")
  void handover() {
    shop.register("k");
    shop.order("k", "15000", Duration.ofDays(3));
    ownedBy("k", AGENT);
    assertThatThrownBy(() -> ownedBy("k", AGENT_2))
        .isInstanceOf(InvalidCommandException.class)
        .satisfies(e -> assertThat(((InvalidCommandException) e).violations())
            .anySatisfy(v -> {
              assertThat(v.path()).isEqualTo("handoverNote");
              assertThat(v.ruleId()).isEqualTo("CU-9");
            }));
    assertThat(shop.storage.customers().find(CustomerId.of("k")).orElseThrow().owner()).contains(AGENT);
    Customer k = shop.kefu.customers().assignOwner(
        new AssignCustomerOwner(by(SUPERVISOR), CustomerId.of("k"), AGENT_2, "Prefers calls after 19:00"));
    assertThat(k.owner()).contains(AGENT_2);
    assertThat(k.keyCustomerRecord()).map(KeyCustomerRecord::handoverNote).contains("Prefers calls after 19:00");
  }

  @Test
  @DisplayName("CU-10: marketing consent records when and through what; withdrawing removes it")
  void consent() {
    shop.register("c");
    Customer c = shop.kefu.customers().recordMarketingConsent(new RecordMarketingConsent(by(AGENT), CustomerId.of("c"), true, Channel.APP));
    assertThat(c.marketingConsent()).contains(new MarketingConsent(TestShop.START, Channel.APP));
    c = shop.kefu.customers().recordMarketingConsent(new RecordMarketingConsent(by(AGENT), CustomerId.of("c"), false, Channel.PHONE));
    assertThat(c.marketingConsent()).isEmpty();
  }
}
