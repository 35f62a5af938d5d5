package dev.kefu.internal;

import dev.kefu.spi.event.DomainEvent;
import dev.kefu.spi.store.AggregateWrite;
import dev.kefu.spi.store.OutboxMessage;
import dev.kefu.spi.store.ScheduledWork;
import dev.kefu.spi.store.UnitOfWork;

/**
 * Where a change writes its effects: a command's {@link UnitOfWork.Builder}, or a
 * {@link WorkBuffer} that gathers a batch of due items. Not thread-safe.
 */
public interface Effects {

  /**
   * @param write an aggregate to write
   */
  void write(AggregateWrite write);

  /**
   * @param event an event to append
   */
  void event(DomainEvent event);

  /**
   * @param message a notification to deliver
   */
  void outbox(OutboxMessage message);

  /**
   * @param work due work to schedule
   */
  void schedule(ScheduledWork work);

  /**
   * @param key due work to cancel
   */
  void cancel(String key);

  /**
   * Writes into a unit-of-work builder.
   *
   * @param work the builder
   * @return effects that add to it
   */
  static Effects into(UnitOfWork.Builder work) {
    return new Effects() {
      @Override
      public void write(AggregateWrite write) {
        work.addWrites(write);
      }

      @Override
      public void event(DomainEvent event) {
        work.addEvents(event);
      }

      @Override
      public void outbox(OutboxMessage message) {
        work.addOutbox(message);
      }

      @Override
      public void schedule(ScheduledWork scheduled) {
        work.addSchedule(scheduled);
      }

      @Override
      public void cancel(String key) {
        work.addCancel(key);
      }
    };
  }
}
