package dev.kefu.staffing;

import dev.kefu.spi.staff.StaffAlert;
import java.util.List;

/**
 * What kefu does for staffing beyond judging rosters and requests: raising peaks and incidents
 * to the shift lead (ST-14) and handing open work over at a shift change (ST-2).
 *
 * <p>Every command validates its input ({@link dev.kefu.InvalidCommandException} listing every
 * violation) and checks the actor's role ({@link dev.kefu.AccessDeniedException}) before it
 * changes anything. Thread-safe.
 */
public interface Staffing {

  /**
   * Raises a peak or an incident: the alert's event and a notification to each shift lead are
   * committed together, and delivered with the next {@code deliverNotifications()}.
   *
   * @param command the command
   * @return the alert (the first one, if its id was raised before)
   */
  StaffAlert raise(RaiseAlert command);

  /**
   * Hands the leaving agents' open tickets over to the incoming agents. The command is checked
   * whole before anything changes; then each ticket moves in its own unit of work, so a ticket
   * always has an owner, and running the handover again after a failure hands over what is left.
   *
   * @param command the command
   * @return one handoff per ticket handed over
   */
  List<Handoff> handOver(HandOver command);
}
