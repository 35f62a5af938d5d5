package dev.kefu.routing;

import dev.kefu.AccessDeniedException;
import dev.kefu.InvalidCommandException;
import dev.kefu.spi.routing.AgentLoad;
import dev.kefu.staffing.Roster;
import java.util.List;

/**
 * Routing: hands every new ticket to an agent who is on shift, taking work (available or busy),
 * skilled for the ticket's kind and channel and with free capacity on the channel, in this order
 * of choice: the VIP desk for VIP customers (CU-4); the customer's owner (CU-7); then the least
 * loaded, longest idle agent, team leads at their share (ST-13), or during a promotion the agent
 * routed fewest tickets (TK-12). Capacity is reserved by a versioned write of the agent's
 * {@link AgentLoad} in the unit of work that assigns the ticket, so several instances sharing a
 * store never give an agent more than their capacity. Tickets nobody can take wait in a shared
 * queue, oldest first; their customers hear their place or expected wait at once and are greeted
 * again (TK-20). An agent away on a break or in a meeting has their customers told, and their
 * tickets handed over once the absence outlasts the first-response target (TK-15). Calls past 3
 * minutes are flagged, past 5 escalated to the team lead (TK-17). The greetings, handovers and
 * call checks are due work: they run in {@code Kefu.runDueWork()}.
 *
 * <p>Thread-safe. Every command validates first: invalid input throws one
 * {@link InvalidCommandException} listing every violation, with nothing changed; a role that may
 * not act throws {@link AccessDeniedException}. Commands that lost a race to another instance are
 * decided again, up to the configured retries, then throw
 * {@link dev.kefu.spi.store.StaleVersionException}.
 */
public interface Routing {

  /** @return the rules routing follows */
  RoutingRules rules();

  /**
   * Publishes a week's roster to this instance: who is on shift when. An agent is on shift at an
   * instant if a published roster has a shift for them covering it. Publishing a roster for the
   * same week replaces the earlier one. The roster is the host's plan, like configuration: give
   * it to every instance. Publishing also schedules, for each shift still to come, the agent's
   * worklist at the shift's start (TK-16: unanswered messages, unpaid orders to chase, negative
   * reviews in progress), sent to the agent in the workbench by {@code runDueWork()}; a shift
   * published again, here or on another instance, is scheduled once.
   *
   * @param roster the roster
   * @throws NullPointerException if it is null
   */
  void publishRoster(Roster roster);

  /**
   * Reports an agent's change of state (the agent state timeline). Going on a break or to a
   * meeting tells the customers in the agent's open conversations and schedules their handover
   * (TK-15); coming back cancels it; becoming available routes waiting tickets.
   *
   * @param command the report
   * @return the agent's load after it
   * @throws InvalidCommandException listing every problem (unknown agent or actor, a time after now)
   * @throws AccessDeniedException if the actor is neither the agent nor a lead
   */
  AgentLoad reportState(ReportAgentState command);

  /**
   * Routes an open, unassigned ticket, or queues it and tells the customer their place and
   * expected wait (TK-20). Routing a ticket that already waits in the queue tries again.
   *
   * @param command the command
   * @return where it went
   * @throws InvalidCommandException listing every problem (unknown ticket or actor, a ticket not
   *     open or already assigned)
   * @throws AccessDeniedException if the actor may not assign tickets to others
   */
  RouteOutcome route(RouteTicket command);

  /**
   * Routes the waiting tickets that someone can take now, oldest first; the others keep their
   * place. Called after every release and every report of an agent taking work; a host may call it
   * from its scheduler too.
   *
   * @return the tickets routed
   */
  List<RouteOutcome> routeWaiting();

  /**
   * Frees the capacity a ticket holds, or takes it out of the queue, then routes waiting tickets.
   *
   * @param command the command
   * @return the agent's load after it, or empty if the ticket held no capacity
   * @throws InvalidCommandException listing every problem
   * @throws AccessDeniedException if the actor may not handle tickets
   */
  java.util.Optional<AgentLoad> release(ReleaseTicket command);

  /** @return the waiting tickets, oldest first, with their places and expected waits (TK-20) */
  List<Waiting> queue();

  /**
   * TK-17: what a phone call of a given length calls for.
   *
   * @param length how long it ran
   * @return the verdict
   * @throws NullPointerException if the length is null
   */
  CallVerdict judgeCall(java.time.Duration length);

  /**
   * TK-11: attributes an order's sale to the agents who served it.
   *
   * @param command the order's tickets, and the shop manager's shares if decided
   * @return the shares
   * @throws InvalidCommandException listing every problem (unknown tickets, shares not summing to
   *     100, nobody served the order)
   * @throws AccessDeniedException if shares are decided by someone below the shop manager
   */
  SaleAttribution attributeSale(AttributeSale command);
}
