package dev.kefu.spi.event;

import dev.kefu.spi.sla.SlaTarget;
import dev.kefu.spi.ticket.TicketId;

/**
 * The host re-applied SLA policies and a running clock got a new target.
 *
 * @param meta the event metadata
 * @param clockId the clock
 * @param ticket its ticket
 * @param policyId the policy now applied
 * @param from the old target
 * @param to the new target
 */
public record SlaClockRetargeted(EventMeta meta, String clockId, TicketId ticket, String policyId, SlaTarget from, SlaTarget to) implements DomainEvent {

  /** The stable type name. */
  public static final String TYPE = "sla.clock-retargeted";

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public int schemaVersion() {
    return 1;
  }
}
