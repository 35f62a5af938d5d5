package dev.kefu.spi.store;

import dev.kefu.spi.event.DomainEvent;
import dev.kefu.spi.event.StoredEvent;
import java.util.List;

/**
 * Reads the domain events that units of work committed, in commit order. Hosts use it to feed
 * their own projections; kefu's reports read it.
 *
 * <p><b>Threading:</b> thread-safe. <b>Consistency:</b> positions grow with commit order and a
 * reader never sees part of a unit of work's events.
 *
 * <p>Evolves only by adding default methods.
 */
public interface EventLog {

  /**
   * Reads events after a position.
   *
   * @param afterPosition 0 to read from the start
   * @param limit the most events, at least 1
   * @return the events, by position
   */
  List<StoredEvent> readAfter(long afterPosition, int limit);

  /**
   * Every event of one aggregate, oldest first.
   *
   * @param aggregateType the aggregate type
   * @param aggregateId the aggregate id
   * @return its events
   */
  List<DomainEvent> eventsOf(String aggregateType, String aggregateId);
}
