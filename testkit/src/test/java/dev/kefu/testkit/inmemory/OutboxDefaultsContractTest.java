package dev.kefu.testkit.inmemory;

import dev.kefu.memory.InMemoryStorage;
import dev.kefu.spi.customer.CustomerStore;
import dev.kefu.spi.store.DueWork;
import dev.kefu.spi.store.EventLog;
import dev.kefu.spi.store.InboundKeys;
import dev.kefu.spi.store.Outbox;
import dev.kefu.spi.store.OutboxEntry;
import dev.kefu.spi.store.Page;
import dev.kefu.spi.store.PageRequest;
import dev.kefu.spi.store.Storage;
import dev.kefu.spi.store.UnitOfWorkCommitter;
import dev.kefu.spi.ticket.TicketStore;
import dev.kefu.testkit.contract.OutboxContract;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An outbox written before the several-at-once claim and the batched delivery marks, which
 * implements only the first methods and takes the rest from the port's defaults, keeps the Outbox
 * contract.
 */
class OutboxDefaultsContractTest extends OutboxContract {

  @Override
  protected Storage newStorage() {
    InMemoryStorage delegate = new InMemoryStorage();
    Outbox first = delegate.outbox();
    Outbox onlyTheFirstMethods = new Outbox() {
      @Override
      public List<OutboxEntry> claimBatch(Instant now, int limit, String owner, Duration lease) {
        return first.claimBatch(now, limit, owner, lease);
      }

      @Override
      public boolean markDelivered(UUID id, long claimToken) {
        return first.markDelivered(id, claimToken);
      }

      @Override
      public boolean markFailed(UUID id, long claimToken, Instant retryAt, String error) {
        return first.markFailed(id, claimToken, retryAt, error);
      }

      @Override
      public boolean park(UUID id, long claimToken, String error) {
        return first.park(id, claimToken, error);
      }

      @Override
      public Page<OutboxEntry> list(OutboxEntry.Status status, PageRequest page) {
        return first.list(status, page);
      }
    };
    return new Storage() {
      @Override
      public CustomerStore customers() {
        return delegate.customers();
      }

      @Override
      public TicketStore tickets() {
        return delegate.tickets();
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
        return onlyTheFirstMethods;
      }

      @Override
      public InboundKeys inboundKeys() {
        return delegate.inboundKeys();
      }

      @Override
      public EventLog eventLog() {
        return delegate.eventLog();
      }
    };
  }
}
