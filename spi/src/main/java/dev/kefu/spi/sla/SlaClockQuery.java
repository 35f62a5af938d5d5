package dev.kefu.spi.sla;

import dev.kefu.spi.ticket.TicketId;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which SLA clocks to list; results are ordered by {@link #ORDER} (clock id).
 *
 * @param ticket only this ticket's clocks
 * @param statuses only clocks in these statuses; empty means any
 * @param calendarId only clocks counted on this calendar
 * @param metric only this metric
 */
public record SlaClockQuery(
    Optional<TicketId> ticket, Set<SlaClock.Status> statuses, Optional<String> calendarId, Optional<SlaMetric> metric) {

  /** The order every store lists clocks in: by id. */
  public static final Comparator<SlaClock> ORDER = Comparator.comparing(SlaClock::id);

  /**
   * Creates a query; the status set is copied.
   *
   * @throws NullPointerException if an argument is null
   */
  public SlaClockQuery {
    Objects.requireNonNull(ticket, "ticket");
    statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
    Objects.requireNonNull(calendarId, "calendarId");
    Objects.requireNonNull(metric, "metric");
  }

  /** @return every clock */
  public static SlaClockQuery all() {
    return new SlaClockQuery(Optional.empty(), Set.of(), Optional.empty(), Optional.empty());
  }

  /** @return every clock that is running or paused */
  public static SlaClockQuery open() {
    return all().withStatuses(EnumSet.of(SlaClock.Status.RUNNING, SlaClock.Status.PAUSED));
  }

  /**
   * @param id the ticket
   * @return this query, restricted to one ticket
   */
  public SlaClockQuery withTicket(TicketId id) {
    return new SlaClockQuery(Optional.of(id), statuses, calendarId, metric);
  }

  /**
   * @param value the statuses
   * @return this query, restricted to these statuses
   */
  public SlaClockQuery withStatuses(Set<SlaClock.Status> value) {
    return new SlaClockQuery(ticket, value, calendarId, metric);
  }

  /**
   * @param value the calendar id
   * @return this query, restricted to one calendar
   */
  public SlaClockQuery withCalendar(String value) {
    return new SlaClockQuery(ticket, statuses, Optional.of(value), metric);
  }

  /**
   * @param value the metric
   * @return this query, restricted to one metric
   */
  public SlaClockQuery withMetric(SlaMetric value) {
    return new SlaClockQuery(ticket, statuses, calendarId, Optional.of(value));
  }

  /** @return the reference filter every store must agree with */
  public Predicate<SlaClock> matcher() {
    return c -> ticket.map(t -> t.equals(c.ticket())).orElse(true)
        && (statuses.isEmpty() || statuses.contains(c.status()))
        && calendarId.map(id -> id.equals(c.calendarId())).orElse(true)
        && metric.map(m -> m == c.metric()).orElse(true);
  }
}
