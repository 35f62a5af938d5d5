package dev.kefu.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.spi.Money;
import dev.kefu.spi.customer.Customer;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.customer.CustomerQuery;
import dev.kefu.spi.customer.CustomerSort;
import dev.kefu.spi.customer.CustomerStore;
import dev.kefu.spi.customer.OrderStatistics;
import dev.kefu.spi.customer.RelationshipStage;
import dev.kefu.spi.customer.Tier;
import dev.kefu.spi.customer.ValueSegment;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.store.AggregateWrite;
import dev.kefu.spi.store.PageRequest;
import dev.kefu.spi.store.SortDirection;
import dev.kefu.spi.store.Storage;
import dev.kefu.spi.store.UnitOfWork;
import dev.kefu.testkit.generators.Gen;
import dev.kefu.testkit.generators.KefuGenerators;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The contract of {@link CustomerStore}: {@code find} returns the latest committed version and
 * nothing before the commit; {@code list} filters exactly as {@link CustomerQuery#matcher()},
 * orders exactly as {@link CustomerSort#comparator()} (every field, both directions: customers
 * without a value last, ties by id), and pages without overlap or gap, with the right
 * {@code total} and {@code hasNext}.
 *
 * <p>Extend it and return a fresh, empty {@link Storage} from {@link #newStorage()}; customers are
 * written through its unit of work and read through its customer store. The suite stores about
 * 60 generated customers (a fixed seed, so every run sees the same ones) in shuffled id order,
 * with shared regions, owners, categories and spends so that ties occur.
 */
@Tag("kefu-contract")
@DisplayName("CustomerStore contract")
public abstract class CustomerStoreContract {

  private static final Currency CNY = Currency.getInstance("CNY");
  private static final List<StaffId> OWNERS = List.of(StaffId.of("s-1"), StaffId.of("s-2"), StaffId.of("s-3"));
  private static final int GENERATED = 60;

  private Storage storage;

  /** Creates the suite; JUnit calls it through the host's subclass. */
  protected CustomerStoreContract() {}

  /**
   * A new, empty storage; called before every test.
   *
   * @return the storage under test, never null
   */
  protected abstract Storage newStorage();

  /** Creates the storage under test. Called by JUnit. */
  @BeforeEach
  public final void createStorage() {
    storage = Objects.requireNonNull(newStorage(), "newStorage() returned null");
  }

  /** Nothing is found before it is committed. */
  @Test
  @DisplayName("find returns empty for a customer that was never committed")
  public void findIsEmptyBeforeCommit() {
    assertThat(storage.customers().find(CustomerId.of("c-001"))).isEmpty();
  }

  /** Every committed customer comes back equal. */
  @Test
  @DisplayName("find returns every committed customer exactly as it was written")
  public void findReturnsCommittedCustomers() {
    List<Customer> stored = seed();

    for (Customer c : stored) {
      assertThat(storage.customers().find(c.id())).as("find(%s)", c.id()).contains(c);
    }
  }

  /** The latest version wins. */
  @Test
  @DisplayName("find returns the latest committed version")
  public void findReturnsTheLatestVersion() {
    Customer v1 = seed().get(0);
    Customer v2 = Fixtures.nextVersion(v1, "Tibet");
    storage.unitOfWork().commit(UnitOfWork.builder().addWrites(AggregateWrite.update(v2)).build());

    assertThat(storage.customers().find(v1.id())).contains(v2);
  }

  /** The default query lists everyone by id. */
  @Test
  @DisplayName("list(all) returns every customer, by id, with the right total")
  public void listAllById() {
    List<Customer> stored = seed();

    var page = storage.customers().list(CustomerQuery.all(), PageRequest.first(PageRequest.MAX_LIMIT));

    assertThat(page.items()).extracting(c -> c.id().value()).containsExactlyElementsOf(expectedIds(stored, CustomerQuery.all()));
    assertThat(page.total()).isEqualTo(stored.size());
    assertThat(page.hasNext()).isFalse();
  }

  /**
   * Every sort field in both directions orders as the reference comparator.
   *
   * @return one test per field and direction
   */
  @TestFactory
  @DisplayName("list orders exactly as CustomerSort.comparator(), for every field in both directions")
  public Stream<DynamicTest> listOrdersAsTheComparator() {
    List<Customer> stored = seed();
    return Stream.of(CustomerSort.Field.values())
        .flatMap(field -> Stream.of(SortDirection.values()).map(direction -> new CustomerSort(field, direction)))
        .map(sort -> DynamicTest.dynamicTest("sorted by " + sort.field() + " " + sort.direction(), () -> {
          CustomerQuery query = CustomerQuery.all().sortedBy(sort);
          var page = storage.customers().list(query, PageRequest.first(PageRequest.MAX_LIMIT));
          assertThat(page.items()).extracting(c -> c.id().value()).as("ids in order")
              .containsExactlyElementsOf(expectedIds(stored, query));
        }));
  }

  /**
   * Every filter selects as the reference matcher.
   *
   * @return one test per query
   */
  @TestFactory
  @DisplayName("list filters exactly as CustomerQuery.matcher(): region, category, tier, segment, stage, owner, combined")
  public Stream<DynamicTest> listFiltersAsTheMatcher() {
    List<Customer> stored = seed();
    return queries(stored).entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
      CustomerQuery query = e.getValue();
      List<String> expected = expectedIds(stored, query);
      var page = storage.customers().list(query, PageRequest.first(PageRequest.MAX_LIMIT));
      assertThat(page.items()).extracting(c -> c.id().value()).as("matching ids, in order")
          .containsExactlyElementsOf(expected);
      assertThat(page.total()).as("total").isEqualTo(expected.size());
    }));
  }

  /**
   * Pages never overlap or skip, whatever the page size.
   *
   * @return one test per query and page size
   */
  @TestFactory
  @DisplayName("pages never overlap or skip, and total and hasNext are right on every page")
  public Stream<DynamicTest> pagesNeverOverlapOrSkip() {
    List<Customer> stored = seed();
    Map<String, CustomerQuery> queries = new LinkedHashMap<>();
    queries.put("all by region", CustomerQuery.all().sortedBy(CustomerSort.ascending(CustomerSort.Field.REGION)));
    queries.put("all by product category, descending",
        CustomerQuery.all().sortedBy(CustomerSort.descending(CustomerSort.Field.PRODUCT_CATEGORY)));
    queries.put("owner s-1 by sales volume, descending",
        CustomerQuery.all().withOwner(OWNERS.get(0)).sortedBy(CustomerSort.descending(CustomerSort.Field.SALES_VOLUME)));
    return queries.entrySet().stream().flatMap(e -> IntStream.of(1, 4, 7, 25).mapToObj(size ->
        DynamicTest.dynamicTest(e.getKey() + ", pages of " + size, () -> Paging.assertPagesWalk(
            e.getKey(), expectedIds(stored, e.getValue()), request -> storage.customers().list(e.getValue(), request),
            c -> c.id().value(), size))));
  }

  private static Map<String, CustomerQuery> queries(List<Customer> stored) {
    CustomerSort bySpend = CustomerSort.descending(CustomerSort.Field.SALES_VOLUME);
    CustomerQuery base = CustomerQuery.all().sortedBy(bySpend);
    Map<String, CustomerQuery> queries = new LinkedHashMap<>();
    stored.stream().map(Customer::region).distinct().sorted()
        .forEach(r -> queries.put("region " + r, base.withRegion(r)));
    queries.put("region nobody lives in", base.withRegion("Atlantis"));
    for (String category : List.of("shoes", "books", "no-such-category")) {
      queries.put("product category " + category, base.withProductCategory(category));
    }
    for (Tier tier : Tier.values()) {
      queries.put("tier " + tier, base.withTier(tier));
    }
    for (ValueSegment segment : ValueSegment.values()) {
      queries.put("segment " + segment, base.withSegment(segment));
    }
    for (RelationshipStage stage : RelationshipStage.values()) {
      queries.put("stage " + stage, base.withStage(stage));
    }
    for (StaffId owner : OWNERS) {
      queries.put("owner " + owner, base.withOwner(owner));
    }
    queries.put("owner nobody", base.withOwner(StaffId.of("s-nobody")));
    String region = stored.get(0).region();
    queries.put("tier MEMBER in " + region, base.withTier(Tier.MEMBER).withRegion(region));
    queries.put("stage RETURNING, owner s-1, ordered shoes",
        base.withStage(RelationshipStage.RETURNING).withOwner(OWNERS.get(0)).withProductCategory("shoes"));
    return queries;
  }

  private static List<String> expectedIds(List<Customer> stored, CustomerQuery query) {
    return stored.stream().filter(query.matcher()).sorted(query.sort().comparator()).map(c -> c.id().value()).toList();
  }

  /**
   * Stores the suite's customers, a few per unit of work, in shuffled id order: generated
   * customers sharing three owners, plus two without orders whose zero spends differ only in
   * scale.
   */
  private List<Customer> seed() {
    SplittableRandom random = new SplittableRandom(0x5eed_0005L);
    Gen<Customer> customers = KefuGenerators.customers(CNY, Gen.pick(OWNERS));
    List<Integer> numbers = new ArrayList<>(IntStream.rangeClosed(1, GENERATED).boxed().toList());
    Collections.shuffle(numbers, new Random(random.nextLong()));
    List<Customer> stored = new ArrayList<>();
    for (int n : numbers) {
      stored.add(customers.next(random).toBuilder().id(CustomerId.of("c-%03d".formatted(n))).version(1).build());
    }
    Customer template = customers.next(random);
    stored.add(template.toBuilder().id(CustomerId.of("c-900")).version(1)
        .orders(OrderStatistics.none(CNY)).stage(RelationshipStage.PROSPECTIVE).build());
    stored.add(template.toBuilder().id(CustomerId.of("c-090")).version(1)
        .orders(OrderStatistics.none(CNY).toBuilder().lifetimeSpend(new Money(new BigDecimal("0.00"), CNY)).build())
        .stage(RelationshipStage.PROSPECTIVE).build());
    for (int from = 0; from < stored.size(); from += 7) {
      UnitOfWork.Builder unit = UnitOfWork.builder();
      stored.subList(from, Math.min(stored.size(), from + 7)).forEach(c -> unit.addWrites(AggregateWrite.create(c)));
      storage.unitOfWork().commit(unit.build());
    }
    return List.copyOf(stored);
  }
}
