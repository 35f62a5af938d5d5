package dev.kefu.internal;

import dev.kefu.spi.event.DomainEvent;
import dev.kefu.spi.store.AggregateWrite;
import dev.kefu.spi.store.AppliedRequest;
import dev.kefu.spi.store.DueCompletion;
import dev.kefu.spi.store.OutboxMessage;
import dev.kefu.spi.store.ScheduledWork;
import dev.kefu.spi.store.UnitOfWork;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts of a unit of work as it is gathered, item by item, for a batch of due work: one
 * buffer is reused from batch to batch. A mark remembers how far it was filled, so the effects of
 * one item can be taken back (it failed, or touches what the batch touches) or made a unit of
 * their own. Marks are numbered from 0 in the order they are made; taking the buffer back to a
 * mark drops that mark and the later ones.
 *
 * <p>Not thread-safe.
 */
public final class WorkBuffer implements Effects {

  private static final int PARTS = 7;
  private int[] marks = new int[PARTS * 128]; // the sizes of the parts at each mark
  private int markCount;

  private final ArrayList<AggregateWrite> writes = new ArrayList<>();
  private final ArrayList<DomainEvent> events = new ArrayList<>();
  private final ArrayList<OutboxMessage> outbox = new ArrayList<>();
  private final ArrayList<ScheduledWork> schedule = new ArrayList<>();
  private final ArrayList<String> cancel = new ArrayList<>();
  private final ArrayList<DueCompletion> complete = new ArrayList<>();
  private final ArrayList<AppliedRequest> inboundKeys = new ArrayList<>();

  @Override
  public void write(AggregateWrite write) {
    writes.add(write);
  }

  @Override
  public void event(DomainEvent event) {
    events.add(event);
  }

  @Override
  public void outbox(OutboxMessage message) {
    outbox.add(message);
  }

  @Override
  public void schedule(ScheduledWork work) {
    schedule.add(work);
  }

  @Override
  public void cancel(String key) {
    cancel.add(key);
  }

  /**
   * @param completion a claimed item this unit completes
   */
  public void complete(DueCompletion completion) {
    complete.add(completion);
  }

  /**
   * Adds every part of a unit.
   *
   * @param unit the unit
   */
  public void addAll(UnitOfWork unit) {
    writes.addAll(unit.writes());
    events.addAll(unit.events());
    outbox.addAll(unit.outbox());
    schedule.addAll(unit.schedule());
    cancel.addAll(unit.cancel());
    complete.addAll(unit.complete());
    inboundKeys.addAll(unit.inboundKeys());
  }

  /**
   * Remembers how far the buffer is filled now.
   *
   * @return the mark's number
   */
  public int mark() {
    if ((markCount + 1) * PARTS > marks.length) {
      marks = java.util.Arrays.copyOf(marks, marks.length * 2);
    }
    int at = markCount * PARTS;
    marks[at] = writes.size();
    marks[at + 1] = events.size();
    marks[at + 2] = outbox.size();
    marks[at + 3] = schedule.size();
    marks[at + 4] = cancel.size();
    marks[at + 5] = complete.size();
    marks[at + 6] = inboundKeys.size();
    return markCount++;
  }

  /**
   * Takes back everything added after a mark, and the mark.
   *
   * @param mark the mark's number
   */
  public void rollback(int mark) {
    int at = mark * PARTS;
    cut(writes, marks[at]);
    cut(events, marks[at + 1]);
    cut(outbox, marks[at + 2]);
    cut(schedule, marks[at + 3]);
    cut(cancel, marks[at + 4]);
    cut(complete, marks[at + 5]);
    cut(inboundKeys, marks[at + 6]);
    markCount = mark;
  }

  private static void cut(ArrayList<?> list, int size) {
    if (list.size() > size) {
      list.subList(size, list.size()).clear();
    }
  }

  /** Empties the buffer. */
  public void clear() {
    writes.clear();
    events.clear();
    outbox.clear();
    schedule.clear();
    cancel.clear();
    complete.clear();
    inboundKeys.clear();
    markCount = 0;
  }

