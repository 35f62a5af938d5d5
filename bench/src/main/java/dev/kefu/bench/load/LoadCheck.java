package dev.kefu.bench.load;

import dev.kefu.spi.event.DomainEvent;
import dev.kefu.spi.event.DutyDue;
import dev.kefu.spi.event.StoredEvent;
import dev.kefu.spi.store.OutboxEntry;
import dev.kefu.spi.store.Page;
import dev.kefu.spi.store.PageRequest;
import dev.kefu.spi.store.Storage;
import dev.kefu.spi.ticket.TicketId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * After a run: was anything lost or done twice? Reads the store through kefu's ports (the event
 * log, the outbox, the due work) and what the notification channel recorded, and compares them
 * with what each ticket's script implies ({@link Script}).
 *
 * <ul>
 *   <li><b>Events</b>: no event id twice; for each ticket, its events and its clocks' events are
 *       exactly those its script implies (a multiset: a warning, breach or escalation fired twice,
 *       or never, shows as a difference), with the warnings' due and the breaches' instants
 *       relative to its opening; each duty occurrence once.
 *   <li><b>Notifications</b>: every outbox message delivered, none pending, none parked; every
 *       message's idempotency key unique in the outbox; the channel handed each key exactly once,
 *       and only the outbox's keys; per ticket, the notifications its script implies.
 *   <li><b>Timers</b>: nothing left due at the run's last instant ({@code nextDueAt} later, or
 *       empty).
 * </ul>
 */
final class LoadCheck {

  /** How many problems are described; the rest are counted. */
  private static final int DESCRIBED = 25;

  /**
   * What the check found.
   *
   * @param problems each loss, duplicate or difference, described (at most {@value #DESCRIBED})
   * @param problemCount how many there were
   * @param events events in the log
   * @param ticketEvents events of the tickets and their clocks
   * @param otherEvents the other events, by type
   * @param outboxMessages messages in the outbox
   * @param notifications notifications the channel was handed, repeats included
   */
  record Verdict(List<String> problems, long problemCount, long events, long ticketEvents, Map<String, Long> otherEvents,
      long outboxMessages, long notifications) {

    boolean passed() {
      return problemCount == 0;
    }
  }

  private final Timeline timeline;
  private final List<String> problems = new ArrayList<>();
  private long problemCount;

  LoadCheck(Timeline timeline) {
    this.timeline = timeline;
  }

  private void problem(String what) {
    problemCount++;
    if (problems.size() < DESCRIBED) {
      problems.add(what);
    }
  }

