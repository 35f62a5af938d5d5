package dev.kefu.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.complaint.ComplaintStatistics;
import dev.kefu.spi.Money;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.order.CarrierReturn;
import dev.kefu.spi.order.LineItem;
import dev.kefu.spi.order.Order;
import dev.kefu.spi.order.OrderEvent.CarrierReturnKind;
import dev.kefu.spi.order.OrderId;
import dev.kefu.spi.order.OrderTask;
import dev.kefu.spi.order.PaymentMethod;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.ticket.TicketId;
import dev.kefu.spi.ticket.TicketKind;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Hand-computed figures of the outbound campaign analysis, the classification table and the product report. */
class ReportFiguresTest {

  private static final Instant FROM = Instant.parse("2026-03-02T00:00:00Z");
  private static final Instant TO = FROM.plus(Duration.ofDays(7));

  private static OutboundCampaign.Call call(String agent, String customer, OutboundCampaign.Outcome outcome, String reason) {
    return new OutboundCampaign.Call(StaffId.of(agent), CustomerId.of(customer), FROM.plusSeconds(3600), outcome,
        Optional.ofNullable(reason));
  }

  @Test
  @Tag("QA-6")
  @DisplayName("QA-6 outbound campaign: target attainment, list usage, agent performance and refusals, by hand")
  void outbound() {
    // list of 5 (c1 twice: counts once), target 4 conversions
    OutboundCampaign campaign = new OutboundCampaign("spring renewals", FROM, TO, 4,
        List.of(CustomerId.of("c1"), CustomerId.of("c2"), CustomerId.of("c3"), CustomerId.of("c4"), CustomerId.of("c5"),
            CustomerId.of("c1")),
        List.of(
            call("a1", "c1", OutboundCampaign.Outcome.NOT_REACHED, null),
            call("a1", "c1", OutboundCampaign.Outcome.CONVERTED, null),
            call("a1", "c2", OutboundCampaign.Outcome.REFUSED, "too expensive"),
            call("a2", "c3", OutboundCampaign.Outcome.REFUSED, "too expensive"),
            call("a2", "c3", OutboundCampaign.Outcome.REFUSED, null),
            call("a2", "c1", OutboundCampaign.Outcome.CONVERTED, null), // c1 again: one conversion
            call("a2", "x9", OutboundCampaign.Outcome.CONVERTED, null), // off the list
            call("a3", "c4", OutboundCampaign.Outcome.NOT_REACHED, null)));

    OutboundCampaignAnalysis a = OutboundCampaignAnalysis.of(campaign);

    assertThat(a.listSize()).isEqualTo(5);
    assertThat(a.called()).isEqualTo(4); // c1 c2 c3 c4
    assertThat(a.reached()).isEqualTo(3); // c1 c2 c3
    assertThat(a.converted()).isEqualTo(1); // c1
    assertThat(a.offListCalls()).isEqualTo(1);
    assertThat(a.targetAttainmentPercent()).isEqualTo(25.0); // 1 / 4
    assertThat(a.listUsagePercent()).isEqualTo(80.0); // 4 / 5
    assertThat(a.reachPercent()).isEqualTo(75.0); // 3 / 4
    assertThat(a.agents()).containsExactly(
        new OutboundCampaignAnalysis.AgentPerformance(StaffId.of("a1"), 3, 2, 1, 1),
        new OutboundCampaignAnalysis.AgentPerformance(StaffId.of("a2"), 4, 4, 2, 2),
        new OutboundCampaignAnalysis.AgentPerformance(StaffId.of("a3"), 1, 0, 0, 0));
    assertThat(a.agents().get(0).conversionPercent()).isEqualTo(50.0);
    assertThat(a.agents().get(2).conversionPercent()).isNaN();
    assertThat(a.refusals()).containsExactly(java.util.Map.entry(OutboundCampaignAnalysis.NO_REASON, 1L),
        java.util.Map.entry("too expensive", 2L));

    Report r = a.toReport();
    assertThat(r.ruleId()).isEqualTo("QA-6");
    Report.Chart refusals = (Report.Chart) r.sections().get(4);
    assertThat(refusals.series().get(0).values()).containsExactly(1.0, 2.0);
  }

