package dev.kefu.sla;

import dev.kefu.calendar.BusinessCalendar;
import dev.kefu.spi.sla.SlaClock;
import dev.kefu.spi.ticket.TicketId;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

/**
 * The SLA engine: the clocks kefu keeps on tickets, what changes them besides ticket commands,
 * and the achievement report. Clocks start, pause, resume and end with the ticket commands; their
 * warnings, breaches and escalations fire as due work ({@code Kefu.runDueWork()}).
 *
 * <p>Thread-safe.
 */
public interface Sla {

  /**
   * Every clock of a ticket, past cycles included, by id.
   *
   * @param ticket the ticket
   * @return its clocks
   */
  List<SlaClock> clocks(TicketId ticket);

  /**
   * Reads a clock on its calendar.
   *
   * @param clock the clock
   * @return its arithmetic: elapsed, remaining, due and warning instants
   */
  ClockMath math(SlaClock clock);

  /**
   * Applies the current policies to running clocks: a clock whose ticket now matches another
   * policy or target gets the new target (a RETARGETED entry) and is rescheduled. Policy edits
   * otherwise affect new clocks only.
   *
   * @param filter which open clocks to consider
   * @return how many clocks changed
   */
  int reapplyPolicies(Predicate<SlaClock> filter);

  /**
   * Replaces a business calendar and recomputes the due instants of the running clocks counted on
   * it, rescheduling their due work. With several kefu instances, replace it on each.
   *
   * @param id the calendar's id
   * @param calendar the new calendar
   * @return how many running clocks were rescheduled
   */
  int replaceCalendar(String id, BusinessCalendar calendar);

  /**
   * SLA achievement for a period.
   *
   * @param from the start, inclusive
   * @param to the end, exclusive
   * @return the report
   */
  SlaReport report(Instant from, Instant to);
}
