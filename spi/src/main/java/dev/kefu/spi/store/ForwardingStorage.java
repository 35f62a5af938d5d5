package dev.kefu.spi.store;

import dev.kefu.spi.complaint.ComplaintStore;
import dev.kefu.spi.customer.CustomerStore;
import dev.kefu.spi.order.OrderStore;
import dev.kefu.spi.quality.QualityStore;
import dev.kefu.spi.revisit.RevisitStore;
import dev.kefu.spi.routing.RoutingStore;
import dev.kefu.spi.sla.SlaClockStore;
import dev.kefu.spi.ticket.TicketStore;
import java.util.Objects;

/**
 * A {@link Storage} that hands every port to another one, for decorators that change one or two
 * ports (count commits, drop events, inject a fault) and leave the rest alone. A port added to
 * {@code Storage} later is added here too, so decorators keep delegating it.
 *
 * <p>Thread-safe if the delegate is.
 */
public abstract class ForwardingStorage implements Storage {

  private final Storage delegate;

  /**
   * Creates a forwarding storage.
   *
   * @param delegate where every port comes from
   * @throws NullPointerException if {@code delegate} is null
   */
  protected ForwardingStorage(Storage delegate) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
  }

  /** @return the storage the ports come from */
  protected Storage delegate() {
    return delegate;
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

  @Override
  public SlaClockStore slaClocks() {
    return delegate.slaClocks();
  }

  @Override
  public ComplaintStore complaints() {
    return delegate.complaints();
  }

  @Override
  public RevisitStore revisits() {
    return delegate.revisits();
  }

  @Override
  public OrderStore orders() {
    return delegate.orders();
  }

  @Override
  public RoutingStore routing() {
    return delegate.routing();
  }

  @Override
  public QualityStore quality() {
    return delegate.quality();
  }
}