  /**
   * A unit of work made of copies of the buffer's parts: immutable, and checked as the built
   * kind is ({@link UnitOfWork#checkDistinct()}), made with one copy of each part where the
   * builder grows a list for each and copies it again. A batch of a hundred timers commits one.
   */
  private record Parts(List<AggregateWrite> writes, List<DomainEvent> events, List<OutboxMessage> outbox,
      List<ScheduledWork> schedule, List<String> cancel, List<DueCompletion> complete, List<AppliedRequest> inboundKeys)
      implements UnitOfWork {
    Parts {
      writes = List.copyOf(writes);
      events = List.copyOf(events);
      outbox = List.copyOf(outbox);
      schedule = List.copyOf(schedule);
      cancel = List.copyOf(cancel);
      complete = List.copyOf(complete);
      inboundKeys = List.copyOf(inboundKeys);
    }

    /** The unit, once checked. */
    Parts checked() {
      checkDistinct();
      return this;
    }
  }

  /** @return everything in the buffer, as one unit */
  public UnitOfWork build() {
    return new Parts(writes, events, outbox, schedule, cancel, complete, inboundKeys).checked();
  }

  /**
   * What was added after a mark, up to the next mark (or the end), as one unit.
   *
   * @param mark the mark's number
   * @return the unit
   */
  public UnitOfWork build(int mark) {
    int f = mark * PARTS;
    boolean last = mark + 1 >= markCount;
    int t = f + PARTS;
    return new Parts(writes.subList(marks[f], last ? writes.size() : marks[t]),
        events.subList(marks[f + 1], last ? events.size() : marks[t + 1]),
        outbox.subList(marks[f + 2], last ? outbox.size() : marks[t + 2]),
        schedule.subList(marks[f + 3], last ? schedule.size() : marks[t + 3]),
        cancel.subList(marks[f + 4], last ? cancel.size() : marks[t + 4]),
        complete.subList(marks[f + 5], last ? complete.size() : marks[t + 5]),
        inboundKeys.subList(marks[f + 6], last ? inboundKeys.size() : marks[t + 6])).checked();
  }

  /**
   * Whether the parts after a mark touch a key of a set: an aggregate id, a due key scheduled,
   * cancelled or completed, an inbound key.
   *
   * @param mark the mark's number
   * @param keys the keys
   * @return true if one of them is touched
   */
  boolean touchesAny(int mark, KeySet keys) {
    return visitTouchedKeys(mark, keys, true);
  }

  /**
   * Adds the keys the parts after a mark touch to a set.
   *
   * @param mark the mark's number
   * @param keys the set
   */
  void addTouchedKeys(int mark, KeySet keys) {
    visitTouchedKeys(mark, keys, false);
  }

  /**
   * Looks up ({@code check}) or adds each key the parts after a mark touch. A due item's parts
   * mostly name one key, the same string object (a clock's id is its timer's key): a key that is
   * the very object just looked up or added is passed over.
   */
  private boolean visitTouchedKeys(int mark, KeySet keys, boolean check) {
    int f = mark * PARTS;
    String last = null;
    for (int i = marks[f + 0]; i < writes.size(); i++) {
      String k = writes.get(i).aggregate().aggregateId();
      if (k != last && visit(k, keys, check)) {
        return true;
      }
      last = k;
    }
    for (int i = marks[f + 3]; i < schedule.size(); i++) {
      String k = schedule.get(i).key();
      if (k != last && visit(k, keys, check)) {
        return true;
      }
      last = k;
    }
    for (int i = marks[f + 4]; i < cancel.size(); i++) {
      String k = cancel.get(i);
      if (k != last && visit(k, keys, check)) {
        return true;
      }
      last = k;
    }
    for (int i = marks[f + 5]; i < complete.size(); i++) {
      String k = complete.get(i).key();
      if (k != last && visit(k, keys, check)) {
        return true;
      }
      last = k;
    }
    for (int i = marks[f + 6]; i < inboundKeys.size(); i++) {
      String k = inboundKeys.get(i).key();
      if (k != last && visit(k, keys, check)) {
        return true;
      }
      last = k;
    }
    return false;
  }

  /** Looks a key up, or adds it (and says false). */
  private static boolean visit(String key, KeySet keys, boolean check) {
    if (check) {
      return keys.contains(key);
    }
    keys.add(key);
    return false;
  }
}
