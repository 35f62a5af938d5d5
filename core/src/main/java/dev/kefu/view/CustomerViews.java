package dev.kefu.view;

import dev.kefu.spi.complaint.ComplaintId;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.ticket.TicketId;
import java.util.Optional;

/**
 * The customer-safe view of tickets and complaints (TK-19), for the host's app or web pages. A
 * customer sees only their own: asking for someone else's gives nothing.
 *
 * <p>Thread-safe.
 */
public interface CustomerViews {

  /**
   * A customer's view of one of their tickets.
   *
   * @param customer the customer asking
   * @param ticket the ticket
   * @return the view, or empty if there is no such ticket of this customer
   */
  Optional<CustomerView> ticket(CustomerId customer, TicketId ticket);

  /**
   * A customer's view of one of their complaints.
   *
   * @param customer the customer asking
   * @param complaint the complaint
   * @return the view, or empty if there is no such complaint of this customer
   */
  Optional<CustomerView> complaint(CustomerId customer, ComplaintId complaint);
}
