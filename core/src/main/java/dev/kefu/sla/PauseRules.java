package dev.kefu.sla;

import dev.kefu.spi.sla.SlaMetric;
import dev.kefu.spi.ticket.TicketStatus;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * In which ticket statuses a metric's clock stops counting. By default the resolution and the
 * periodic-update clocks pause while the ticket waits on the customer (no update is owed while
 * the customer has the ball), and nothing else pauses.
 *
 * <p>Immutable and thread-safe.
 */
public final class PauseRules {

  private final Map<SlaMetric, Set<TicketStatus>> pausing;

  private PauseRules(Map<SlaMetric, Set<TicketStatus>> pausing) {
    this.pausing = pausing;
  }

  /** @return resolution and periodic update pause while waiting on the customer */
  public static PauseRules defaults() {
    return none()
        .with(SlaMetric.RESOLUTION, EnumSet.of(TicketStatus.WAITING_ON_CUSTOMER))
        .with(SlaMetric.PERIODIC_UPDATE, EnumSet.of(TicketStatus.WAITING_ON_CUSTOMER));
  }

  /** @return nothing ever pauses */
  public static PauseRules none() {
    return new PauseRules(Map.of());
  }

  /**
   * @param metric the metric
   * @param statuses the statuses in which it pauses (replacing any before)
   * @return a copy with this rule
   */
  public PauseRules with(SlaMetric metric, Set<TicketStatus> statuses) {
    Objects.requireNonNull(metric, "metric");
    Map<SlaMetric, Set<TicketStatus>> m = new EnumMap<>(SlaMetric.class);
    m.putAll(pausing);
    m.put(metric, statuses.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(statuses)));
    return new PauseRules(Collections.unmodifiableMap(m));
  }

  /**
   * @param metric the metric
   * @param status the ticket's status
   * @return true if the metric's clock does not count in this status
   */
  public boolean pauses(SlaMetric metric, TicketStatus status) {
    return pausing.getOrDefault(metric, Set.of()).contains(status);
  }
}
