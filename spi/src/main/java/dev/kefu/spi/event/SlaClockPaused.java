package dev.kefu.spi.event;

import dev.kefu.spi.sla.SlaMetric;
import dev.kefu.spi.ticket.TicketId;

/**
 * An SLA clock paused: time stops counting.
 *
 * @param meta the event metadata
 * @param clockId the clock
 * @param ticket its ticket
 * @param metric its metric
 */
public record SlaClockPaused(EventMeta meta, String clockId, TicketId ticket, SlaMetric metric) implements DomainEvent {

  /** The stable type name. */
  public static final String TYPE = "sla.clock-paused";

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public int schemaVersion() {
    return 1;
  }
}
