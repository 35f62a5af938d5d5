package dev.kefu.spi.event;

import dev.kefu.spi.sla.SlaMetric;
import dev.kefu.spi.ticket.TicketId;

/**
 * An SLA clock resumed: time counts again.
 *
 * @param meta the event metadata
 * @param clockId the clock
 * @param ticket its ticket
 * @param metric its metric
 */
public record SlaClockResumed(EventMeta meta, String clockId, TicketId ticket, SlaMetric metric) implements DomainEvent {

  /** The stable type name. */
  public static final String TYPE = "sla.clock-resumed";

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public int schemaVersion() {
    return 1;
  }
}
