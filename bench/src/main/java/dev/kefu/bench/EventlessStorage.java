package dev.kefu.bench;

import dev.kefu.spi.customer.CustomerStore;
import dev.kefu.spi.sla.SlaClockStore;
import dev.kefu.spi.store.DueWork;
import dev.kefu.spi.store.EventLog;
import dev.kefu.spi.store.InboundKeys;
import dev.kefu.spi.store.Outbox;
import dev.kefu.spi.store.Storage;
import dev.kefu.spi.store.UnitOfWork;
import dev.kefu.spi.store.UnitOfWorkCommitter;
import dev.kefu.spi.ticket.TicketStore;
import java.util.List;

/**
 * A {@link Storage} that passes everything to another one, except that units of work are
 * committed without their domain events. {@link SlaClockFootprint} uses it to measure what open
 * clocks cost without the event log, which grows with every event fired (the clock-started events
 * included) and says nothing about the clocks themselves.
 */
final class EventlessStorage implements Storage {

  private final Storage delegate;
  private final UnitOfWorkCommitter committer;

  EventlessStorage(Storage delegate) {
    this.delegate = delegate;
    this.committer = work -> delegate.unitOfWork().commit(
        work.events().isEmpty() ? work : UnitOfWork.builder().from(work).events(List.of()).build());
  }

  @Override
  public CustomerStore customers() {
    return delegate.customers();
  }

  @Override
  public TicketStore tickets() {
    return delegate.tickets();
  }

  @Override
  public SlaClockStore slaClocks() {
    return delegate.slaClocks();
  }

  @Override
  public dev.kefu.spi.complaint.ComplaintStore complaints() {
    return delegate.complaints();
  }

  @Override
  public dev.kefu.spi.revisit.RevisitStore revisits() {
    return delegate.revisits();
  }

  @Override
  public dev.kefu.spi.routing.RoutingStore routing() {
    return delegate.routing();
  }

  @Override
  public dev.kefu.spi.order.OrderStore orders() {
    return delegate.orders();
  }

  @Override
  public dev.kefu.spi.quality.QualityStore quality() {
    return delegate.quality();
  }

  @Override
  public UnitOfWorkCommitter unitOfWork() {
    return committer;
  }

  @Override
  public DueWork dueWork() {
    return delegate.dueWork();
  }

  @Override
  public Outbox outbox() {
    return delegate.outbox();
  }

  @Override
  public InboundKeys inboundKeys() {
    return delegate.inboundKeys();
  }

  @Override
  public EventLog eventLog() {
    return delegate.eventLog();
  }
}