  Verdict check(Storage store, LoadRun.Outcome run) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < timeline.tickets; i++) {
      TicketId id = run.issuer().id(i);
      if (id == null) {
        problem("ticket " + i + " was never opened");
      } else {
        index.put(id.value(), i);
      }
    }
    @SuppressWarnings("unchecked")
    List<String>[] found = new List[timeline.tickets];
    Map<String, Long> other = new TreeMap<>();
    long[] counts = readEvents(store, index, found, other);
    for (int i = 0; i < timeline.tickets; i++) {
      compare("ticket " + i + " (" + Script.of(i) + ", " + run.issuer().id(i) + ") events",
          Script.expected(i).events, found[i] == null ? List.of() : found[i]);
    }
    long outboxMessages = checkOutbox(store, run.channel());
    checkNotifications(index, run.channel());
    Optional<Instant> next = store.dueWork().nextDueAt();
    if (next.isPresent() && !next.get().isAfter(run.end())) {
      problem("due work left due at the end (" + run.end() + "): the next due at " + next.get());
    }
    return new Verdict(List.copyOf(problems), problemCount, counts[0], counts[1], other, outboxMessages, run.channel().sends());
  }

  /** Reads the whole event log; returns {events, ticket events}. */
  private long[] readEvents(Storage store, Map<String, Integer> index, List<String>[] found, Map<String, Long> other) {
    Set<UUID> ids = new HashSet<>();
    Set<String> duties = new HashSet<>();
    long events = 0;
    long ticketEvents = 0;
    long position = 0;
    for (List<StoredEvent> page = store.eventLog().readAfter(0, 5_000); !page.isEmpty();
        page = store.eventLog().readAfter(position, 5_000)) {
      for (StoredEvent stored : page) {
        if (stored.position() <= position) {
          problem("event log position " + stored.position() + " after " + position);
        }
        position = stored.position();
        events++;
        DomainEvent e = stored.event();
        if (!ids.add(e.eventId())) {
          problem("event id " + e.eventId() + " twice in the log (" + e.type() + " of " + e.aggregateId() + ")");
        }
        String ticket = Facts.ticketOf(e);
        if (ticket == null) {
          other.merge(e.type(), 1L, Long::sum);
          if (e instanceof DutyDue d && !duties.add(d.dutyId() + "@" + d.occurrence())) {
            problem("duty " + d.dutyId() + " fell due twice for " + d.occurrence());
          }
          continue;
        }
        Integer i = index.get(ticket);
        if (i == null) {
          problem("event " + e.type() + " of a ticket the run did not open: " + ticket);
          continue;
        }
        ticketEvents++;
        if (found[i] == null) {
          found[i] = new ArrayList<>(16);
        }
        found[i].add(Facts.of(e, timeline.openedAt(i)).intern());
      }
    }
    return new long[] {events, ticketEvents};
  }

  /** Every outbox message delivered once, by its idempotency key; returns how many messages the outbox holds. */
  private long checkOutbox(Storage store, NotificationLog channel) {
    for (OutboxEntry.Status status : List.of(OutboxEntry.Status.PENDING, OutboxEntry.Status.DEAD)) {
      Page<OutboxEntry> left = store.outbox().list(status, PageRequest.first(10));
      if (left.total() > 0) {
        problem(left.total() + " outbox message(s) " + status + " at the end, the first: "
            + left.items().get(0).message().id() + " " + left.items().get(0).message().notification().templateKey());
      }
    }
    Set<String> keys = new HashSet<>();
    Set<UUID> messageIds = new HashSet<>();
    long messages = 0;
    Map<String, NotificationLog.Received> received = channel.received();
    for (PageRequest request = PageRequest.first(PageRequest.MAX_LIMIT); ; request = request.next()) {
      Page<OutboxEntry> page = store.outbox().list(OutboxEntry.Status.DELIVERED, request);
      for (OutboxEntry entry : page.items()) {
        messages++;
        UUID id = entry.message().id();
        String key = entry.message().notification().idempotencyKey();
        if (!messageIds.add(id)) {
          problem("outbox message " + id + " listed twice");
        }
        if (!keys.add(key)) {
          problem("idempotency key " + key + " on two outbox messages");
        }
        NotificationLog.Received r = received.get(key);
        if (r == null) {
          problem("outbox message " + id + " marked delivered, but the channel never had it (" + key + ")");
        } else if (r.times.get() != 1) {
          problem("outbox message " + id + " handed to the channel " + r.times.get() + " times (" + r.fact + ")");
        }
      }
      if (!page.hasNext()) {
        break;
      }
    }
    for (Map.Entry<String, NotificationLog.Received> r : received.entrySet()) {
      if (!keys.contains(r.getKey())) {
        problem("the channel had " + r.getValue().fact + " (" + r.getKey() + "), which no delivered outbox message holds");
      }
    }
    return messages;
  }

  /** Per ticket, the notifications its script implies. */
  private void checkNotifications(Map<String, Integer> index, NotificationLog channel) {
    @SuppressWarnings("unchecked")
    List<String>[] found = new List[timeline.tickets];
    for (NotificationLog.Received r : channel.received().values()) {
      Integer i = r.ticket == null ? null : index.get(r.ticket);
      if (i == null) {
        continue; // not a ticket's (none in this shop so far); the outbox check above covers it
      }
      if (found[i] == null) {
        found[i] = new ArrayList<>(8);
      }
      for (int n = 0; n < r.times.get(); n++) {
        found[i].add(r.fact);
      }
    }
    for (int i = 0; i < timeline.tickets; i++) {
      compare("ticket " + i + " (" + Script.of(i) + ") notifications", Script.expected(i).notifications,
          found[i] == null ? List.of() : found[i]);
    }
  }

  private void compare(String what, List<String> expected, List<String> actual) {
    List<String> missing = new ArrayList<>(expected);
    List<String> extra = new ArrayList<>();
    for (String a : actual) {
      if (!missing.remove(a)) {
        extra.add(a);
      }
    }
    if (!missing.isEmpty() || !extra.isEmpty()) {
      Collections.sort(missing);
      Collections.sort(extra);
      problem(what + ": missing " + missing + ", unexpected " + extra);
    }
  }
}
