package dev.kefu.spi.event;

import dev.kefu.spi.sla.SlaMetric;
import dev.kefu.spi.ticket.TicketId;
import java.time.Duration;

/**
 * An SLA clock was fulfilled: met, or late if it had breached.
 *
 * @param meta the event metadata
 * @param clockId the clock
 * @param ticket its ticket
 * @param metric its metric
 * @param breached whether it had breached first
 * @param elapsed the counted (business or calendar) time it took
 */
public record SlaClockFulfilled(EventMeta meta, String clockId, TicketId ticket, SlaMetric metric, boolean breached, Duration elapsed) implements DomainEvent {

  /** The stable type name. */
  public static final String TYPE = "sla.clock-fulfilled";

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public int schemaVersion() {
    return 1;
  }
}
