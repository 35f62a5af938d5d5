package dev.kefu.spi.store;

import dev.kefu.spi.complaint.ComplaintStore;
import dev.kefu.spi.customer.CustomerStore;
import dev.kefu.spi.order.OrderStore;
import dev.kefu.spi.quality.QualityStore;
import dev.kefu.spi.revisit.RevisitStore;
import dev.kefu.spi.routing.RoutingStore;
import dev.kefu.spi.sla.SlaClockStore;
import dev.kefu.spi.ticket.TicketStore;

/**
 * The storage ports that must share one backend, because a unit of work writes across all of
 * them atomically. Hand one to {@code Kefu.builder().storage(...)} instead of wiring each port.
 *
 * <p>Evolves only by adding default methods.
 */
public interface Storage {

  /** @return the customer store */
  CustomerStore customers();

  /** @return the ticket store */
  TicketStore tickets();

  /** @return the unit-of-work committer */
  UnitOfWorkCommitter unitOfWork();

  /** @return the due-work port */
  DueWork dueWork();

  /** @return the outbox */
  Outbox outbox();

  /** @return the inbound keys */
  InboundKeys inboundKeys();

  /** @return the event log */
  EventLog eventLog();

  /**
   * The SLA clock store; added in 0.1 after the first ports, so it has a default that tells a
   * storage written before it to implement it.
   *
   * @return the SLA clock store
   * @throws UnsupportedOperationException if this storage keeps no SLA clocks
   */
  default SlaClockStore slaClocks() {
    throw new UnsupportedOperationException(getClass().getName() + " keeps no SLA clocks: implement Storage.slaClocks()");
  }

  /**
   * The complaint store; added after the first ports, so it has a default that tells a storage
   * written before it to implement it.
   *
   * @return the complaint store
   * @throws UnsupportedOperationException if this storage keeps no complaints
   */
  default ComplaintStore complaints() {
    throw new UnsupportedOperationException(getClass().getName() + " keeps no complaints: implement Storage.complaints()");
  }

  /**
   * The revisit store; added after the first ports, so it has a default that tells a storage
   * written before it to implement it.
   *
   * @return the revisit store
   * @throws UnsupportedOperationException if this storage keeps no revisits
   */
  default RevisitStore revisits() {
    throw new UnsupportedOperationException(getClass().getName() + " keeps no revisits: implement Storage.revisits()");
  }

  /**
   * The order store; added after the first ports, so it has a default that tells a storage
   * written before it to implement it.
   *
   * @return the order store
   * @throws UnsupportedOperationException if this storage keeps no orders
   */
  default OrderStore orders() {
    throw new UnsupportedOperationException(getClass().getName() + " keeps no orders: implement Storage.orders()");
  }

  /**
   * The routing store: agent loads and the ticket queue; added after the first ports, so it has a
   * default that tells a storage written before it to implement it. Only routing needs it.
   *
   * @return the routing store
   * @throws UnsupportedOperationException if this storage keeps no routing state
   */
  default RoutingStore routing() {
    throw new UnsupportedOperationException(getClass().getName() + " keeps no routing state: implement Storage.routing()");
  }

  /**
   * The quality store: QA reviews, training exams and checks of agent mentions (QA-1, QA-2,
   * TK-18); added after the first ports, so it has a default that tells a storage written before
   * it to implement it.
   *
   * @return the quality store
   * @throws UnsupportedOperationException if this storage keeps no QA records
   */
  default QualityStore quality() {
    throw new UnsupportedOperationException(getClass().getName() + " keeps no QA records: implement Storage.quality()");
  }
}
