package dev.kefu.memory;

import dev.kefu.spi.event.DomainEvent;
import dev.kefu.spi.event.EventMeta;
import dev.kefu.spi.event.SlaBreached;
import dev.kefu.spi.event.SlaClockFulfilled;
import dev.kefu.spi.event.SlaClockPaused;
import dev.kefu.spi.event.SlaClockResumed;
import dev.kefu.spi.event.SlaClockStarted;
import dev.kefu.spi.event.SlaClockStopped;
import dev.kefu.spi.event.SlaEscalated;
import dev.kefu.spi.event.SlaWarningRaised;
import dev.kefu.spi.event.StoredEvent;
import dev.kefu.spi.sla.SlaClock;
import dev.kefu.spi.sla.SlaMetric;
import dev.kefu.spi.sla.SlaTarget;
import dev.kefu.spi.staff.Role;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.ticket.TicketId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The event log of an {@link InMemoryStorage}: events in commit order, and for each aggregate
 * the chain of its events. Each event knows the position of the one before it of the same
 * aggregate; each aggregate knows the position of its last one. An SLA clock's last position is
 * a column under its id's entry in the {@link KeyTable}; other aggregates' sit in a map. Only
 * numbers are written as events arrive, no references into older objects.
 *
 * <p><b>Packed events.</b> A store with many clocks holds mostly SLA clock events (started,
 * warned, breached, escalated, paused, resumed, fulfilled, stopped), and a timer fires one with
 * every warning, breach and escalation. Those are kept as numbers in columns, not as objects:
 * event id, time, clock (its key table entry), version and one word of payload, about 45 bytes an
 * event and no object for the collector to trace or copy; the few strings and values they name (a
 * policy, a target, a member of staff, a reason) are interned. Reading one builds an equal event.
 * An event that does not fit (another type, a clock id that does not name its ticket, a time
 * beyond the years 1678 to 2262, too many distinct interned values) is kept as it is.
 *
 * <p>Not thread-safe: the storage's lock guards every call.
 */
final class EventIndex {

  private static final int CHUNK_BITS = 12;
  private static final int CHUNK = 1 << CHUNK_BITS;
  private static final int MAX_INTERNED = 1 << 16;
  private static final SlaMetric[] METRICS = SlaMetric.values();
  private static final Role[] ROLES = Role.values();

  // packed types, in a code's high four bits; its low four bits hold the metric
  private static final int OBJECT = 0;
  private static final int STARTED = 1;
  private static final int WARNED = 2;
  private static final int BREACHED = 3;
  private static final int ESCALATED = 4;
  private static final int FULFILLED = 5;
  private static final int FULFILLED_BREACHED = 6;
  private static final int PAUSED = 7;
  private static final int RESUMED = 8;
  private static final int STOPPED = 9;

  static {
    if (METRICS.length > 16 || ROLES.length > 256) {
      throw new IllegalStateException("SLA metrics or roles no longer fit the packed event log: widen it");
    }
  }

  /** Events {@code CHUNK * c + 1} to {@code CHUNK * (c + 1)}. */
  private static final class Chunk {
    final byte[] codes = new byte[CHUNK];
    final long[] idHigh = new long[CHUNK];
    final long[] idLow = new long[CHUNK];
    final long[] occurred = new long[CHUNK]; // nanoseconds since the epoch
    final long[] payload = new long[CHUNK]; // for an OBJECT, its index in `objects`
    final int[] aggregate = new int[CHUNK]; // the clock's entry
    final int[] version = new int[CHUNK];
    final int[] previous = new int[CHUNK]; // the aggregate's event before, 0 for none
  }

