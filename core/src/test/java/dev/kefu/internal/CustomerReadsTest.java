package dev.kefu.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.spi.customer.Customer;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.customer.CustomerQuery;
import dev.kefu.spi.customer.CustomerStore;
import dev.kefu.spi.store.Page;
import dev.kefu.spi.store.PageRequest;
import dev.kefu.test.TestShop;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A command attempt reads each customer once and sees that one version throughout. */
class CustomerReadsTest {

  /** A store that counts its reads and can be changed behind the reader's back. */
  private static final class CountingStore implements CustomerStore {
    final List<CustomerId> reads = new ArrayList<>();
    Optional<Customer> stored;

    CountingStore(Optional<Customer> stored) {
      this.stored = stored;
    }

    @Override
    public Optional<Customer> find(CustomerId id) {
      reads.add(id);
      return stored.filter(c -> c.id().equals(id));
    }

    @Override
    public Page<Customer> list(CustomerQuery query, PageRequest page) {
      throw new UnsupportedOperationException();
    }
  }

  @Test
  @DisplayName("the first read of a customer is the attempt's: later asks neither read again nor see a newer version")
  void readOnce() {
    TestShop shop = new TestShop();
    Customer c = shop.register("c-1");
    CountingStore store = new CountingStore(Optional.of(c));
    CustomerReads reads = new CustomerReads(store);

    assertThat(reads.find(c.id())).contains(c);
    store.stored = Optional.of(c.toBuilder().version(c.version() + 1).build()); // written meanwhile
    assertThat(reads.find(c.id())).as("the version this attempt read").contains(c);
    assertThat(reads.find(CustomerId.of("nobody"))).isEmpty();
    assertThat(reads.find(CustomerId.of("nobody"))).isEmpty();
    assertThat(store.reads).containsExactly(c.id(), CustomerId.of("nobody"));
    assertThat(new CustomerReads(store).find(c.id())).as("a new attempt reads afresh").contains(store.stored.orElseThrow());
  }
}
