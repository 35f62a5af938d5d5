package dev.kefu.bench.load;

import dev.kefu.spi.event.DomainEvent;
import dev.kefu.spi.event.SlaBreached;
import dev.kefu.spi.event.SlaClockFulfilled;
import dev.kefu.spi.event.SlaEscalated;
import dev.kefu.spi.event.SlaWarningRaised;
import dev.kefu.spi.sla.SlaClock;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.ticket.Ticket;
import java.time.Duration;
import java.time.Instant;

/**
 * The short texts events and notifications are compared as: what {@link Script} expects of a
 * ticket and what the check found are written by these same few methods, from independent sources
 * (the script's arithmetic; the stored events and the channel's record).
 */
final class Facts {

  private Facts() {}

  static String notification(String template, String recipient) {
    return template + " to " + recipient;
  }

  static String warning(String clock, int dueMinute) {
    return SlaWarningRaised.TYPE + " " + clock + " due " + minutes(Duration.ofMinutes(dueMinute));
  }

  static String breach(String clock, int atMinute) {
    return SlaBreached.TYPE + " " + clock + " at " + minutes(Duration.ofMinutes(atMinute));
  }

  static String escalation(String clock, int step, String to) {
    return SlaEscalated.TYPE + " " + clock + " step " + step + " to " + to;
  }

  /**
   * The ticket an event belongs to: a ticket's own events, and its SLA clocks' ({@code
   * sla/<ticket>/<metric>/<cycle>}).
   *
   * @return the ticket id, or null for the events of other aggregates
   */
  static String ticketOf(DomainEvent e) {
    String type = e.meta().aggregateType();
    if (Ticket.TYPE.equals(type)) {
      return e.aggregateId();
    }
    if (SlaClock.TYPE.equals(type)) {
      String id = e.aggregateId();
      return id.substring(SlaClock.ID_PREFIX.length(), SlaClock.ticketEnd(id));
    }
    return null;
  }

  /**
   * An event of a ticket or of its clocks as a fact, times relative to the ticket's opening.
   *
   * @param e the event
   * @param opened when its ticket was opened
   * @return the text
   */
  static String of(DomainEvent e, Instant opened) {
    if (!SlaClock.TYPE.equals(e.meta().aggregateType())) {
      return e.type();
    }
    String id = e.aggregateId();
    String clock = id.substring(SlaClock.ticketEnd(id) + 1);
    if (e instanceof SlaWarningRaised w) {
      return SlaWarningRaised.TYPE + " " + clock + " due " + minutes(Duration.between(opened, w.dueAt()));
    }
    if (e instanceof SlaBreached b) {
      return SlaBreached.TYPE + " " + clock + " at " + minutes(Duration.between(opened, b.dueAt()));
    }
    if (e instanceof SlaEscalated s) {
      return escalation(clock, s.step(), s.to().map(StaffId::value).orElse("nobody"));
    }
    if (e instanceof SlaClockFulfilled f) {
      return SlaClockFulfilled.TYPE + " " + clock + (f.breached() ? " breached" : " met");
    }
    return e.type() + " " + clock;
  }

  /** "+10m" for whole minutes, else the duration as ISO text after the sign. */
  private static String minutes(Duration d) {
    if (d.toSeconds() % 60 == 0 && d.toNanosPart() == 0) {
      return "+" + d.toMinutes() + "m";
    }
    return "+" + d;
  }
}
