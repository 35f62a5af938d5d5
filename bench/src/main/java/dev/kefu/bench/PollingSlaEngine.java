package dev.kefu.bench;

import dev.kefu.calendar.BusinessCalendar;
import dev.kefu.sla.ClockMath;
import dev.kefu.spi.Channel;
import dev.kefu.spi.IdSource;
import dev.kefu.spi.customer.ContactPoint;
import dev.kefu.spi.event.DomainEvent;
import dev.kefu.spi.event.EventMeta;
import dev.kefu.spi.event.SlaBreached;
import dev.kefu.spi.event.SlaEscalated;
import dev.kefu.spi.event.SlaWarningRaised;
import dev.kefu.spi.notification.Notification;
import dev.kefu.spi.notification.NotificationChannel;
import dev.kefu.spi.notification.Recipient;
import dev.kefu.spi.sla.ClockEntry;
import dev.kefu.spi.sla.EscalationStep;
import dev.kefu.spi.sla.SlaClock;
import dev.kefu.spi.staff.StaffDirectory;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.staff.StaffMember;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The baseline of {@link SlaTimerBenchmark}: a deliberately simple polling SLA engine, the way
 * many helpdesks do it. Every tick it walks all open clocks, asks {@link ClockMath} where each
 * one stands, and fires the warnings, breaches and escalations whose instant has passed: a new
 * clock version with the log entry, the domain event (appended to a list) and a notification
 * handed straight to the channel. No store, no due-work index, no outbox, no unit of work: it
 * does less per event than kefu, and pays for it with a scan of every clock on every tick.
 *
 * <p>Not thread-safe.
 */
final class PollingSlaEngine {

  private final List<SlaClock> clocks;
  private final BusinessCalendar calendar;
  private final StaffDirectory staff;
  private final StaffId queueLead;
  private final IdSource ids;
  private final NotificationChannel channel;
  private final List<DomainEvent> events = new ArrayList<>();

  PollingSlaEngine(List<SlaClock> clocks, BusinessCalendar calendar, StaffDirectory staff, StaffId queueLead, IdSource ids,
      NotificationChannel channel) {
    this.clocks = new ArrayList<>(clocks);
    this.calendar = calendar;
    this.staff = staff;
    this.queueLead = queueLead;
    this.ids = ids;
    this.channel = channel;
  }

  /** @return the clocks as they stand */
  List<SlaClock> clocks() {
    return clocks;
  }

  /** @return every event fired so far */
  List<DomainEvent> events() {
    return events;
  }

  /**
   * Scans every clock and fires what is due at {@code now}.
   *
   * @param now the time
   * @return how many timer events fired
   */
  int tick(Instant now) {
    int fired = 0;
    for (int i = 0; i < clocks.size(); i++) {
      SlaClock c = clocks.get(i);
      SlaClock before = c;
      while (c.status() == SlaClock.Status.RUNNING) {
        SlaClock next = fireNext(c, now);
        if (next == c) {
          break;
        }
        c = next;
        fired++;
      }
      if (c != before) {
        clocks.set(i, c);
      }
    }
    return fired;
  }

  /** Fires the clock's next threshold if it passed; returns the clock unchanged otherwise. */
  private SlaClock fireNext(SlaClock c, Instant now) {
    if (!c.breached()) {
      ClockMath math = new ClockMath(c, calendar);
      boolean warn = !c.warned() && c.warnAfter().compareTo(c.target().duration()) < 0;
      Optional<Instant> at = warn ? math.warnAt() : math.dueAt();
      if (at.isEmpty() || at.get().isAfter(now)) {
        return c;
      }
      if (warn) {
        Instant due = math.dueAt().orElse(at.get());
        SlaClock after = append(c, ClockEntry.Kind.WARNED, at.get(), "due " + due);
        notify(new SlaWarningRaised(meta(after, now), c.id(), c.ticket(), c.metric(), due), queueLead, "sla.warning", c, due);
        return after;
      }
      SlaClock after = append(c, ClockEntry.Kind.BREACHED, at.get(), "");
      notify(new SlaBreached(meta(after, now), c.id(), c.ticket(), c.metric(), at.get()), queueLead, "sla.breached", c, at.get());
      return after;
    }
    if (c.escalationsFired() >= c.escalation().size()) {
      return c;
    }
    Instant breachAt = c.log().stream().filter(e -> e.kind() == ClockEntry.Kind.BREACHED).findFirst().orElseThrow().at();
    EscalationStep step = c.escalation().get(c.escalationsFired());
    Instant at = breachAt.plus(step.afterBreach());
    if (at.isAfter(now)) {
      return c;
    }
    StaffId to = holderUpTheLine(step);
    SlaClock after = append(c, ClockEntry.Kind.ESCALATED, at, to.value());
    notify(new SlaEscalated(meta(after, now), c.id(), c.ticket(), c.metric(), c.escalationsFired() + 1, step.role(), Optional.of(to)),
        to, "sla.escalated", c, at);
    return after;
  }

  private SlaClock append(SlaClock c, ClockEntry.Kind kind, Instant at, String detail) {
    SlaClock.Builder b = c.toBuilder().addLog(new ClockEntry(kind, at, detail)).version(c.version() + 1);
    if (kind == ClockEntry.Kind.BREACHED) {
      b.breached(true);
    } else if (kind == ClockEntry.Kind.ESCALATED) {
      b.escalationsFired(c.escalationsFired() + 1);
    }
    return b.build();
  }

  private EventMeta meta(SlaClock after, Instant now) {
    return new EventMeta(ids.next(), now, after.aggregateType(), after.aggregateId(), after.version());
  }

  private StaffId holderUpTheLine(EscalationStep step) {
    List<StaffMember> line = new ArrayList<>();
    staff.find(queueLead).ifPresent(line::add);
    line.addAll(staff.reportingLine(queueLead));
    return line.stream().filter(m -> m.role() == step.role()).findFirst().orElse(line.get(line.size() - 1)).id();
  }

  private void notify(DomainEvent event, StaffId to, String template, SlaClock c, Instant at) {
    events.add(event);
    Recipient recipient = new Recipient(Recipient.Kind.STAFF, to.value(), ContactPoint.of(Channel.APP, to.value()));
    channel.send(Notification.forEvent(event.eventId(), recipient, template,
        Map.of("ticketId", c.ticket().value(), "metric", c.metric().name(), "at", at.toString()), Locale.ENGLISH));
  }
}
