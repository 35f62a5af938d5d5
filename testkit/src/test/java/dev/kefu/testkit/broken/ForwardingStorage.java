package dev.kefu.testkit.broken;

import dev.kefu.memory.InMemoryStorage;
import dev.kefu.spi.complaint.ComplaintStore;
import dev.kefu.spi.customer.CustomerStore;
import dev.kefu.spi.store.DueWork;
import dev.kefu.spi.store.EventLog;
import dev.kefu.spi.store.InboundKeys;
import dev.kefu.spi.store.Outbox;
import dev.kefu.spi.store.Storage;
import dev.kefu.spi.store.UnitOfWorkCommitter;
import dev.kefu.spi.ticket.TicketStore;

/** A storage that hands every port through to an in-memory one; broken storages override one port. */
abstract class ForwardingStorage implements Storage {

  final InMemoryStorage delegate = new InMemoryStorage();

  @Override
  public CustomerStore customers() {
    return delegate.customers();
  }

  @Override
  public TicketStore tickets() {
    return delegate.tickets();
  }

  @Override
  public ComplaintStore complaints() {
    return delegate.complaints();
  }

  @Override
  public UnitOfWorkCommitter unitOfWork() {
    return delegate.unitOfWork();
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
