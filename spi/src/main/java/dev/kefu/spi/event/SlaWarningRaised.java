package dev.kefu.spi.event;

import dev.kefu.spi.sla.SlaMetric;
import dev.kefu.spi.ticket.TicketId;
import java.time.Instant;

/**
 * An SLA clock passed its warning threshold: act before the promise breaks.
 *
 * @param meta the event metadata
 * @param clockId the clock
 * @param ticket its ticket
 * @param metric its metric
 * @param dueAt when it breaches unless someone acts
 */
public record SlaWarningRaised(EventMeta meta, String clockId, TicketId ticket, SlaMetric metric, Instant dueAt) implements DomainEvent {

  /** The stable type name. */
  public static final String TYPE = "sla.warning-raised";

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public int schemaVersion() {
    return 1;
  }
}
