package dev.kefu.spi.ticket;

/**
 * Where a ticket stands in its lifecycle. The legal moves between these states are one table in
 * {@code kefu-core} ({@code dev.kefu.ticket.TicketLifecycle}).
 */
public enum TicketStatus {
  /** Opened, nobody owns it yet. */
  OPEN,
  /** An agent owns it and has not answered yet. */
  ASSIGNED,
  /** The agent has answered and is working on it. */
  IN_PROGRESS,
  /** The agent waits for the customer. */
  WAITING_ON_CUSTOMER,
  /** The agent considers it solved; the customer may still reopen it. */
  RESOLVED,
  /** Done; read-only. */
  CLOSED
}
