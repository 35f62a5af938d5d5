package dev.kefu.bench.load;

import dev.kefu.spi.sla.SlaClock;
import dev.kefu.spi.sla.SlaClockQuery;
import dev.kefu.spi.sla.SlaClockStore;
import dev.kefu.spi.store.AggregateWrite;
import dev.kefu.spi.store.ForwardingStorage;
import dev.kefu.spi.store.Page;
import dev.kefu.spi.store.PageRequest;
import dev.kefu.spi.store.Storage;
import dev.kefu.spi.store.UnitOfWork;
import dev.kefu.spi.store.UnitOfWorkCommitter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * <b>A what-if, not kefu</b> ({@code --what-if-clock-lists-by-ticket}): what the load would cost
 * if a store listed one ticket's SLA clocks without reading every clock. kefu-jdbc lists clocks by
 * reading every clock document and filtering in Java (JdbcStorage's class comment: "Those lists
 * have no SQL filter beyond the type yet"), and every ticket command lists its ticket's clocks, so
 * each command reads all the clocks of the store. This storage answers a ticket's clock list by
 * looking up, by id, the clocks the run's commits created for that ticket, with the same matcher,
 * order and page as the store's own list, and hands every other call to the store.
 *
 * <p>The ids are noted before each commit (so the set holds every committed clock, and perhaps one
 * whose commit failed, which the look-up then does not find). It works only because every instance
 * of the run is in one JVM and shares one index; a real store would use an indexed column.
 */
final class ClockListsByTicket extends ForwardingStorage {

  private final Map<String, Set<String>> clocksByTicket;
  private final UnitOfWorkCommitter committer;
  private final SlaClockStore clocks;

  /**
   * @param delegate the store
   * @param clocksByTicket the index, shared by the run's instances
   */
  ClockListsByTicket(Storage delegate, Map<String, Set<String>> clocksByTicket) {
    super(delegate);
    this.clocksByTicket = clocksByTicket;
    UnitOfWorkCommitter inner = delegate.unitOfWork();
    this.committer = work -> {
      note(work);
      inner.commit(work);
    };
    SlaClockStore store = delegate.slaClocks();
    this.clocks = new SlaClockStore() {
      @Override
      public Optional<SlaClock> find(String id) {
        return store.find(id);
      }

      @Override
      public Page<SlaClock> list(SlaClockQuery query, PageRequest page) {
        if (query.ticket().isEmpty()) {
          return store.list(query, page);
        }
        List<SlaClock> found = new ArrayList<>();
        for (String id : clocksByTicket.getOrDefault(query.ticket().get().value(), Set.of())) {
          store.find(id).filter(query.matcher()).ifPresent(found::add);
        }
        found.sort(SlaClockQuery.ORDER);
        return Page.slice(found, page);
      }
    };
  }

  /** A fresh index, for one run. */
  static Map<String, Set<String>> index() {
    return new ConcurrentHashMap<>();
  }

  private void note(UnitOfWork work) {
    for (AggregateWrite w : work.writes()) {
      if (w.aggregate() instanceof SlaClock c) {
        clocksByTicket.computeIfAbsent(c.ticket().value(), t -> ConcurrentHashMap.newKeySet()).add(c.id());
      }
    }
  }

  @Override
  public UnitOfWorkCommitter unitOfWork() {
    return committer;
  }

  @Override
  public SlaClockStore slaClocks() {
    return clocks;
  }
}
