package dev.kefu.bench;

import dev.kefu.memory.InMemoryStorage;
import dev.kefu.spi.customer.Customer;
import dev.kefu.spi.customer.CustomerQuery;
import dev.kefu.spi.customer.CustomerSort;
import dev.kefu.spi.store.AggregateWrite;
import dev.kefu.spi.store.Page;
import dev.kefu.spi.store.PageRequest;
import dev.kefu.spi.store.UnitOfWork;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * CU-5: the top 50 customer files by sales volume, listed through {@link InMemoryStorage}'s
 * customer store, against a baseline that copies the same customers into an {@code ArrayList},
 * sorts it with the same comparator and takes the first 50. The ratio is the store's overhead:
 * its read lock, the query filter and the extra copies.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class CustomerListingBenchmark {

  /** How many customer files the store holds. */
  @Param({"1000", "10000"})
  public int customers;

  private InMemoryStorage storage;
  private List<Customer> files;
  private CustomerQuery query;
  private Comparator<Customer> order;
  private PageRequest top50;

  /** Fills the store and the baseline's list with the same customers. */
  @Setup
  public void setUp() {
    files = Shoppers.generate(customers, 42).stream().map(Shoppers.Shopper::customer).toList();
    storage = new InMemoryStorage();
    UnitOfWork.Builder work = UnitOfWork.builder();
    files.forEach(c -> work.addWrites(AggregateWrite.create(c)));
    storage.unitOfWork().commit(work.build());
    query = CustomerQuery.all().sortedBy(CustomerSort.descending(CustomerSort.Field.SALES_VOLUME));
    order = query.sort().comparator();
    top50 = PageRequest.first(50);
    List<Customer> fromStore = store().items();
    List<Customer> fromBaseline = baseline();
    if (!fromStore.equals(fromBaseline)) {
      throw new IllegalStateException("the store and the baseline list different customers");
    }
  }

  /**
   * The store lists the page.
   *
   * @return the page
   */
  @Benchmark
  public Page<Customer> store() {
    return storage.customers().list(query, top50);
  }

  /**
   * A plain list is copied, sorted with the same comparator and cut.
   *
   * @return the first 50
   */
  @Benchmark
  public List<Customer> baseline() {
    List<Customer> copy = new ArrayList<>(files);
    copy.sort(order);
    return List.copyOf(copy.subList(0, Math.min(50, copy.size())));
  }
}
