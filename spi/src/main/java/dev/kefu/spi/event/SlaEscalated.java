package dev.kefu.spi.event;

import dev.kefu.spi.sla.SlaMetric;
import dev.kefu.spi.staff.Role;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.ticket.TicketId;
import java.util.Optional;

/**
 * A breached SLA clock escalated one step up the reporting line (TK-5, ST-1).
 *
 * @param meta the event metadata
 * @param clockId the clock
 * @param ticket its ticket
 * @param metric its metric
 * @param step the step of the ladder, from 1
 * @param role the role the step goes to
 * @param to who was notified; empty if the reporting line holds nobody to notify
 */
public record SlaEscalated(EventMeta meta, String clockId, TicketId ticket, SlaMetric metric, int step, Role role, Optional<StaffId> to) implements DomainEvent {

  /** The stable type name. */
  public static final String TYPE = "sla.escalated";

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public int schemaVersion() {
    return 1;
  }
}
