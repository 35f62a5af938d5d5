package dev.kefu.bench.load;

import dev.kefu.spi.customer.CustomerStore;
import dev.kefu.spi.sla.SlaClockStore;
import dev.kefu.spi.store.DueWork;
import dev.kefu.spi.store.EventLog;
import dev.kefu.spi.store.ForwardingStorage;
import dev.kefu.spi.store.InboundKeys;
import dev.kefu.spi.store.Outbox;
import dev.kefu.spi.store.Storage;
import dev.kefu.spi.store.UnitOfWorkCommitter;
import dev.kefu.spi.ticket.TicketStore;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Where a run's time goes in the store: a storage that times every call of the ports the ticket
 * lifecycle uses (customers, tickets, SLA clocks, the unit of work, due work, the outbox, inbound
 * keys, the event log) and counts them, per port method, across every thread. A call's time
 * includes what the store does around the database (JSON, pooling), and waits for locks.
 */
final class StoreProfile extends ForwardingStorage {

  /** Calls and nanoseconds of one port method. */
  static final class Tally {
    final LongAdder calls = new LongAdder();
    final LongAdder nanos = new LongAdder();
  }

  private final Map<String, Tally> tallies;
  private final CustomerStore customers;
  private final TicketStore tickets;
  private final SlaClockStore clocks;
  private final UnitOfWorkCommitter committer;
  private final DueWork dueWork;
  private final Outbox outbox;
  private final InboundKeys inboundKeys;
  private final EventLog eventLog;

  /**
   * @param delegate the store
   * @param tallies where the calls are counted, shared by the profiles of one run's instances
   */
  StoreProfile(Storage delegate, Map<String, Tally> tallies) {
    super(delegate);
    this.tallies = tallies;
    this.customers = timed(CustomerStore.class, delegate.customers());
    this.tickets = timed(TicketStore.class, delegate.tickets());
    this.clocks = timed(SlaClockStore.class, delegate.slaClocks());
    this.committer = timed(UnitOfWorkCommitter.class, delegate.unitOfWork());
    this.dueWork = timed(DueWork.class, delegate.dueWork());
    this.outbox = timed(Outbox.class, delegate.outbox());
    this.inboundKeys = timed(InboundKeys.class, delegate.inboundKeys());
    this.eventLog = timed(EventLog.class, delegate.eventLog());
  }

  /** A fresh map of tallies, for one run. */
  static Map<String, Tally> tallies() {
    return new ConcurrentHashMap<>();
  }

  /** The tallies by port method, in name order. */
  static Map<String, Tally> sorted(Map<String, Tally> tallies) {
    return new TreeMap<>(tallies);
  }

  private <T> T timed(Class<T> port, T target) {
    Object proxy = Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (p, method, args) -> {
      if (method.getDeclaringClass() == Object.class) {
        return method.invoke(target, args);
      }
      Tally t = tallies.computeIfAbsent(port.getSimpleName() + "." + method.getName(), k -> new Tally());
      long start = System.nanoTime();
      try {
        return method.invoke(target, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      } finally {
        t.nanos.add(System.nanoTime() - start);
        t.calls.increment();
      }
    });
    return port.cast(proxy);
  }

  @Override
  public CustomerStore customers() {
    return customers;
  }

  @Override
  public TicketStore tickets() {
    return tickets;
  }

  @Override
  public SlaClockStore slaClocks() {
    return clocks;
  }

  @Override
  public UnitOfWorkCommitter unitOfWork() {
    return committer;
  }

  @Override
  public DueWork dueWork() {
    return dueWork;
  }

  @Override
  public Outbox outbox() {
    return outbox;
  }

  @Override
  public InboundKeys inboundKeys() {
    return inboundKeys;
  }

  @Override
  public EventLog eventLog() {
    return eventLog;
  }
}
