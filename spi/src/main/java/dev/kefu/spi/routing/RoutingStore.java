package dev.kefu.spi.routing;

import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.ticket.TicketId;
import java.util.List;
import java.util.Optional;

/**
 * Reads the routing aggregates: agent loads and the queue. Writes go through the
 * {@link dev.kefu.spi.store.UnitOfWork} like every aggregate's, with the expected version checked,
 * so reserving an agent's capacity and assigning the ticket commit together or not at all.
 *
 * <p><b>Threading:</b> called concurrently by every instance; a read never sees part of a unit of
 * work. <b>Exceptions:</b> unchecked only. Run {@code RoutingStoreContract} from
 * {@code kefu-testkit} against an implementation. Evolves only by adding default methods.
 */
public interface RoutingStore {

  /**
   * An agent's load.
   *
   * @param agent the agent
   * @return the latest version, or empty if none was ever written
   */
  Optional<AgentLoad> load(StaffId agent);

  /**
   * Every agent's load.
   *
   * @return the latest versions, ordered by agent id
   */
  List<AgentLoad> loads();

  /**
   * A queue entry, waiting or not.
   *
   * @param ticket the ticket
   * @return the latest version, or empty if the ticket never queued
   */
  Optional<QueuedTicket> queued(TicketId ticket);

  /**
   * The waiting tickets, oldest first: by {@link QueuedTicket#queuedAt()}, then ticket id.
   *
   * @return the entries whose status is {@link QueuedTicket.Status#WAITING}
   */
  List<QueuedTicket> waiting();
}
