package dev.kefu.testkit.broken;

import dev.kefu.spi.Aggregate;
import dev.kefu.spi.customer.Customer;
import dev.kefu.spi.store.AggregateWrite;
import dev.kefu.spi.store.StaleVersionException;
import dev.kefu.spi.store.StaleWrite;
import dev.kefu.spi.store.UnitOfWork;
import dev.kefu.spi.store.UnitOfWorkCommitter;
import dev.kefu.spi.ticket.Ticket;
import java.util.Optional;

/**
 * A deliberately broken storage: it ignores the expected versions. Every write is rebased onto
 * whatever version is stored at the moment, and a commit that still loses a race is simply
 * retried, so the last writer silently wins. Due-work tokens and inbound keys are still checked.
 */
final class LastWriterWinsStorage extends ForwardingStorage {

  @Override
  public UnitOfWorkCommitter unitOfWork() {
    return this::commitIgnoringVersions;
  }

  private void commitIgnoringVersions(UnitOfWork work) {
    for (int attempt = 1; ; attempt++) {
      try {
        delegate.unitOfWork().commit(work.toBuilder().writes(work.writes().stream().map(this::rebased).toList()).build());
        return;
      } catch (StaleVersionException e) {
        boolean onlyVersions = e.staleWrites().stream()
            .noneMatch(s -> s.type().equals(StaleWrite.DUE_WORK) || s.type().equals(StaleWrite.INBOUND_KEY));
        if (!onlyVersions || attempt == 100) {
          throw e;
        }
        // another writer came in between the read and the commit: read again and overwrite
      }
    }
  }

  private AggregateWrite rebased(AggregateWrite write) {
    Aggregate a = write.aggregate();
    long stored = stored(a).map(Aggregate::version).orElse(0L);
    Aggregate rebased = a instanceof Customer c ? c.withVersion(stored + 1) : ((Ticket) a).withVersion(stored + 1);
    return new AggregateWrite(rebased, stored);
  }

  private Optional<? extends Aggregate> stored(Aggregate a) {
    return a instanceof Customer c ? delegate.customers().find(c.id()) : delegate.tickets().find(((Ticket) a).id());
  }
}
