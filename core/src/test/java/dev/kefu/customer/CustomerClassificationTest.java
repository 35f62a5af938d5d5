package dev.kefu.customer;

import static dev.kefu.test.TestShop.AGENT;
import static dev.kefu.test.TestShop.SUPERVISOR;
import static dev.kefu.test.TestShop.by;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kefu.AccessDeniedException;
import dev.kefu.spi.customer.ClassificationChange;
import dev.kefu.spi.customer.ClassificationChange.Dimension;
import dev.kefu.spi.customer.Customer;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.customer.Membership;
import dev.kefu.spi.customer.RelationshipStage;
import dev.kefu.spi.customer.Tier;
import dev.kefu.spi.customer.ValueSegment;
import dev.kefu.spi.event.CustomerReclassified;
import dev.kefu.test.TestShop;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CustomerClassificationTest {

  private final TestShop shop = new TestShop();

  private static Duration days(long n) {
    return Duration.ofDays(n);
  }

  @Nested
  @DisplayName("CU-2 relationship stage")
  class Stage {

    @Test
    @DisplayName("CU-2: no order yet is prospective")
    void prospective() {
      assertThat(shop.register("c").stage()).isEqualTo(RelationshipStage.PROSPECTIVE);
    }

    @Test
    @DisplayName("CU-2: one order within 90 days is new; a second order makes the customer returning")
    void newThenReturning() {
      shop.register("c");
      assertThat(shop.order("c", "100", days(89)).stage()).isEqualTo(RelationshipStage.NEW);
      assertThat(shop.order("c", "100", days(1)).stage()).isEqualTo(RelationshipStage.RETURNING);
    }

    @Test
    @DisplayName("CU-2: a single first order older than 90 days is returning")
    void oldFirstOrder() {
      shop.register("c");
      assertThat(shop.order("c", "100", days(91)).stage()).isEqualTo(RelationshipStage.RETURNING);
    }

    @Test
    @DisplayName("CU-2: new turns returning with time alone, through the daily due work")
    void timeAlone() {
      shop.register("c");
      shop.order("c", "100", days(80));
      shop.clock.advance(days(11));
      int ran = shop.kefu.runDueWork(); // first call schedules the daily run
      shop.clock.advance(days(1));
      ran += shop.kefu.runDueWork();
      // the daily run, and Friday's 15:00 product report (QA-4), 16:00 payment reminders and 20:00
      // shipping notices (TK-7, TK-9)
      assertThat(ran).isEqualTo(4);
      Customer c = shop.storage.customers().find(CustomerId.of("c")).orElseThrow();
      assertThat(c.stage()).isEqualTo(RelationshipStage.RETURNING);
      assertThat(c.classificationHistory()).last().satisfies(change -> {
        assertThat(change.dimension()).isEqualTo(Dimension.STAGE);
        assertThat(change.ruleId()).isEqualTo("CU-2");
        assertThat(change.from()).isEqualTo("NEW");
        assertThat(change.to()).isEqualTo("RETURNING");
      });
    }

    @Test
    @DisplayName("CU-2: thresholds are configurable")
    void configurable() {
      TestShop custom = new TestShop(new dev.kefu.memory.InMemoryStorage(),
          b -> b.classificationRules(ClassificationRules.defaults().withNewCustomerWindow(days(30)).withNewCustomerMaxOrders(3)));
      custom.register("c");
      assertThat(custom.order("c", "1", days(31)).stage()).isEqualTo(RelationshipStage.RETURNING);
      custom.register("d");
      custom.order("d", "1", days(20));
      assertThat(custom.order("d", "1", days(10)).stage()).isEqualTo(RelationshipStage.NEW);
    }
  }

  @Nested
  @DisplayName("CU-3 value segment")
  class Segment {

    @Test
    @DisplayName("CU-3: spend of 10,000 in 12 months makes a key customer; 9,999.99 does not")
    void keyBySpend() {
      shop.register("c");
      shop.order("c", "5000", days(100));
      assertThat(shop.order("c", "4999.99", days(10)).segment()).isEqualTo(ValueSegment.GENERAL);
      assertThat(shop.order("c", "0.01", days(1)).segment()).isEqualTo(ValueSegment.KEY);
    }

    @Test
    @DisplayName("CU-3: 20 orders in 12 months make a key customer")
    void keyByOrders() {
      shop.register("c");
      Customer c = null;
      for (int i = 0; i < 19; i++) {
        c = shop.order("c", "10", days(i + 1));
      }
      assertThat(c.segment()).isEqualTo(ValueSegment.GENERAL);
      assertThat(shop.order("c", "10", days(30)).segment()).isEqualTo(ValueSegment.KEY);
    }

    @Test
    @DisplayName("CU-3: at most one order is occasional; key is checked first")
    void occasionalAndKeyFirst() {
      shop.register("c");
      assertThat(shop.order("c", "100", days(5)).segment()).isEqualTo(ValueSegment.OCCASIONAL);
      shop.register("big");
      assertThat(shop.order("big", "20000", days(5)).segment()).isEqualTo(ValueSegment.KEY);
    }

    @Test
    @DisplayName("CU-3: orders older than the trailing 12 months do not count; a key customer lapses with time")
    void trailingWindow() {
      shop.register("c");
      shop.order("c", "12000", days(300));
      assertThat(shop.storage.customers().find(CustomerId.of("c")).orElseThrow().segment()).isEqualTo(ValueSegment.KEY);
      shop.clock.advance(days(70));
      shop.kefu.customers().reclassifyAll();
      Customer c = shop.storage.customers().find(CustomerId.of("c")).orElseThrow();
      assertThat(c.segment()).isEqualTo(ValueSegment.OCCASIONAL);
      assertThat(c.orders().recentOrders()).isEmpty();
      assertThat(c.orders().orderCount()).isEqualTo(1);
      assertThat(c.orders().lifetimeSpend().amount()).isEqualByComparingTo("12000");
    }

    @Test
    @DisplayName("CU-3: thresholds are configurable")
    void configurable() {
      TestShop custom = new TestShop(new dev.kefu.memory.InMemoryStorage(),
          b -> b.classificationRules(ClassificationRules.defaults().withKeyMinSpend(new BigDecimal("500"))
              .withTrailingPeriod(Period.ofMonths(1))));
      custom.register("c");
      assertThat(custom.order("c", "500", days(3)).segment()).isEqualTo(ValueSegment.KEY);
      custom.register("d");
      assertThat(custom.order("d", "500", days(40)).segment()).isEqualTo(ValueSegment.OCCASIONAL);
    }
  }

  @Nested
  @DisplayName("CU-4 service tier")
  class TierRules {

    @Test
    @DisplayName("CU-4: a valid membership card makes a member; an expired one does not")
    void member() {
      Customer c = shop.kefu.customers().register(
          TestShop.registration("m").withMembership(new Membership("CARD-1", LocalDate.of(2026, 3, 2))));
      assertThat(c.tier()).isEqualTo(Tier.MEMBER);
      Customer e = shop.kefu.customers().register(
          TestShop.registration("e").withMembership(new Membership("CARD-2", LocalDate.of(2026, 3, 1))));
      assertThat(e.tier()).isEqualTo(Tier.STANDARD);
    }

    @Test
    @DisplayName("CU-4: card validity is reckoned in the customer's time zone")
    void memberInCustomerZone() {
      // 2026-03-02T02:00Z is still 1 March in Los Angeles but already 2 March in Shanghai.
      Customer la = shop.kefu.customers().register(new RegisterCustomer(by(AGENT), CustomerId.of("la"), "Ann",
          List.of(), "California", java.time.ZoneId.of("America/Los_Angeles"), null, null, null,
          new Membership("CARD-LA", LocalDate.of(2026, 3, 1))));
      assertThat(la.tier()).isEqualTo(Tier.MEMBER);
      Customer sh = shop.kefu.customers().register(
          TestShop.registration("sh").withMembership(new Membership("CARD-SH", LocalDate.of(2026, 3, 1))));
      assertThat(sh.tier()).isEqualTo(Tier.STANDARD);
    }

    @Test
    @DisplayName("CU-4: a key customer with a valid card is VIP by the default rule")
    void vipByRule() {
      shop.kefu.customers().register(
          TestShop.registration("v").withMembership(new Membership("CARD-3", LocalDate.of(2027, 1, 1))));
      Customer c = shop.order("v", "10000", days(1));
      assertThat(c.tier()).isEqualTo(Tier.VIP);
      assertThat(c.classificationHistory()).filteredOn(h -> h.dimension() == Dimension.TIER).last()
          .satisfies(h -> assertThat(h.reason()).contains("VIP by rule"));
    }

    @Test
    @DisplayName("CU-4: the VIP rule is configurable")
    void vipRuleConfigurable() {
      TestShop custom = new TestShop(new dev.kefu.memory.InMemoryStorage(),
          b -> b.classificationRules(ClassificationRules.defaults().withVipRule(VipRule.keySegment())));
      custom.register("k");
      assertThat(custom.order("k", "10000", days(1)).tier()).isEqualTo(Tier.VIP);
    }

    @Test
    @DisplayName("CU-4, ST-1: a supervisor sets VIP by hand; an agent may not")
    void vipBySupervisor() {
      shop.register("c");
      assertThatThrownBy(() -> shop.kefu.customers().setVipStatus(new SetVipStatus(by(AGENT), CustomerId.of("c"), true, "big buyer")))
          .isInstanceOf(AccessDeniedException.class)
          .satisfies(e -> assertThat(((AccessDeniedException) e).ruleId()).isEqualTo("ST-1"));
      Customer vip = shop.kefu.customers().setVipStatus(new SetVipStatus(by(SUPERVISOR), CustomerId.of("c"), true, "big buyer"));
      assertThat(vip.tier()).isEqualTo(Tier.VIP);
      assertThat(vip.vipGrant()).hasValueSatisfying(g -> assertThat(g.grantedBy()).isEqualTo(SUPERVISOR));
      Customer back = shop.kefu.customers().setVipStatus(new SetVipStatus(by(SUPERVISOR), CustomerId.of("c"), false, "left"));
      assertThat(back.tier()).isEqualTo(Tier.STANDARD);
    }
  }

  @Nested
  @DisplayName("CU-6 change history")
  class History {

    @Test
    @DisplayName("CU-6: every tier or segment change is recorded with reason and time, never overwritten")
    void history() {
      shop.register("c");
      shop.order("c", "100", days(5));
      shop.clock.advance(Duration.ofHours(1));
      Customer c = shop.order("c", "20000", days(1));
      List<ClassificationChange> h = c.classificationHistory();
      assertThat(h).extracting(ClassificationChange::dimension)
          .containsExactly(Dimension.STAGE, Dimension.SEGMENT, Dimension.TIER, // registration
              Dimension.STAGE, // prospective -> new
              Dimension.STAGE, Dimension.SEGMENT); // new -> returning, occasional -> key
      assertThat(h.get(5)).satisfies(ch -> {
        assertThat(ch.from()).isEqualTo("OCCASIONAL");
        assertThat(ch.to()).isEqualTo("KEY");
        assertThat(ch.ruleId()).isEqualTo("CU-3");
        assertThat(ch.reason()).contains("20100");
        assertThat(ch.at()).isEqualTo(shop.clock.instant());
      });
      assertThat(h.get(3).at()).isEqualTo(TestShop.START);
      // the reclassification is an event too
      assertThat(shop.storage.eventLog().eventsOf(Customer.TYPE, "c"))
          .filteredOn(e -> e instanceof CustomerReclassified).hasSize(2);
    }

    @Test
    @DisplayName("CU-6, CU-1: transaction data is updated as order events arrive")
    void transactionData() {
      shop.register("c");
      shop.order("c", "100", days(10), "shoes");
      Customer c = shop.order("c", "250.50", days(2), "bags");
      assertThat(c.orders().orderCount()).isEqualTo(2);
      assertThat(c.orders().lifetimeSpend().amount()).isEqualByComparingTo("350.50");
      assertThat(c.orders().firstOrderAt()).contains(shop.clock.instant().minus(days(10)));
      assertThat(c.orders().lastOrderAt()).contains(shop.clock.instant().minus(days(2)));
      assertThat(c.orders().ordersByCategory()).containsEntry("shoes", 1).containsEntry("bags", 1);
      assertThat(c.version()).isEqualTo(3);
    }
  }
}
