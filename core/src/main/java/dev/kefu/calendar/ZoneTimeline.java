package dev.kefu.calendar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A zone's UTC offsets as stretches of local time, read from its rules once for the years 1970 to
 * 2099, so that a calendar turns local times into instants, and instants into local dates, by a
 * binary search without allocating. Outside those years it asks the zone's rules each time.
 *
 * <p>Stretch i holds the local times, as epoch seconds of the local time, from {@code lo[i]} to
 * {@code hi[i]} (both included) that offset i turns into instants; between stretch i and i + 1
 * lies transition i's gap or overlap, where offset i, the offset before, applies too: a time in a
 * gap moves forward by the gap, a time in an overlap takes the earlier offset. At {@code hi[i]}
 * both readings agree, which is why it is included.
 *
 * <p>Immutable and thread-safe.
 */
final class ZoneTimeline {

  private static final long FROM = 0; // 1970-01-01T00:00:00Z
  private static final long TO = 4_102_444_800L; // 2100-01-01T00:00:00Z

  private final ZoneRules rules;
  /** Transition i's instant, in epoch seconds; it ends stretch i and starts stretch i + 1. */
  private final long[] transitions;
  private final long[] lo;
  private final long[] hi;
  private final int[] offsets;

  ZoneTimeline(ZoneRules rules) {
    this.rules = rules;
    Instant from = Instant.ofEpochSecond(FROM);
    List<ZoneOffsetTransition> found = new ArrayList<>();
    for (ZoneOffsetTransition t = rules.nextTransition(from); t != null && t.getInstant().getEpochSecond() < TO;
        t = rules.nextTransition(t.getInstant())) {
      found.add(t);
    }
    int n = found.size();
    transitions = new long[n];
    lo = new long[n + 1];
    hi = new long[n + 1];
    offsets = new int[n + 1];
    offsets[0] = rules.getOffset(from).getTotalSeconds();
    lo[0] = rules.previousTransition(from) == null ? Long.MIN_VALUE : FROM + offsets[0];
    for (int i = 0; i < n; i++) {
      ZoneOffsetTransition t = found.get(i);
      long before = t.getDateTimeBefore().toEpochSecond(ZoneOffset.UTC);
      long after = t.getDateTimeAfter().toEpochSecond(ZoneOffset.UTC);
      transitions[i] = t.getInstant().getEpochSecond();
      hi[i] = Math.min(before, after);
      lo[i + 1] = Math.max(before, after);
      offsets[i + 1] = t.getOffsetAfter().getTotalSeconds();
    }
    Instant last = n == 0 ? from : found.get(n - 1).getInstant();
    hi[n] = rules.nextTransition(last) == null ? Long.MAX_VALUE : TO + offsets[n];
  }

  /** @return the stretch holding local time {@code local}, or -1 in a gap, an overlap or outside the table */
  int stretchOf(long local) {
    if (local < lo[0] || local > hi[hi.length - 1]) {
      return -1;
    }
    int i = lastAtOrBelow(lo, local);
    return local <= hi[i] ? i : -1;
  }

  long lo(int stretch) {
    return lo[stretch];
  }

  long hi(int stretch) {
    return hi[stretch];
  }

  int offset(int stretch) {
    return offsets[stretch];
  }

  /**
   * @param local a local date-time as epoch seconds of the local time
   * @return its instant in epoch seconds, as {@link java.time.ZonedDateTime#of} gives it
   */
  long toEpoch(long local) {
    if (local >= lo[0] && local <= hi[hi.length - 1]) {
      return local - offsets[lastAtOrBelow(lo, local)];
    }
    LocalDateTime ldt = LocalDateTime.ofEpochSecond(local, 0, ZoneOffset.UTC);
    ZoneOffsetTransition t = rules.getTransition(ldt);
    ZoneOffset offset = t != null ? t.getOffsetBefore() : rules.getOffset(ldt);
    return local - offset.getTotalSeconds();
  }

  /**
   * @param epochSecond an instant in epoch seconds
   * @return the UTC offset there, in seconds
   */
  int offsetAt(long epochSecond) {
    if ((epochSecond < FROM && lo[0] != Long.MIN_VALUE) || (epochSecond >= TO && hi[hi.length - 1] != Long.MAX_VALUE)) {
      return rules.getOffset(Instant.ofEpochSecond(epochSecond)).getTotalSeconds();
    }
    int i = Arrays.binarySearch(transitions, epochSecond);
    return offsets[i >= 0 ? i + 1 : -i - 1];
  }

  /** The last index whose value is at most {@code key}; {@code sorted[0] <= key}. */
  private static int lastAtOrBelow(long[] sorted, long key) {
    int i = Arrays.binarySearch(sorted, key);
    return i >= 0 ? i : -i - 2;
  }
}
