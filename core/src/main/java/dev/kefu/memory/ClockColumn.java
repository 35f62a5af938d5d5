package dev.kefu.memory;

import dev.kefu.spi.sla.SlaClock;
import dev.kefu.spi.sla.SlaClockQuery;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The SLA clocks of an {@link InMemoryStorage}: each clock under its id's entry in the
 * {@link KeyTable}, and an index by ticket, so that a ticket's clocks are found without a scan.
 * The ticket index is an open-addressing table of entries, each placed by the hash of its
 * clock's ticket id; a ticket's clocks lie in the probe run from that hash to the next empty
 * slot. Clocks are never removed.
 *
 * <p>Not thread-safe: the storage's lock guards every call.
 */
final class ClockColumn {

  private final KeyTable keyTable;
  private SlaClock[] clocks = new SlaClock[0];
  private int size;
  private int[] byTicket = new int[16]; // entry + 1, 0 for empty

  /**
   * Creates an empty column.
   *
   * @param keyTable where clock ids get their entries
   */
  ClockColumn(KeyTable keyTable) {
    this.keyTable = keyTable;
    keyTable.register(capacity -> clocks = Arrays.copyOf(clocks, capacity));
  }

  /** @return how many clocks are stored */
  int size() {
    return size;
  }

  /**
   * Whether a clock is stored under an entry.
   *
   * @param entry the entry
   * @return true if so
   */
  boolean holds(int entry) {
    return clocks[entry] != null;
  }

  /**
   * A clock by id.
   *
   * @param id the id
   * @return the clock, or null
   */
  SlaClock find(String id) {
    int entry = keyTable.find(id);
    return entry < 0 ? null : clocks[entry];
  }

  /**
   * Stores a clock, replacing its previous version.
   *
   * @param clock the clock
   */
  void put(SlaClock clock) {
    int entry = keyTable.add(clock.id());
    boolean isNew = clocks[entry] == null;
    clocks[entry] = clock;
    if (isNew) {
      size++;
      if (size > byTicket.length - (byTicket.length >>> 1)) {
        byTicket = new int[byTicket.length * 2];
        for (int e = 0; e < keyTable.entriesUsed(); e++) {
          if (clocks[e] != null) {
            index(e);
          }
        }
      } else {
        index(entry);
      }
    }
  }

  private static int ticketHash(String ticket) {
    return KeyTable.hash(ticket, 0, ticket.length());
  }

  private void index(int entry) {
    int mask = byTicket.length - 1;
    String id = clocks[entry].id();
    int i = KeyTable.hash(id, SlaClock.ID_PREFIX.length(), SlaClock.ticketEnd(id)) & mask; // the ticket id, in place
    while (byTicket[i] != 0) {
      i = (i + 1) & mask;
    }
    byTicket[i] = entry + 1;
  }

  /**
   * The clocks a query asks for, ordered by id.
   *
   * @param query the query
   * @return the clocks
   */
  List<SlaClock> list(SlaClockQuery query) {
    List<SlaClock> found = new ArrayList<>();
    if (query.ticket().isPresent()) {
      String ticket = query.ticket().get().value();
      int mask = byTicket.length - 1;
      for (int i = ticketHash(ticket) & mask; byTicket[i] != 0; i = (i + 1) & mask) {
        SlaClock c = clocks[byTicket[i] - 1];
        if (c.isOf(ticket) && query.matcher().test(c)) {
          found.add(c);
        }
      }
    } else {
      var matcher = query.matcher();
      for (int e = 0; e < keyTable.entriesUsed(); e++) {
        SlaClock c = clocks[e];
        if (c != null && matcher.test(c)) {
          found.add(c);
        }
      }
    }
    found.sort(SlaClockQuery.ORDER);
    return found;
  }
}