  private final KeyTable keyTable;
  private Chunk[] chunks = new Chunk[16];
  private int size;
  private final List<DomainEvent> objects = new ArrayList<>();
  private int[] lastOfClock = new int[0]; // by entry: position of the clock's last event, 0 for none
  private final Map<String, Map<String, int[]>> lastOfOthers = new HashMap<>();
  private final List<Object> interned = new ArrayList<>();
  private final Map<Object, Integer> internedIndex = new HashMap<>();
  /** Values interned lately, by identity: events name the same policy, target or member of staff objects over and over. */
  private final Object[] recentlyInterned = new Object[16];
  private final int[] recentIndex = new int[16];

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
    return size;
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
    int position = ++size;
    int c = (position - 1) >>> CHUNK_BITS;
    if (c == chunks.length) {
      chunks = Arrays.copyOf(chunks, chunks.length * 2);
    }
    if (chunks[c] == null) {
      chunks[c] = new Chunk();
    }
    Chunk chunk = chunks[c];
    int i = (position - 1) & (CHUNK - 1);
    EventMeta meta = e.meta();
    if (meta.aggregateType().equals(SlaClock.TYPE)) {
      int entry = keyTable.add(e.aggregateId());
      if (lastOfClock.length == 0) { // made on the first clock event: a store without events has none
        lastOfClock = new int[keyTable.capacity()];
      }
      chunk.previous[i] = lastOfClock[entry];
      lastOfClock[entry] = position;
      if (!pack(e, meta, entry, chunk, i)) {
        keepObject(e, chunk, i);
      }
    } else {
      int[] last = lastOfOthers.computeIfAbsent(meta.aggregateType(), t -> new HashMap<>())
          .computeIfAbsent(e.aggregateId(), id -> new int[1]);
      chunk.previous[i] = last[0];
      last[0] = position;
      keepObject(e, chunk, i);
    }
  }

  private void keepObject(DomainEvent e, Chunk chunk, int i) {
    chunk.codes[i] = OBJECT;
    chunk.payload[i] = objects.size();
    objects.add(e);
  }

  // ---- packing -----------------------------------------------------------------------------

  /** Packs an SLA clock event into the columns at {@code i}, if it fits; returns whether it did. */
  private boolean pack(DomainEvent e, EventMeta meta, int entry, Chunk chunk, int i) {
    String clockId;
    TicketId ticket;
    SlaMetric metric;
    int type;
    long payload;
    if (e instanceof SlaBreached b) {
      clockId = b.clockId();
      ticket = b.ticket();
      metric = b.metric();
      type = BREACHED;
      payload = nanos(b.dueAt());
    } else if (e instanceof SlaEscalated s) {
      clockId = s.clockId();
      ticket = s.ticket();
      metric = s.metric();
      type = ESCALATED;
      int to = s.to().isEmpty() ? 0 : intern(s.to().get()) + 1;
      if (s.step() < 0 || s.step() > 0xFFFF || to == 0 && s.to().isPresent()) {
        return false;
      }
      payload = s.step() | (long) s.role().ordinal() << 16 | (long) to << 32;
    } else if (e instanceof SlaWarningRaised w) {
      clockId = w.clockId();
      ticket = w.ticket();
      metric = w.metric();
      type = WARNED;
      payload = nanos(w.dueAt());
    } else if (e instanceof SlaClockStarted s) {
      clockId = s.clockId();
      ticket = s.ticket();
      metric = s.metric();
      type = STARTED;
      int policy = intern(s.policyId());
      int target = intern(s.target());
      if (policy < 0 || target < 0) {
        return false;
      }
      payload = (s.cycle() & 0xFFFF_FFFFL) | (long) policy << 32 | (long) target << 48;
    } else if (e instanceof SlaClockFulfilled f) {
      clockId = f.clockId();
      ticket = f.ticket();
      metric = f.metric();
      type = f.breached() ? FULFILLED_BREACHED : FULFILLED;
      if (f.elapsed().getSeconds() > MAX_EXACT_SECOND || f.elapsed().getSeconds() < -MAX_EXACT_SECOND) {
        return false;
      }
      payload = f.elapsed().toNanos();
    } else if (e instanceof SlaClockPaused p) {
      clockId = p.clockId();
      ticket = p.ticket();
      metric = p.metric();
      type = PAUSED;
      payload = 0;
    } else if (e instanceof SlaClockResumed r) {
      clockId = r.clockId();
      ticket = r.ticket();
      metric = r.metric();
      type = RESUMED;
      payload = 0;
    } else if (e instanceof SlaClockStopped s) {
      clockId = s.clockId();
      ticket = s.ticket();
      metric = s.metric();
      type = STOPPED;
      payload = intern(s.reason());
      if (payload < 0) {
        return false;
      }
    } else {
      return false;
    }
    long occurred = nanos(meta.occurredAt());
    if ((type == WARNED || type == BREACHED) && payload == FAR || occurred == FAR || meta.aggregateVersion() > Integer.MAX_VALUE
        || !clockId.equals(meta.aggregateId()) || !namesTicket(clockId, ticket)) {
      return false;
    }
    chunk.codes[i] = (byte) (type << 4 | metric.ordinal());
    chunk.idHigh[i] = meta.eventId().getMostSignificantBits();
    chunk.idLow[i] = meta.eventId().getLeastSignificantBits();
    chunk.occurred[i] = occurred;
    chunk.payload[i] = payload;
    chunk.aggregate[i] = entry;
    chunk.version[i] = (int) meta.aggregateVersion();
    return true;
  }

  /** Whether a clock id is {@code sla/<ticket>/<metric>/<cycle>} of this ticket, so the ticket can be read back from it. */
  private static boolean namesTicket(String clockId, TicketId ticket) {
    if (!clockId.startsWith(SlaClock.ID_PREFIX) || clockId.lastIndexOf('/') <= SlaClock.ID_PREFIX.length()) {
      return false;
    }
    String t = ticket.value();
    return SlaClock.ticketEnd(clockId) == SlaClock.ID_PREFIX.length() + t.length()
        && clockId.startsWith(t, SlaClock.ID_PREFIX.length());
  }

  /** The index of an interned value, or -1 if the table is full. */
  private int intern(Object value) {
    int slot = System.identityHashCode(value) & (recentlyInterned.length - 1);
    if (recentlyInterned[slot] == value) {
      return recentIndex[slot]; // the same object as lately: no hashing, no equals
    }
    Integer known = internedIndex.get(value);
    if (known != null) {
      recentlyInterned[slot] = value;
      recentIndex[slot] = known;
      return known;
    }
    if (interned.size() == MAX_INTERNED) {
      return -1;
    }
    interned.add(value);
    internedIndex.put(value, interned.size() - 1);
    return interned.size() - 1;
  }

  private static final long NANOS = 1_000_000_000L;
  private static final long MAX_EXACT_SECOND = Long.MAX_VALUE / NANOS - 1;
  /** What {@link #nanos} returns for an instant it cannot hold; no packed instant is this value. */
  private static final long FAR = Long.MIN_VALUE;

  private static long nanos(Instant t) {
    long second = t.getEpochSecond();
    return second > MAX_EXACT_SECOND || second < -MAX_EXACT_SECOND ? FAR : second * NANOS + t.getNano();
  }

  private static Instant instant(long nanos) {
    return Instant.ofEpochSecond(Math.floorDiv(nanos, NANOS), Math.floorMod(nanos, NANOS));
  }

  // ---- reading -----------------------------------------------------------------------------

  /** The event at a position, built again if it was packed. */
  private DomainEvent event(int position) {
    Chunk chunk = chunks[(position - 1) >>> CHUNK_BITS];
    int i = (position - 1) & (CHUNK - 1);
    int code = chunk.codes[i] & 0xFF;
    long payload = chunk.payload[i];
    if (code >>> 4 == OBJECT) {
      return objects.get((int) payload);
    }
    String clockId = keyTable.key(chunk.aggregate[i]);
    EventMeta meta = new EventMeta(new UUID(chunk.idHigh[i], chunk.idLow[i]), instant(chunk.occurred[i]), SlaClock.TYPE, clockId,
        chunk.version[i]);
    TicketId ticket = TicketId.of(clockId.substring(SlaClock.ID_PREFIX.length(), SlaClock.ticketEnd(clockId)));
    SlaMetric metric = METRICS[code & 0xF];
    return switch (code >>> 4) {
      case STARTED -> new SlaClockStarted(meta, clockId, ticket, metric, (int) payload, (String) interned.get((int) (payload >>> 32) & 0xFFFF),
          (SlaTarget) interned.get((int) (payload >>> 48) & 0xFFFF));
      case WARNED -> new SlaWarningRaised(meta, clockId, ticket, metric, instant(payload));
      case BREACHED -> new SlaBreached(meta, clockId, ticket, metric, instant(payload));
      case ESCALATED -> {
        int to = (int) (payload >>> 32);
        yield new SlaEscalated(meta, clockId, ticket, metric, (int) (payload & 0xFFFF), ROLES[(int) (payload >>> 16) & 0xFF],
            to == 0 ? Optional.empty() : Optional.of((StaffId) interned.get(to - 1)));
      }
      case FULFILLED, FULFILLED_BREACHED -> new SlaClockFulfilled(meta, clockId, ticket, metric, code >>> 4 == FULFILLED_BREACHED,
          Duration.ofNanos(payload));
      case PAUSED -> new SlaClockPaused(meta, clockId, ticket, metric);
      case RESUMED -> new SlaClockResumed(meta, clockId, ticket, metric);
      case STOPPED -> new SlaClockStopped(meta, clockId, ticket, metric, (String) interned.get((int) payload));
      default -> throw new IllegalStateException("unknown packed event code " + code);
    };
  }

  private int previous(int position) {
    return chunks[(position - 1) >>> CHUNK_BITS].previous[(position - 1) & (CHUNK - 1)];
  }

  /**
   * Events after a position.
   *
   * @param afterPosition 0 for the first
   * @param limit the most events
   * @return the stored events
   */
  List<StoredEvent> readAfter(long afterPosition, int limit) {
    int from = (int) Math.min(size, afterPosition);
    int to = (int) Math.min(size, (long) from + limit);
    List<StoredEvent> page = new ArrayList<>(to - from);
    for (int p = from + 1; p <= to; p++) {
      page.add(new StoredEvent(p, event(p)));
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
    for (int p = last; p != 0; p = previous(p)) {
      backwards.add(event(p));
    }
    List<DomainEvent> inOrder = new ArrayList<>(backwards.size());
    for (int i = backwards.size() - 1; i >= 0; i--) {
      inOrder.add(backwards.get(i));
    }
    return List.copyOf(inOrder);
  }
}
