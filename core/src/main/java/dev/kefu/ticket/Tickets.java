package dev.kefu.ticket;

import dev.kefu.AccessDeniedException;
import dev.kefu.IllegalTransitionException;
import dev.kefu.InvalidCommandException;
import dev.kefu.spi.ticket.Ticket;
import dev.kefu.spi.ticket.TicketId;
import dev.kefu.spi.ticket.TicketQuery;
import dev.kefu.spi.store.Page;
import dev.kefu.spi.store.PageRequest;
import java.util.Optional;

/**
 * Tickets on every channel (TK-1 to TK-3) through their lifecycle ({@link TicketLifecycle}).
 *
 * <p>Every command validates its input ({@link InvalidCommandException} with every violation),
 * checks the actor's role ({@link AccessDeniedException}), checks the lifecycle table
 * ({@link IllegalTransitionException}), and commits the new ticket version with its events and
 * notifications as one unit of work, or nothing at all. A command whose request id was applied
 * before returns the first result and changes nothing.
 *
 * <p>Thread-safe.
 */
public interface Tickets {

  /**
   * Opens a ticket.
   *
   * @param command the command
   * @return the new ticket, version 1
   */
  Ticket open(OpenTicket command);

  /**
   * Assigns a ticket.
   *
   * @param command the command
   * @return the changed ticket
   */
  Ticket assign(AssignTicket command);

  /**
   * Answers the customer.
   *
   * @param command the command
   * @return the changed ticket
   */
  Ticket respond(RespondToTicket command);

  /**
   * Waits for the customer.
   *
   * @param command the command
   * @return the changed ticket
   */
  Ticket awaitCustomer(AwaitCustomer command);

  /**
   * Logs a contact (TK-3).
   *
   * @param command the command
   * @return the changed ticket
   */
  Ticket logContact(LogContact command);

  /**
   * Resolves a ticket.
   *
   * @param command the command
   * @return the changed ticket
   */
  Ticket resolve(ResolveTicket command);

  /**
   * Reopens a resolved ticket.
   *
   * @param command the command
   * @return the changed ticket
   */
  Ticket reopen(ReopenTicket command);

  /**
   * Closes a resolved ticket.
   *
   * @param command the command
   * @return the changed ticket
   */
  Ticket close(CloseTicket command);

  /**
   * Loads a ticket.
   *
   * @param id the ticket
   * @return the ticket, or empty if unknown
   */
  Optional<Ticket> find(TicketId id);

  /**
   * Lists tickets.
   *
   * @param query the filters
   * @param page which slice
   * @return the page
   */
  Page<Ticket> list(TicketQuery query, PageRequest page);
}
