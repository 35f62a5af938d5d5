package dev.kefu.spi.event;

import dev.kefu.spi.sla.SlaMetric;
import dev.kefu.spi.ticket.TicketId;
import java.time.Instant;

/**
 * An SLA clock passed its due instant: the promise is broken.
 *
 * @param meta the event metadata
 * @param clockId the clock
 * @param ticket its ticket
 * @param metric its metric
 * @param dueAt the due instant that passed
 */
public record SlaBreached(EventMeta meta, String clockId, TicketId ticket, SlaMetric metric, Instant dueAt) implements DomainEvent {

  /** The stable type name. */
  public static final String TYPE = "sla.breached";

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public int schemaVersion() {
    return 1;
  }
}
