package dev.kefu.jdbc;

import dev.kefu.spi.event.DomainEvent;
import dev.kefu.spi.event.DutyDue;
import dev.kefu.spi.event.SlaBreached;
import dev.kefu.spi.event.SlaEscalated;
import dev.kefu.spi.event.SlaWarningRaised;
import dev.kefu.spi.event.StoredEvent;
import dev.kefu.spi.sla.SlaClock;
import dev.kefu.spi.sla.SlaMetric;
import dev.kefu.spi.store.OutboxEntry;
import dev.kefu.spi.store.Page;
import dev.kefu.spi.store.PageRequest;
import dev.kefu.spi.store.Storage;
import dev.kefu.spi.ticket.TicketId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What due work fired, read from the event log — SLA thresholds and duty occurrences, with how
 * often each was written — and what the outbox holds.
 */
final class Fired {

  /** One threshold of one SLA clock: its warning, its breach or one step of its escalation (0 for the others). */
  record Threshold(String clockId, String type, int step) {}

  /** One occurrence of one duty. */
  record Occurrence(String dutyId, Instant at) {}

  private Fired() {}

  /** Every event in the log, in order. */
  static List<DomainEvent> events(Storage storage) {
    List<DomainEvent> all = new ArrayList<>();
    long after = 0;
    while (true) {
      List<StoredEvent> page = storage.eventLog().readAfter(after, 1000);
      if (page.isEmpty()) {
        return all;
      }
      page.forEach(e -> all.add(e.event()));
      after = page.get(page.size() - 1).position();
    }
  }

  /** Each SLA threshold event in the log, with how often it was written. */
  static Map<Threshold, Long> thresholds(List<DomainEvent> events) {
    return events.stream().map(Fired::threshold).filter(t -> t != null)
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }

  /** Each duty occurrence in the log, with how often it was written. */
  static Map<Occurrence, Long> occurrences(List<DomainEvent> events) {
    return events.stream().filter(DutyDue.class::isInstance).map(DutyDue.class::cast)
        .map(d -> new Occurrence(d.dutyId(), d.occurrence()))
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }

  /**
   * The thresholds a clock of {@link Shop#sla()} fires when nobody acts: a warning, a breach and
   * two escalation steps, each once.
   */
  static Map<Threshold, Long> everyThresholdOnce(TicketId ticket, SlaMetric metric) {
    String clock = SlaClock.idOf(ticket, metric, 1);
    return Map.of(
        new Threshold(clock, SlaWarningRaised.TYPE, 0), 1L,
        new Threshold(clock, SlaBreached.TYPE, 0), 1L,
        new Threshold(clock, SlaEscalated.TYPE, 1), 1L,
        new Threshold(clock, SlaEscalated.TYPE, 2), 1L);
  }

  /** The thresholds of one clock among those fired. */
  static Map<Threshold, Long> ofClock(Map<Threshold, Long> fired, TicketId ticket, SlaMetric metric) {
    String clock = SlaClock.idOf(ticket, metric, 1);
    return fired.entrySet().stream().filter(e -> e.getKey().clockId().equals(clock))
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  /** The outbox's messages in a status, oldest first. */
  static List<OutboxEntry> outbox(Storage storage, OutboxEntry.Status status) {
    List<OutboxEntry> all = new ArrayList<>();
    PageRequest page = PageRequest.first(PageRequest.MAX_LIMIT);
    while (true) {
      Page<OutboxEntry> p = storage.outbox().list(status, page);
      all.addAll(p.items());
      if (!p.hasNext()) {
        return all;
      }
      page = page.next();
    }
  }

  private static Threshold threshold(DomainEvent e) {
    if (e instanceof SlaWarningRaised w) {
      return new Threshold(w.clockId(), w.type(), 0);
    }
    if (e instanceof SlaBreached b) {
      return new Threshold(b.clockId(), b.type(), 0);
    }
    if (e instanceof SlaEscalated x) {
      return new Threshold(x.clockId(), x.type(), x.step());
    }
    return null;
  }
}
