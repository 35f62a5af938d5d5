package dev.kefu.internal;

import dev.kefu.spi.event.DomainEvent;
import dev.kefu.spi.store.AggregateWrite;
import dev.kefu.spi.store.AppliedRequest;
import dev.kefu.spi.store.DueCompletion;
import dev.kefu.spi.store.OutboxMessage;
import dev.kefu.spi.store.ScheduledWork;
import dev.kefu.spi.store.UnitOfWork;
import java.util.ArrayList;

/**
 * The parts of a unit of work as it is gathered, item by item, for a batch of due work: one
 * buffer is reused from batch to batch. A {@link Mark} remembers how far it was filled, so the
 * effects of one item can be taken back (it failed, or touches what the batch touches) or made a
 * unit of their own.
 *
 * <p>Not thread-safe.
 */
public final class WorkBuffer implements Effects {

  /** How far each part was filled. */
  public record Mark(int writes, int events, int outbox, int schedule, int cancel, int complete, int inboundKeys) {}

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

  /** @return how far the buffer is filled now */
  public Mark mark() {
    return new Mark(writes.size(), events.size(), outbox.size(), schedule.size(), cancel.size(), complete.size(),
        inboundKeys.size());
  }

  /**
   * Takes back everything added after a mark.
   *
   * @param m the mark
   */
  public void rollback(Mark m) {
    cut(writes, m.writes());
    cut(events, m.events());
    cut(outbox, m.outbox());
    cut(schedule, m.schedule());
    cut(cancel, m.cancel());
    cut(complete, m.complete());
    cut(inboundKeys, m.inboundKeys());
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
  }

  /** @return everything in the buffer, as one unit */
  public UnitOfWork build() {
    return UnitOfWork.builder().addAllWrites(writes).addAllEvents(events).addAllOutbox(outbox).addAllSchedule(schedule)
        .addAllCancel(cancel).addAllComplete(complete).addAllInboundKeys(inboundKeys).build();
  }

  /**
   * What was added between two marks, as one unit.
   *
   * @param from the first mark
   * @param to the later mark, or null for the end
   * @return the unit
   */
  public UnitOfWork build(Mark from, Mark to) {
    Mark end = to != null ? to : mark();
    return UnitOfWork.builder().addAllWrites(writes.subList(from.writes(), end.writes()))
        .addAllEvents(events.subList(from.events(), end.events()))
        .addAllOutbox(outbox.subList(from.outbox(), end.outbox()))
        .addAllSchedule(schedule.subList(from.schedule(), end.schedule()))
        .addAllCancel(cancel.subList(from.cancel(), end.cancel()))
        .addAllComplete(complete.subList(from.complete(), end.complete()))
        .addAllInboundKeys(inboundKeys.subList(from.inboundKeys(), end.inboundKeys())).build();
  }

  /**
   * Whether the parts after a mark touch a key of a set: an aggregate id, a due key scheduled,
   * cancelled or completed, an inbound key.
   *
   * @param from the mark
   * @param keys the keys
   * @return true if one of them is touched
   */
  boolean touchesAny(Mark from, KeySet keys) {
    for (int i = from.writes(); i < writes.size(); i++) {
      if (keys.contains(writes.get(i).aggregate().aggregateId())) {
        return true;
      }
    }
    for (int i = from.schedule(); i < schedule.size(); i++) {
      if (keys.contains(schedule.get(i).key())) {
        return true;
      }
    }
    for (int i = from.cancel(); i < cancel.size(); i++) {
      if (keys.contains(cancel.get(i))) {
        return true;
      }
    }
    for (int i = from.complete(); i < complete.size(); i++) {
      if (keys.contains(complete.get(i).key())) {
        return true;
      }
    }
    for (int i = from.inboundKeys(); i < inboundKeys.size(); i++) {
      if (keys.contains(inboundKeys.get(i).key())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Adds the keys the parts after a mark touch to a set.
   *
   * @param from the mark
   * @param keys the set
   */
  void addTouchedKeys(Mark from, KeySet keys) {
    for (int i = from.writes(); i < writes.size(); i++) {
      keys.add(writes.get(i).aggregate().aggregateId());
    }
    for (int i = from.schedule(); i < schedule.size(); i++) {
      keys.add(schedule.get(i).key());
    }
    for (int i = from.cancel(); i < cancel.size(); i++) {
      keys.add(cancel.get(i));
    }
    for (int i = from.complete(); i < complete.size(); i++) {
      keys.add(complete.get(i).key());
    }
    for (int i = from.inboundKeys(); i < inboundKeys.size(); i++) {
      keys.add(inboundKeys.get(i).key());
    }
  }
}
