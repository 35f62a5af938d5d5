package dev.kefu.memory;

import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.order.CustomerPresence;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link CustomerPresence} set by hand: kefu's default (nobody online, so no payment reminder
 * goes out until the host wires its presence) and a stand-in in tests.
 *
 * <p>Thread-safe.
 */
public final class InMemoryCustomerPresence implements CustomerPresence {

  private final Set<CustomerId> online = ConcurrentHashMap.newKeySet();

  /** Creates a presence with nobody online. */
  public InMemoryCustomerPresence() {}

  /**
   * @param customer a customer who came online
   * @return this presence
   */
  public InMemoryCustomerPresence online(CustomerId customer) {
    online.add(Objects.requireNonNull(customer, "customer"));
    return this;
  }

  /**
   * @param customer a customer who went offline
   * @return this presence
   */
  public InMemoryCustomerPresence offline(CustomerId customer) {
    online.remove(Objects.requireNonNull(customer, "customer"));
    return this;
  }

  @Override
  public boolean isOnline(CustomerId customer, Instant at) {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(at, "at");
    return online.contains(customer);
  }
}
