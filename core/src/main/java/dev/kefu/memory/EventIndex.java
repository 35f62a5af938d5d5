package dev.kefu.memory;

import dev.kefu.spi.event.DomainEvent;
import dev.kefu.spi.event.StoredEvent;
import dev.kefu.spi.sla.SlaClock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The event log of an {@link InMemoryStorage}: events in commit order, and for each aggregate
 * the chain of its events. Each event knows the position of the one before it of the same
 * aggregate; each aggregate knows the position of its last one. An SLA clock's last position is
 * a column under its id's entry in the {@link KeyTable}; other aggregates' sit in a map. Only
 * numbers are written as events arrive, no references into older objects.
 *
 * <p>Not thread-safe: the storage's lock guards every call.
 */
final class EventIndex {

  private final KeyTable keyTable;
  private final List<DomainEvent> events = new ArrayList<>();
  private int[] previous = new int[16]; // by position - 1: the aggregate's event before, 0 for none
  private int[] lastOfClock = new int[0]; // by entry: position of the clock's last event, 0 for none
  private final Map<String, Map<String, int[]>> lastOfOthers = new HashMap<>();

  /**
   * Creates an empty log.
   *
   * @param keyTable where SLA clock ids get their entries
   */
  EventIndex(KeyTable keyTable) {
    this.keyTable = keyTable;
    keyTable.register(capacity -> {
      if (lastOfClock.length > 0) {
        lastOfClock = Arrays.copyOf(lastOfClock, capacity);
      }
    });
  }

  /** @return how many events are stored */
  int size() {
    return events.size();
  }

  /**
   * Whether the aggregate of an entry has events.
   *
   * @param entry the entry
   * @return true if so
   */
  boolean holds(int entry) {
    return entry < lastOfClock.length && lastOfClock[entry] != 0;
  }

  /**
   * Appends an event.
   *
   * @param e the event
   */
  void append(DomainEvent e) {
    events.add(e);
    int position = events.size();
    if (position > previous.length) {
      previous = Arrays.copyOf(previous, previous.length + (previous.length >> 1));
    }
    if (e.meta().aggregateType().equals(SlaClock.TYPE)) {
      int entry = keyTable.add(e.aggregateId());
      if (lastOfClock.length == 0) { // made on the first clock event: a store without events has none
        lastOfClock = new int[keyTable.capacity()];
      }
      previous[position - 1] = lastOfClock[entry];
      lastOfClock[entry] = position;
    } else {
      int[] last = lastOfOthers.computeIfAbsent(e.meta().aggregateType(), t -> new HashMap<>())
          .computeIfAbsent(e.aggregateId(), id -> new int[1]);
      previous[position - 1] = last[0];
      last[0] = position;
    }
  }

  /**
   * Events after a position.
   *
   * @param afterPosition 0 for the first
   * @param limit the most events
   * @return the stored events
   */
  List<StoredEvent> readAfter(long afterPosition, int limit) {
    int from = (int) Math.min(events.size(), afterPosition);
    int to = (int) Math.min(events.size(), (long) from + limit);
    List<StoredEvent> page = new ArrayList<>(to - from);
    for (int i = from; i < to; i++) {
      page.add(new StoredEvent(i + 1L, events.get(i)));
    }
    return List.copyOf(page);
  }

  /**
   * One aggregate's events, in order.
   *
   * @param type the aggregate type
   * @param id the aggregate id
   * @return the events
   */
  List<DomainEvent> eventsOf(String type, String id) {
    int last;
    if (type.equals(SlaClock.TYPE)) {
      int entry = keyTable.find(id);
      last = entry >= 0 && entry < lastOfClock.length ? lastOfClock[entry] : 0;
    } else {
      int[] found = lastOfOthers.getOrDefault(type, Map.of()).get(id);
      last = found == null ? 0 : found[0];
    }
    List<DomainEvent> backwards = new ArrayList<>();
    for (int p = last; p != 0; p = previous[p - 1]) {
      backwards.add(events.get(p - 1));
    }
    List<DomainEvent> inOrder = new ArrayList<>(backwards.size());
    for (int i = backwards.size() - 1; i >= 0; i--) {
      inOrder.add(backwards.get(i));
    }
    return List.copyOf(inOrder);
  }
}
