package dev.kefu.kpi;

import dev.kefu.report.Report;
import dev.kefu.report.Reportable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The refund rate of a period (QA-7): refunded orders ÷ orders, by the orders placed in the
 * period, shop-wide and per agent who took the order ({@link Kpi#REFUND_RATE}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param from the period's start, inclusive
 * @param to the period's end, exclusive
 * @param shop every order placed in the period: refunded ÷ placed
 * @param byAgent per agent who took orders, by agent id
 */
public record RefundRate(Instant from, Instant to, Measure shop, Map<String, Measure> byAgent) implements Reportable {

  /**
   * Creates the figures.
   *
   * @throws NullPointerException if an argument is null
   */
  public RefundRate {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(shop, "shop");
    byAgent = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(byAgent));
  }

  /** @return the table of orders, refunds and rate, shop first */
  @Override
  public Report toReport() {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(row("shop", shop));
    byAgent.forEach((agent, m) -> rows.add(row(agent, m)));
    return new Report("refund-rate", "Refund rate", "QA-7", from, to,
        List.of(new Report.Table("Refunded orders ÷ orders", List.of("subject", "orders", "refunded", "refund rate %"), rows)));
  }

  private static List<Object> row(String subject, Measure m) {
    return Arrays.asList(subject, (long) m.denominator(), (long) m.numerator(), Reports.percent(m.value(Kpi.Kind.RATIO)));
  }
}
