package dev.kefu.spi.event;

import dev.kefu.spi.sla.SlaMetric;
import dev.kefu.spi.sla.SlaTarget;
import dev.kefu.spi.ticket.TicketId;

/**
 * An SLA clock started: a promise with a due time now applies.
 *
 * @param meta the event metadata
 * @param clockId the clock
 * @param ticket its ticket
 * @param metric its metric
 * @param cycle its cycle
 * @param policyId the policy that set the target
 * @param target the target
 */
public record SlaClockStarted(EventMeta meta, String clockId, TicketId ticket, SlaMetric metric, int cycle, String policyId, SlaTarget target) implements DomainEvent {

  /** The stable type name. */
  public static final String TYPE = "sla.clock-started";

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public int schemaVersion() {
    return 1;
  }
}
