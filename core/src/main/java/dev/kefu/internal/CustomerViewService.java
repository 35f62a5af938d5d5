package dev.kefu.internal;

import dev.kefu.spi.complaint.Complaint;
import dev.kefu.spi.complaint.ComplaintId;
import dev.kefu.spi.complaint.ComplaintStatus;
import dev.kefu.spi.customer.Customer;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.event.DomainEvent;
import dev.kefu.spi.event.TicketResolved;
import dev.kefu.spi.sla.SlaClock;
import dev.kefu.spi.sla.SlaMetric;
import dev.kefu.spi.ticket.Ticket;
import dev.kefu.spi.ticket.TicketId;
import dev.kefu.spi.ticket.TicketStatus;
import dev.kefu.view.CustomerView;
import dev.kefu.view.CustomerViews;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Renders the customer-safe views (TK-19) from the stores and the templates. Only words from the
 * templates, ids the customer already knows, times, and text that was written to the customer (a
 * resolution, a rejection's explanation) go in; notes, staff and contact data never do.
 */
public final class CustomerViewService implements CustomerViews {

  private final Settings settings;
  private final SlaEngine sla;

  /**
   * Creates the service.
   *
   * @param settings the wiring
   * @param sla the SLA engine, for the promised time
   */
  public CustomerViewService(Settings settings, SlaEngine sla) {
    this.settings = settings;
    this.sla = sla;
  }

  private Locale locale(CustomerId id) {
    return settings.customers().find(id).map(Customer::preferredLocale).orElse(settings.defaultLocale());
  }

  private String words(String key, Locale locale) {
    return settings.templates().render(key, locale, Map.of());
  }

  /** The due instant of the ticket's running resolution clock, if any. */
  private Optional<Instant> expected(TicketId ticket) {
    return sla.clocks(ticket).stream()
        .filter(c -> c.metric() == SlaMetric.RESOLUTION && c.status() == SlaClock.Status.RUNNING)
        .reduce((a, b) -> b)
        .flatMap(c -> sla.math(c).dueAt());
  }

  @Override
  public Optional<CustomerView> ticket(CustomerId customer, TicketId id) {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(id, "id");
    return settings.tickets().find(id).filter(t -> t.customer().equals(customer)).map(t -> {
      Locale locale = locale(customer);
      boolean done = t.status() == TicketStatus.RESOLVED || t.status() == TicketStatus.CLOSED;
      Optional<String> outcome = done ? lastResolution(t) : Optional.empty();
      return new CustomerView(t.id().value(), "ticket", words("view.ticket.status." + t.status(), locale),
          words("view.ticket.next." + t.status(), locale), done ? Optional.empty() : expected(t.id()), outcome, t.updatedAt(), locale);
    });
  }

  private Optional<String> lastResolution(Ticket t) {
    List<DomainEvent> events = settings.eventLog().eventsOf(Ticket.TYPE, t.id().value());
    for (int i = events.size() - 1; i >= 0; i--) {
      if (events.get(i) instanceof TicketResolved r) {
        return Optional.of(r.resolution());
      }
    }
    return Optional.empty();
  }

  @Override
  public Optional<CustomerView> complaint(CustomerId customer, ComplaintId id) {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(id, "id");
    return settings.complaints().find(id).filter(c -> c.customer().equals(customer)).map(c -> {
      Locale locale = locale(customer);
      Optional<String> outcome = outcome(c);
      boolean open = !c.status().isClosed() && c.status() != ComplaintStatus.ACCEPTED && c.status() != ComplaintStatus.REVISITED;
      Instant updated = c.history().get(c.history().size() - 1).at();
      return new CustomerView(c.id().value(), "complaint", words("view.complaint.status." + c.status(), locale),
          words("view.complaint.next." + c.status(), locale), open ? expected(c.ticket()) : Optional.empty(), outcome, updated, locale);
    });
  }

  /** What the customer was told: the rejection's explanation, or the resolution once carried out. */
  private static Optional<String> outcome(Complaint c) {
    if (c.rejectionExplanation().isPresent()) {
      return c.rejectionExplanation();
    }
    boolean told = switch (c.status()) {
      case RESOLUTION_CARRIED_OUT, ACCEPTED, REVISITED, REVIEWED, ARCHIVED -> true;
      default -> false;
    };
    return told ? c.approved().map(o -> o.description()) : Optional.empty();
  }
}
