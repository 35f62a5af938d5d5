package dev.kefu.spi;

import java.time.Instant;

/**
 * How many orders the shop took in a period: the denominator of the complaint rate (CP-10). Until
 * the host wires its own, kefu counts the orders recorded on customer files.
 *
 * <p><b>Threading:</b> thread-safe. <b>Exceptions:</b> unchecked exceptions abort the report that
 * asked.
 */
@FunctionalInterface
public interface OrderVolume {

  /**
   * Counts orders.
   *
   * @param from inclusive
   * @param to exclusive
   * @return the number of orders placed in [from, to)
   */
  long ordersBetween(Instant from, Instant to);
}
