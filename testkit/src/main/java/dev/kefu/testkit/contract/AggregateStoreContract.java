package dev.kefu.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.kefu.spi.Aggregate;
import dev.kefu.spi.store.AggregateWrite;
import dev.kefu.spi.store.Page;
import dev.kefu.spi.store.PageRequest;
import dev.kefu.spi.store.StaleVersionException;
import dev.kefu.spi.store.Storage;
import dev.kefu.spi.store.UnitOfWork;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * What every read store of an aggregate promises: {@code find} returns the latest committed
 * version and nothing before the commit or after a stale commit; {@code list} filters exactly as
 * the query's reference matcher, orders exactly as the query's reference order, and pages without
 * overlap or gap, with the right {@code total} and {@code hasNext}.
 *
 * <p>The suites for the single stores ({@link ComplaintStoreContract}, {@link RevisitStoreContract},
 * {@link SlaClockStoreContract}) extend this class and say how to generate, read and query their
 * aggregate; hosts extend those suites, not this class. The stored aggregates are written in
 * shuffled id order, a few per unit of work, and share small pools of owners and times so that
 * filters select several and orderings meet ties.
 *
 * @param <T> the aggregate
 * @param <Q> its query
 */
public abstract class AggregateStoreContract<T extends Aggregate, Q> {

  private static final int UNIT_SIZE = 6;

  private Storage storage;

  /** Only the suites of this package extend it. */
  AggregateStoreContract() {}

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

  // ---- what a suite says about its aggregate ------------------------------------------------

  /** The aggregates to store, with distinct ids and version 1; the same on every call. */
  abstract List<T> generate(SplittableRandom random);

  /** The next version of an aggregate, different from it in a field a reader can see. */
  abstract T nextVersion(T aggregate);

  abstract Optional<T> find(Storage storage, String id);

  abstract Page<T> list(Storage storage, Q query, PageRequest page);

  abstract Q all();

  abstract Predicate<T> matcher(Q query);

  abstract Comparator<T> order();

  /** Queries for the filter test, by name; each filter alone and some combined. */
  abstract Map<String, Q> filters(List<T> stored);

  /** The seed of the suite's aggregates. */
  abstract long seed();

  // ---- the contract -------------------------------------------------------------------------

  /** Nothing is found before it is committed. */
  @Test
  @DisplayName("find returns empty for an id that was never committed")
  public void findIsEmptyBeforeCommit() {
    T first = generate(new SplittableRandom(seed())).get(0);
    assertThat(find(storage, first.aggregateId())).isEmpty();
  }

  /** Every committed aggregate comes back equal. */
  @Test
  @DisplayName("find returns every committed aggregate exactly as it was written")
  public void findReturnsCommittedAggregates() {
    for (T a : stored()) {
      assertThat(find(storage, a.aggregateId())).as("find(%s)", a.aggregateId()).contains(a);
    }
  }

  /** The latest version wins. */
  @Test
  @DisplayName("find returns the latest committed version")
  public void findReturnsTheLatestVersion() {
    T v1 = stored().get(0);
    T v2 = nextVersion(v1);
    storage.unitOfWork().commit(UnitOfWork.builder().addWrites(AggregateWrite.update(v2)).build());

    assertThat(find(storage, v1.aggregateId())).contains(v2);
  }

  /** A stale unit of work leaves the store as it was. */
  @Test
  @DisplayName("a stale unit changes nothing: find still returns the version before it")
  public void staleCommitChangesNothing() {
    List<T> stored = stored();
    T v1 = stored.get(0);
    T stale = stored.get(1);
    UnitOfWork unit = UnitOfWork.builder()
        .addWrites(AggregateWrite.update(nextVersion(v1)))
        .addWrites(AggregateWrite.create(stale))
        .build();

    StaleVersionException e = catchThrowableOfType(StaleVersionException.class, () -> storage.unitOfWork().commit(unit));

    assertThat(e).as("creating an aggregate that exists must throw StaleVersionException").isNotNull();
    assertThat(find(storage, v1.aggregateId())).as("the other write of the stale unit").contains(v1);
    assertThat(list(storage, all(), PageRequest.first(PageRequest.MAX_LIMIT)).items()).containsExactlyElementsOf(expected(stored, all()));
  }

  /** The unfiltered query lists everything in the reference order. */
  @Test
  @DisplayName("list(all) returns every aggregate in the reference order, with the right total")
  public void listAllInOrder() {
    List<T> stored = stored();

    Page<T> page = list(storage, all(), PageRequest.first(PageRequest.MAX_LIMIT));

    assertThat(ids(page.items())).containsExactlyElementsOf(ids(expected(stored, all())));
    assertThat(page.total()).isEqualTo(stored.size());
    assertThat(page.hasNext()).isFalse();
  }

  /**
   * Every filter selects as the reference matcher.
   *
   * @return one test per query
   */
  @TestFactory
  @DisplayName("list filters exactly as the query's matcher, each filter alone and combined")
  public Stream<DynamicTest> listFiltersAsTheMatcher() {
    List<T> stored = stored();
    return filters(stored).entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
      List<String> expected = ids(expected(stored, e.getValue()));
      Page<T> page = list(storage, e.getValue(), PageRequest.first(PageRequest.MAX_LIMIT));
      assertThat(ids(page.items())).as("matching ids, in order").containsExactlyElementsOf(expected);
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
    List<T> stored = stored();
    Map<String, Q> queries = new LinkedHashMap<>();
    queries.put("all", all());
    filters(stored).entrySet().stream().limit(2).forEach(e -> queries.put(e.getKey(), e.getValue()));
    return queries.entrySet().stream().flatMap(e -> IntStream.of(1, 3, 8, 20).mapToObj(size ->
        DynamicTest.dynamicTest(e.getKey() + ", pages of " + size, () -> Paging.assertPagesWalk(e.getKey(),
            ids(expected(stored, e.getValue())), request -> list(storage, e.getValue(), request), Aggregate::aggregateId, size))));
  }

  // ---- helpers ------------------------------------------------------------------------------

  private List<T> expected(List<T> stored, Q query) {
    return stored.stream().filter(matcher(query)).sorted(order()).toList();
  }

  private static <T extends Aggregate> List<String> ids(List<T> aggregates) {
    return aggregates.stream().map(Aggregate::aggregateId).toList();
  }

  /** Stores the suite's aggregates, a few per unit of work, in shuffled order. */
  private List<T> stored() {
    SplittableRandom random = new SplittableRandom(seed());
    List<T> all = new ArrayList<>(generate(random));
    Collections.shuffle(all, new Random(random.nextLong()));
    for (int from = 0; from < all.size(); from += UNIT_SIZE) {
      UnitOfWork.Builder unit = UnitOfWork.builder();
      all.subList(from, Math.min(all.size(), from + UNIT_SIZE)).forEach(a -> unit.addWrites(AggregateWrite.create(a)));
      storage.unitOfWork().commit(unit.build());
    }
    return List.copyOf(all);
  }
}
