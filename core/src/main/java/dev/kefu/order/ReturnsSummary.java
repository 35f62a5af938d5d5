package dev.kefu.order;

import dev.kefu.spi.order.OrderEvent.CarrierReturnKind;
import dev.kefu.spi.order.OrderId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Rejected and returned shipments of a period, with reason and outcome (TK-13).
 *
 * @param from inclusive
 * @param to exclusive
 * @param lines every return in the period, oldest first
 * @param byReason how many per reason, by reason
 * @param byOutcome how many per outcome, by outcome
 */
public record ReturnsSummary(Instant from, Instant to, List<Line> lines, Map<String, Long> byReason,
    Map<String, Long> byOutcome) {

  /**
   * One rejected or returned shipment.
   *
   * @param order the order
   * @param kind rejected or returned
   * @param reason why
   * @param outcome what became of it
   * @param at when
   */
  public record Line(OrderId order, CarrierReturnKind kind, String reason, String outcome, Instant at) {}

  /** Creates a summary; the collections are copied. */
  public ReturnsSummary {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    lines = List.copyOf(lines);
    byReason = Map.copyOf(byReason);
    byOutcome = Map.copyOf(byOutcome);
  }

  /**
   * @param kind rejected or returned
   * @return how many of that kind
   */
  public long count(CarrierReturnKind kind) {
    return lines.stream().filter(l -> l.kind() == kind).count();
  }
}
