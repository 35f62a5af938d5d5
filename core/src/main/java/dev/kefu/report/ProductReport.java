package dev.kefu.report;

import dev.kefu.complaint.ComplaintStatistics;
import dev.kefu.spi.order.CarrierReturn;
import dev.kefu.spi.order.LineItem;
import dev.kefu.spi.order.Order;
import dev.kefu.spi.order.OrderTask;
import dev.kefu.spi.ticket.TicketKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The weekly product report (QA-4, Friday 15:00): the best sellers of the week, by units and by
 * revenue, from the line items of the orders placed in it; and the products with frequent quality
 * problems — orders that came back through the carrier (TK-13), were refunded, or drew a negative
 * review (TK-10) in the week, counted per SKU on those orders — with the complaints of the week by
 * cause category (CP-8), since complaints name a cause, not a product.
 *
 * <p>Definitions: <b>units</b> = the sum of the quantities of a SKU's lines; <b>revenue</b> = the
 * sum of quantity × unit price, in the shop's currency, before refunds; <b>orders</b> = orders with
 * a line of the SKU. A problem counts once per order and SKU, however many units the order held.
 *
 * <p>Immutable and thread-safe.
 *
 * @param from the week's start, inclusive
 * @param to the week's end, exclusive
 * @param byUnits the best sellers by units, at most the number asked for
 * @param byRevenue the best sellers by revenue, at most the number asked for
 * @param problems the SKUs with the most problems, at most the number asked for; none without problems
 * @param complaintCauses the classification rows of the complaints of the week by cause
 */
