package dev.kefu.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.spi.Money;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.event.DutyDue;
import dev.kefu.spi.event.StoredEvent;
import dev.kefu.spi.notification.Notification;
import dev.kefu.spi.order.LineItem;
import dev.kefu.spi.order.OrderEvent;
import dev.kefu.spi.order.OrderId;
import dev.kefu.spi.order.PaymentMethod;
import dev.kefu.test.TestShop;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** QA-4: the weekly reports come due at their local times on the duty scheduler and go to their readers. */
@Tag("QA-4")
class ReportScheduleTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private final TestShop shop = new TestShop();

  private void runAt(String localDateTime) {
    shop.clock.set(LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant());
    shop.kefu.runDueWork();
  }

  private List<Notification> sent(String template) {
    shop.kefu.deliverNotifications();
    return shop.channel.sent.stream().filter(n -> n.templateKey().equals(template)).toList();
  }

  private List<Instant> dutyDue(String duty) {
    return shop.storage.eventLog().readAfter(0, 10_000).stream().map(StoredEvent::event)
        .filter(e -> e instanceof DutyDue d && d.dutyId().equals(duty)).map(e -> ((DutyDue) e).occurrence()).toList();
  }

  @Test
  @DisplayName("QA-4 Friday 15:00: the week's product report goes to the shop manager, not a minute before")
  void friday() {
    shop.register("c-1");
    shop.kefu.orders().feed(OrderEvent.Placed.of("e-1", OrderId.of("o-1"), CustomerId.of("c-1"), shop.clock.instant(),
        PaymentMethod.PREPAID, List.of(new LineItem("SKU-9", "shoes", 3, Money.of("10", "CNY")))));
    assertThat(LocalDateTime.parse("2026-03-06T15:00").getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);

    runAt("2026-03-06T14:59");
    assertThat(sent("report.products")).isEmpty();
    runAt("2026-03-06T15:00");
    assertThat(sent("report.products")).singleElement().satisfies(n -> {
      assertThat(n.recipient().id()).isEqualTo(TestShop.MANAGER.value());
      assertThat(n.parameters()).containsEntry("topSku", "SKU-9").containsEntry("topUnits", "3");
    });
    assertThat(dutyDue(Reports.PRODUCT_REPORT_DUTY))
        .containsExactly(LocalDateTime.parse("2026-03-06T15:00").atZone(SHANGHAI).toInstant());
  }

  @Test
  @DisplayName("QA-4 Saturday 14:00: the week's customer feedback goes to the supervisor; TK-13 follows at 16:00")
  void saturday() {
    runAt("2026-03-07T13:59");
    assertThat(sent("report.customer-feedback")).isEmpty();
    runAt("2026-03-07T14:00");
    assertThat(sent("report.customer-feedback")).singleElement().satisfies(n -> {
      assertThat(n.recipient().id()).isEqualTo(TestShop.SUPERVISOR.value());
      assertThat(n.parameters()).containsEntry("answers", "0").containsEntry("complaints", "0");
    });
    assertThat(sent("order.returns-summary")).isEmpty();
    runAt("2026-03-07T16:00");
    assertThat(sent("order.returns-summary")).hasSize(1);
  }

  @Test
  @DisplayName("QA-4 Monday 09:00: the weekly review comes due each Monday, caught up one occurrence at a time")
  void monday() {
    runAt("2026-03-09T08:59");
    assertThat(dutyDue(Reports.WEEKLY_REVIEW_DUTY)).isEmpty();
    runAt("2026-03-16T09:00"); // two Mondays passed
    assertThat(dutyDue(Reports.WEEKLY_REVIEW_DUTY)).containsExactly(
        LocalDateTime.parse("2026-03-09T09:00").atZone(SHANGHAI).toInstant(),
        LocalDateTime.parse("2026-03-16T09:00").atZone(SHANGHAI).toInstant());
    // each review goes to the supervisor; a quiet shop handled nothing, and has no ratio to show
    assertThat(sent("report.weekly-review")).hasSize(2).allSatisfy(n -> {
      assertThat(n.recipient().id()).isEqualTo(TestShop.SUPERVISOR.value());
      assertThat(n.parameters()).containsEntry("contacts", "0").containsEntry("firstResponse", "-").containsEntry("csat", "-");
    }).extracting(n -> n.parameters().get("monday")).containsExactly("2026-03-09", "2026-03-16");
  }

  @Test
  @DisplayName("QA-4 the schedule is configurable: a product report on Thursday at 10:00")
  void configured() {
    TestShop custom = new TestShop(new dev.kefu.memory.InMemoryStorage(), b -> b.reportRules(new ReportRules(DayOfWeek.MONDAY,
        java.time.LocalTime.of(9, 0), DayOfWeek.THURSDAY, java.time.LocalTime.of(10, 0), DayOfWeek.SATURDAY,
        java.time.LocalTime.of(14, 0), 5)));
    custom.clock.set(LocalDateTime.parse("2026-03-05T09:59").atZone(SHANGHAI).toInstant());
    custom.kefu.runDueWork();
    custom.kefu.deliverNotifications();
    assertThat(custom.channel.sent).filteredOn(n -> n.templateKey().equals("report.products")).isEmpty();
    custom.clock.set(LocalDateTime.parse("2026-03-05T10:00").atZone(SHANGHAI).toInstant());
    custom.kefu.runDueWork();
    custom.kefu.deliverNotifications();
    assertThat(custom.channel.sent).filteredOn(n -> n.templateKey().equals("report.products")).hasSize(1);
  }
}
