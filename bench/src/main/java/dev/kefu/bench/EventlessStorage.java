package dev.kefu.bench;

import dev.kefu.spi.store.ForwardingStorage;
import dev.kefu.spi.store.Storage;
import dev.kefu.spi.store.UnitOfWork;
import dev.kefu.spi.store.UnitOfWorkCommitter;
import java.util.List;

/**
 * A {@link Storage} that passes everything to another one, except that units of work are
 * committed without their domain events. {@link SlaClockFootprint} uses it to measure what open
 * clocks cost without the event log, which grows with every event fired (the clock-started events
 * included) and says nothing about the clocks themselves.
 */
final class EventlessStorage extends ForwardingStorage {

  private final UnitOfWorkCommitter committer;

  EventlessStorage(Storage delegate) {
    super(delegate);
    this.committer = work -> delegate.unitOfWork().commit(
        work.events().isEmpty() ? work : UnitOfWork.builder().from(work).events(List.of()).build());
  }

  @Override
  public UnitOfWorkCommitter unitOfWork() {
    return committer;
  }
}