public record ProductReport(Instant from, Instant to, List<Sales> byUnits, List<Sales> byRevenue, List<Problems> problems,
    List<ComplaintStatistics.Row> complaintCauses) implements Reportable {

  /** The report's id. */
  public static final String ID = "products";

  /** How many products each list shows unless told otherwise. */
  public static final int DEFAULT_TOP = 10;

  /** Creates a report; lists are copied. */
  public ProductReport {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    byUnits = List.copyOf(byUnits);
    byRevenue = List.copyOf(byRevenue);
    problems = List.copyOf(problems);
    complaintCauses = List.copyOf(complaintCauses);
  }

  /**
   * What a SKU sold.
   *
   * @param sku the SKU
   * @param category its category
   * @param units units sold
   * @param revenue quantity × unit price, summed
   * @param orders orders with a line of it
   */
  public record Sales(String sku, String category, long units, BigDecimal revenue, long orders) {}

  /**
   * A SKU's quality problems.
   *
   * @param sku the SKU
   * @param category its category
   * @param returned orders with it rejected or returned through the carrier
   * @param refunded orders with it refunded
   * @param negativeReviews orders with it that drew a negative review
   */
  public record Problems(String sku, String category, long returned, long refunded, long negativeReviews) {
    /** @return every problem counted */
    public long total() {
      return returned + refunded + negativeReviews;
    }
  }

  /**
   * Computes the report from orders.
   *
   * @param from the week's start, inclusive
   * @param to the week's end, exclusive
   * @param orders the orders to look at (any; those without a placement, sale or problem in the
   *     week add nothing)
   * @param complaints the complaint statistics of the week, for the causes
   * @param top how many products each list shows, at least 1
   * @return the report
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code top} is below 1
   */
  public static ProductReport of(Instant from, Instant to, Iterable<Order> orders, ComplaintStatistics complaints, int top) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(orders, "orders");
    Objects.requireNonNull(complaints, "complaints");
    if (top < 1) {
      throw new IllegalArgumentException("top must be at least 1, was " + top);
    }
    Map<String, long[]> units = new TreeMap<>(); // units, orders
    Map<String, BigDecimal> revenue = new TreeMap<>();
    Map<String, long[]> problems = new TreeMap<>(); // returned, refunded, negative reviews
    Map<String, String> categories = new TreeMap<>();
    for (Order o : orders) {
      Set<String> skus = new LinkedHashSet<>();
      for (LineItem item : o.items()) {
        skus.add(item.sku());
        categories.putIfAbsent(item.sku(), item.category());
      }
      if (o.placedAt().filter(at -> within(at, from, to)).isPresent()) {
        for (LineItem item : o.items()) {
          units.computeIfAbsent(item.sku(), k -> new long[2])[0] += item.quantity();
          revenue.merge(item.sku(), item.amount().amount(), BigDecimal::add);
        }
        skus.forEach(sku -> units.get(sku)[1]++);
      }
      boolean returned = o.returns().stream().map(CarrierReturn::at).anyMatch(at -> within(at, from, to));
      boolean refunded = o.refundedAt().filter(at -> within(at, from, to)).isPresent();
      boolean reviewed = o.tasks().stream().filter(t -> t.kind() == TicketKind.NEGATIVE_REVIEW).map(OrderTask::from)
          .anyMatch(at -> within(at, from, to));
      for (String sku : skus) {
        if (returned || refunded || reviewed) {
          long[] p = problems.computeIfAbsent(sku, k -> new long[3]);
          p[0] += returned ? 1 : 0;
          p[1] += refunded ? 1 : 0;
          p[2] += reviewed ? 1 : 0;
        }
      }
    }
    List<Sales> sales = new ArrayList<>();
    units.forEach((sku, u) -> sales.add(new Sales(sku, categories.get(sku), u[0], revenue.get(sku), u[1])));
    List<Sales> byUnits = sales.stream().sorted(Comparator.comparingLong(Sales::units).reversed()
        .thenComparing(Sales::sku)).limit(top).toList();
    List<Sales> byRevenue = sales.stream().sorted(Comparator.comparing(Sales::revenue).reversed()
        .thenComparing(Sales::sku)).limit(top).toList();
    List<Problems> worst = new ArrayList<>();
    problems.forEach((sku, p) -> worst.add(new Problems(sku, categories.get(sku), p[0], p[1], p[2])));
    worst.sort(Comparator.comparingLong(Problems::total).reversed().thenComparing(Problems::sku));
    return new ProductReport(from, to, byUnits, byRevenue, worst.subList(0, Math.min(top, worst.size())),
        complaints.rows("cause"));
  }

  private static boolean within(Instant at, Instant from, Instant to) {
    return !at.isBefore(from) && at.isBefore(to);
  }

  @Override
  public Report toReport() {
    List<List<Object>> unitRows = new ArrayList<>();
    byUnits.forEach(s -> unitRows.add(List.of(s.sku(), s.category(), s.units(), s.revenue(), s.orders())));
    List<List<Object>> revenueRows = new ArrayList<>();
    byRevenue.forEach(s -> revenueRows.add(List.of(s.sku(), s.category(), s.revenue(), s.units(), s.orders())));
    Report.Chart unitChart = new Report.Chart("Best sellers by units", Report.Chart.Kind.BAR,
        byUnits.stream().map(Sales::sku).toList(), "units",
        List.of(new Report.Series("units", byUnits.stream().map(s -> (double) s.units()).toList())));
    List<List<Object>> problemRows = new ArrayList<>();
    problems.forEach(p -> problemRows.add(List.of(p.sku(), p.category(), p.returned(), p.refunded(), p.negativeReviews(),
        p.total())));
    Report.Chart problemChart = new Report.Chart("Frequent quality problems", Report.Chart.Kind.BAR,
        problems.stream().map(Problems::sku).toList(), "orders", List.of(
            new Report.Series("returned", problems.stream().map(p -> (double) p.returned()).toList()),
            new Report.Series("refunded", problems.stream().map(p -> (double) p.refunded()).toList()),
            new Report.Series("negative reviews", problems.stream().map(p -> (double) p.negativeReviews()).toList())));
    List<List<Object>> causeRows = new ArrayList<>();
    complaintCauses.forEach(r -> causeRows.add(List.of(r.value(), r.count(), r.previous())));
    return new Report(ID, "Products: best sellers and quality problems", "QA-4", from, to, List.of(
        unitChart,
        new Report.Table("Best sellers by units", List.of("sku", "category", "units", "revenue", "orders"), unitRows),
        new Report.Table("Best sellers by revenue", List.of("sku", "category", "revenue", "units", "orders"), revenueRows),
        problemChart,
        new Report.Table("Frequent quality problems", List.of("sku", "category", "returned", "refunded", "negative reviews",
            "total"), problemRows),
        new Report.Table("Complaint causes", List.of("cause", "this week", "week before"), causeRows)));
  }
}
