package dev.kefu.spi.event;

import dev.kefu.spi.sla.SlaMetric;
import dev.kefu.spi.ticket.TicketId;

/**
 * An SLA clock stopped without being fulfilled: it no longer applies.
 *
 * @param meta the event metadata
 * @param clockId the clock
 * @param ticket its ticket
 * @param metric its metric
 * @param reason why
 */
public record SlaClockStopped(EventMeta meta, String clockId, TicketId ticket, SlaMetric metric, String reason) implements DomainEvent {

  /** The stable type name. */
  public static final String TYPE = "sla.clock-stopped";

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public int schemaVersion() {
    return 1;
  }
}
