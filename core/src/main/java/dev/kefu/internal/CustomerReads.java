package dev.kefu.internal;

import dev.kefu.spi.customer.Customer;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.customer.CustomerStore;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The customers one command attempt reads, each read from the store once: every part of the
 * command — a check, the SLA engine's policy match, a notice — sees the same version, and a
 * command that asks three times costs one read. Not thread-safe: one attempt runs on one thread.
 */
public final class CustomerReads {

  private final CustomerStore store;
  private final Map<CustomerId, Optional<Customer>> read = new HashMap<>(4);

  /** @param store where the customers are read */
  public CustomerReads(CustomerStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /**
   * @param id the customer
   * @return the customer as first read in this attempt, or empty if there is none
   */
  public Optional<Customer> find(CustomerId id) {
    Optional<Customer> found = read.get(id);
    if (found == null) {
      found = store.find(id);
      read.put(id, found);
    }
    return found;
  }
}
