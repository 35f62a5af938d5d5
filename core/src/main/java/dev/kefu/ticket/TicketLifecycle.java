package dev.kefu.ticket;

import static dev.kefu.spi.ticket.TicketStatus.ASSIGNED;
import static dev.kefu.spi.ticket.TicketStatus.CLOSED;
import static dev.kefu.spi.ticket.TicketStatus.IN_PROGRESS;
import static dev.kefu.spi.ticket.TicketStatus.OPEN;
import static dev.kefu.spi.ticket.TicketStatus.RESOLVED;
import static dev.kefu.spi.ticket.TicketStatus.WAITING_ON_CUSTOMER;

import dev.kefu.IllegalTransitionException;
import dev.kefu.spi.event.ContactLogged;
import dev.kefu.spi.event.TicketAssigned;
import dev.kefu.spi.event.TicketAwaitingCustomer;
import dev.kefu.spi.event.TicketClosed;
import dev.kefu.spi.event.TicketOpened;
import dev.kefu.spi.event.TicketReopened;
import dev.kefu.spi.event.TicketResolved;
import dev.kefu.spi.event.TicketResponded;
import dev.kefu.spi.ticket.Ticket;
import dev.kefu.spi.ticket.TicketStatus;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ticket lifecycle: every legal move, the events each raises, in one table.
 *
 * <pre>
 * action          from                                          to            events (primary + derived)
 * OPEN            (new ticket)                                  OPEN          ticket.opened + ticket.contact-logged
 * ASSIGN          OPEN                                          ASSIGNED      ticket.assigned
 *                 ASSIGNED, IN_PROGRESS, WAITING_ON_CUSTOMER    (unchanged)
 * RESPOND         ASSIGNED, IN_PROGRESS, WAITING_ON_CUSTOMER    IN_PROGRESS   ticket.responded + ticket.contact-logged
 * AWAIT_CUSTOMER  IN_PROGRESS                                   WAITING_ON_CUSTOMER  ticket.awaiting-customer
 * LOG_CONTACT     every state but CLOSED                        (unchanged)   ticket.contact-logged
 * RESOLVE         ASSIGNED, IN_PROGRESS, WAITING_ON_CUSTOMER    RESOLVED      ticket.resolved
 * REOPEN          RESOLVED                                      IN_PROGRESS   ticket.reopened
 * CLOSE           RESOLVED                                      CLOSED        ticket.closed
 * </pre>
 *
 * <p>A closed ticket allows nothing. An action not in the table for the current state throws
 * {@link IllegalTransitionException} naming the state, the action and the allowed actions.
 *
 * <p>Immutable and thread-safe.
 */
public final class TicketLifecycle {

  /** One row of the table: the moves an action makes and the events it raises. */
  private record Row(Map<TicketStatus, TicketStatus> moves, List<String> events) {}

  private static final Map<TicketAction, Row> TABLE = table();

  private TicketLifecycle() {}

  private static Map<TicketAction, Row> table() {
    Map<TicketAction, Row> t = new EnumMap<>(TicketAction.class);
    t.put(TicketAction.OPEN, row(Map.of(), TicketOpened.TYPE, ContactLogged.TYPE));
    t.put(TicketAction.ASSIGN, row(
        Map.of(OPEN, ASSIGNED, ASSIGNED, ASSIGNED, IN_PROGRESS, IN_PROGRESS, WAITING_ON_CUSTOMER, WAITING_ON_CUSTOMER),
        TicketAssigned.TYPE));
    t.put(TicketAction.RESPOND, row(
        Map.of(ASSIGNED, IN_PROGRESS, IN_PROGRESS, IN_PROGRESS, WAITING_ON_CUSTOMER, IN_PROGRESS),
        TicketResponded.TYPE, ContactLogged.TYPE));
    t.put(TicketAction.AWAIT_CUSTOMER, row(Map.of(IN_PROGRESS, WAITING_ON_CUSTOMER), TicketAwaitingCustomer.TYPE));
    t.put(TicketAction.LOG_CONTACT, row(
        Map.of(OPEN, OPEN, ASSIGNED, ASSIGNED, IN_PROGRESS, IN_PROGRESS, WAITING_ON_CUSTOMER, WAITING_ON_CUSTOMER,
            RESOLVED, RESOLVED),
        ContactLogged.TYPE));
    t.put(TicketAction.RESOLVE, row(
        Map.of(ASSIGNED, RESOLVED, IN_PROGRESS, RESOLVED, WAITING_ON_CUSTOMER, RESOLVED), TicketResolved.TYPE));
    t.put(TicketAction.REOPEN, row(Map.of(RESOLVED, IN_PROGRESS), TicketReopened.TYPE));
    t.put(TicketAction.CLOSE, row(Map.of(RESOLVED, CLOSED), TicketClosed.TYPE));
    return Collections.unmodifiableMap(t);
  }

  private static Row row(Map<TicketStatus, TicketStatus> moves, String primary, String... derived) {
    List<String> events = new ArrayList<>();
    events.add(primary);
    events.addAll(List.of(derived));
    Map<TicketStatus, TicketStatus> frozen =
        moves.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(moves));
    return new Row(frozen, List.copyOf(events));
  }

  /** @return the status of a newly opened ticket */
  public static TicketStatus initialStatus() {
    return OPEN;
  }

  /**
   * Where an action leads from a state.
   *
   * @param from the current status
   * @param action the action
   * @return the next status, or empty if the table does not allow the action in {@code from}
   */
  public static Optional<TicketStatus> target(TicketStatus from, TicketAction action) {
    return Optional.ofNullable(TABLE.get(action).moves().get(from));
  }

  /**
   * The actions a state allows, in declaration order.
   *
   * @param from the current status
   * @return the allowed actions; empty for {@link TicketStatus#CLOSED}
   */
  public static List<TicketAction> allowedActions(TicketStatus from) {
    List<TicketAction> allowed = new ArrayList<>();
    for (TicketAction action : TicketAction.values()) {
      if (TABLE.get(action).moves().containsKey(from)) {
        allowed.add(action);
      }
    }
    return List.copyOf(allowed);
  }

  /**
   * The event types an action raises, primary first, then the derived ones in order.
   *
   * @param action the action
   * @return the event type names
   */
  public static List<String> events(TicketAction action) {
    return TABLE.get(action).events();
  }

  /**
   * The next status of a ticket under an action, or the exception that says why not.
   *
   * @param ticket the ticket
   * @param action the action
   * @return the next status
   * @throws IllegalTransitionException if the table does not allow the action in the ticket's
   *     status
   */
  public static TicketStatus require(Ticket ticket, TicketAction action) {
    return target(ticket.status(), action)
        .orElseThrow(() -> new IllegalTransitionException(
            Ticket.TYPE, ticket.id().value(), ticket.status().name(), action.name(),
            allowedActions(ticket.status()).stream().map(Enum::name).toList()));
  }
}