  @Test
  @Tag("QA-5")
  @DisplayName("QA-5 classification table: counts against the previous period, trend, rates and improvement actions")
  void classification() {
    ComplaintStatistics s = new ComplaintStatistics(FROM, TO, 6, 3, 200, List.of(
        new ComplaintStatistics.Row("cause", "LOGISTICS", 4, 1),
        new ComplaintStatistics.Row("cause", "SERVICE", 1, 3),
        new ComplaintStatistics.Row("cause", "PRICING", 1, 1),
        new ComplaintStatistics.Row("department", "WAREHOUSE", 4, 1)));
    ComplaintClassificationReport report = new ComplaintClassificationReport(s, List.of(
        new ComplaintClassificationReport.Improvement("LOGISTICS", "switch the courier for the north", 3)));

    Report r = report.toReport();
    Report.Table rates = (Report.Table) r.sections().get(0);
    assertThat(rates.rows().get(2).get(1)).isEqualTo(3.0); // 6 complaints / 200 orders = 3%
    assertThat(rates.rows().get(2).get(3)).isEqualTo("no"); // the target is below 3%
    assertThat(rates.rows().get(3).get(1)).isEqualTo(50.0); // 3 resolved of 6
    Report.Chart causes = (Report.Chart) r.sections().get(1);
    assertThat(causes.xLabels()).containsExactly("LOGISTICS", "SERVICE", "PRICING");
    assertThat(causes.series().get(0).values()).containsExactly(4.0, 1.0, 1.0);
    assertThat(causes.series().get(1).values()).containsExactly(1.0, 3.0, 1.0);
    Report.Table table = (Report.Table) r.sections().get(2);
    assertThat(table.rows()).extracting(row -> row.get(4) + "/" + row.get(5))
        .containsExactly("3/up", "-2/down", "0/same", "3/up");
    Report.Table actions = (Report.Table) r.sections().get(3);
    assertThat(actions.rows()).containsExactly(List.of("LOGISTICS", "switch the courier for the north", 3L));
  }

  private static Order order(String id, Instant placed, List<LineItem> items) {
    return Order.builder().id(OrderId.of(id)).customer(CustomerId.of("c-" + id)).version(1).payment(PaymentMethod.PREPAID)
        .items(items).total(Money.of("1", "CNY")).placedAt(placed).build();
  }

  private static LineItem item(String sku, int quantity, String price) {
    return new LineItem(sku, "cat-" + sku, quantity, Money.of(price, "CNY"));
  }

  @Test
  @Tag("QA-4")
  @DisplayName("QA-4 product report: best sellers by units and revenue from line items, quality problems per SKU")
  void products() {
    Instant in = FROM.plus(Duration.ofDays(1));
    Order o1 = order("1", in, List.of(item("A", 2, "10.00"), item("B", 1, "99.50")));
    Order o2 = order("2", in, List.of(item("A", 3, "10.00"), item("A", 1, "8.00"))); // two lines of A
    Order o3 = order("3", in, List.of(item("C", 1, "5"))).toBuilder()
        .addReturns(new CarrierReturn(CarrierReturnKind.RETURNED, "broken", "refunded", in.plusSeconds(60)))
        .refundedAt(in.plusSeconds(120)).build();
    Order old = order("4", FROM.minus(Duration.ofDays(2)), List.of(item("B", 50, "99.50"))).toBuilder() // sold before the week
        .addTasks(new OrderTask(TicketKind.NEGATIVE_REVIEW, TicketId.of("t-1"), "TK-10", in)).build(); // reviewed within it
    ComplaintStatistics complaints = new ComplaintStatistics(FROM, TO, 2, 2, 4, List.of(
        new ComplaintStatistics.Row("cause", "PRODUCT_QUALITY", 2, 0)));

    ProductReport r = ProductReport.of(FROM, TO, List.of(o1, o2, o3, old), complaints, 2);

    // A: 2 + 3 + 1 = 6 units, 20 + 30 + 8 = 58.00 in 2 orders; B: 1 unit, 99.50; C: 1 unit, 5
    assertThat(r.byUnits()).extracting(ProductReport.Sales::sku, ProductReport.Sales::units, ProductReport.Sales::orders)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("A", 6L, 2L), org.assertj.core.groups.Tuple.tuple("B", 1L, 1L));
    assertThat(r.byRevenue()).extracting(ProductReport.Sales::sku).containsExactly("B", "A");
    assertThat(r.byRevenue().get(1).revenue()).isEqualByComparingTo(new BigDecimal("58.00"));
    // C returned and refunded (2 problems), B negatively reviewed on the old order (1)
    assertThat(r.problems()).containsExactly(new ProductReport.Problems("C", "cat-C", 1, 1, 0),
        new ProductReport.Problems("B", "cat-B", 0, 0, 1));
    assertThat(r.complaintCauses()).extracting(ComplaintStatistics.Row::value).containsExactly("PRODUCT_QUALITY");
    Report.Chart units = (Report.Chart) r.toReport().sections().get(0);
    assertThat(units.series().get(0).values()).containsExactly(6.0, 1.0);
  }
}
