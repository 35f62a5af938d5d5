package dev.kefu.ticket;

/** What can be done to a ticket; {@link TicketLifecycle} says in which states. */
public enum TicketAction {
  /** Open a new ticket. */
  OPEN,
  /** Give the ticket an owner, or a new one. */
  ASSIGN,
  /** Answer the customer. */
  RESPOND,
  /** Wait for the customer. */
  AWAIT_CUSTOMER,
  /** Add a contact to the log without changing the state (TK-3). */
  LOG_CONTACT,
  /** Resolve the ticket. */
  RESOLVE,
  /** Reopen a resolved ticket. */
  REOPEN,
  /** Close a resolved ticket for good. */
  CLOSE
}
