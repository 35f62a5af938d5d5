package dev.kefu.testkit.broken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.kefu.memory.InMemoryStorage;
import dev.kefu.spi.store.Storage;
import dev.kefu.testkit.contract.ComplaintStoreContract;
import dev.kefu.testkit.contract.CustomerStoreContract;
import dev.kefu.testkit.contract.DueWorkContract;
import dev.kefu.testkit.contract.UnitOfWorkContract;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * Proves that the contract suites catch broken implementations: each suite runs, through the
 * JUnit Platform test kit, against a deliberately broken storage, and the tests of the broken rule
 * fail (exactly those, where the breakage is narrow) while the others still pass. The suites
 * against broken storages are static nested classes, which surefire never runs on their own.
 */
class ContractsCatchBrokenImplementationsTest {

  /** The UnitOfWork contract against a storage that ignores expected versions. Not run on its own. */
  static class LastWriterWinsUnitOfWork extends UnitOfWorkContract {
    @Override
    protected Storage newStorage() {
      return new LastWriterWinsStorage();
    }

    @Override
    protected int concurrentRounds() {
      return 10;
    }
  }

  /** The DueWork contract against a due-work port that ignores leases. Not run on its own. */
  static class LeaselessDueWork extends DueWorkContract {
    @Override
    protected Storage newStorage() {
      return new LeaselessDueWorkStorage();
    }

    @Override
    protected int competingRounds() {
      return 5;
    }
  }

  /** The CustomerStore contract against a store that sorts missing values as SQL does. Not run on its own. */
  static class SqlNullOrderCustomerStore extends CustomerStoreContract {
    @Override
    protected Storage newStorage() {
      return new SqlNullOrderStorage();
    }
  }

  /** The ComplaintStore contract against a store whose registration window includes its end. Not run on its own. */
  static class InclusiveWindowComplaintStore extends ComplaintStoreContract {
    @Override
    protected Storage newStorage() {
      return new InclusiveWindowComplaintStorage();
    }
  }

  /** The same suites against the correct in-memory storage, as a control. Not run on its own. */
  static class ControlUnitOfWork extends UnitOfWorkContract {
    @Override
    protected Storage newStorage() {
      return new InMemoryStorage();
    }

    @Override
    protected int concurrentRounds() {
      return 10;
    }
  }

  @Test
  @DisplayName("a storage that ignores expected versions fails exactly the version and concurrency tests of UnitOfWorkContract")
  void ignoringVersionsIsCaught() {
    EngineExecutionResults results = run(LastWriterWinsUnitOfWork.class);

    assertThat(methods(results.testEvents().failed())).containsExactlyInAnyOrder(
        "createExpectsVersionZero",
        "updateOfMissingAggregateIsStale",
        "updateNeedsTheStoredVersion",
        "staleUnitNamesEveryStaleAggregateAndWritesNothing",
        "staleUnitNamesEveryKindOfStalePart",
        "concurrentCommitsOfOneVersion");
    assertThat(methods(results.testEvents().succeeded())).containsExactlyInAnyOrder(
        "committedUnitIsVisible",
        "eventsAreReadInCommitOrder");
  }

  @Test
  @DisplayName("a due-work port that ignores leases fails the lease tests of DueWorkContract, the competing claimers among them")
  void ignoringLeasesIsCaught() {
    EngineExecutionResults results = run(LeaselessDueWork.class);

    assertThat(methods(results.testEvents().failed())).containsExactlyInAnyOrder(
        "competingClaimersNeverShareAnItem",
        "claimedItemIsNotHandedOutDuringTheLease",
        "claimTakesAtMostLimit",
        "claimGivesANewToken");
    assertThat(methods(results.testEvents().succeeded())).contains(
        "claimHandsOutOnlyDueItemsInOrder",
        "lapsedLeaseFencesTheFirstClaimer",
        "reschedulingReplacesTheItem",
        "completionRemovesTheItem",
        "cancelRemovesTheItem",
        "completeAndScheduleTheSameKey");
  }

  @Test
  @DisplayName("a customer store that sorts customers without a category first when descending fails exactly those orderings")
  void sqlNullOrderingIsCaught() {
    EngineExecutionResults results = run(SqlNullOrderCustomerStore.class);

    assertThat(displayNames(results.testEvents().failed())).containsExactlyInAnyOrder(
        "sorted by PRODUCT_CATEGORY DESCENDING",
        "all by product category, descending, pages of 1",
        "all by product category, descending, pages of 4",
        "all by product category, descending, pages of 7",
        "all by product category, descending, pages of 25");
    assertThat(displayNames(results.testEvents().succeeded()))
        .contains("sorted by PRODUCT_CATEGORY ASCENDING", "sorted by SALES_VOLUME DESCENDING")
        .hasSizeGreaterThan(40);
  }

  @Test
  @DisplayName("a complaint store whose registration window includes its end fails exactly the window queries that meet it")
  void inclusiveWindowIsCaught() {
    EngineExecutionResults results = run(InclusiveWindowComplaintStore.class);

    assertThat(displayNames(results.testEvents().failed())).containsExactlyInAnyOrder(
        "registered in [T0+1h, T0+3h): the window's start counts, its end does not",
        "registered in an empty window");
    assertThat(displayNames(results.testEvents().succeeded()))
        .contains("status REGISTERED", "customer c-1", "customer c-2, open, registered from T0+2h")
        .hasSizeGreaterThan(25);
  }

  @Test
  @DisplayName("the in-memory storage, run the same way, passes every UnitOfWorkContract test")
  void controlPasses() {
    EngineExecutionResults results = run(ControlUnitOfWork.class);

    assertThat(methods(results.testEvents().failed())).isEmpty();
    assertThat(methods(results.testEvents().succeeded())).hasSize(8);
  }

  private static EngineExecutionResults run(Class<?> suite) {
    return EngineTestKit.engine("junit-jupiter").selectors(selectClass(suite)).execute();
  }

  private static Set<String> displayNames(Events events) {
    Set<String> names = new TreeSet<>();
    events.stream().forEach(e -> names.add(e.getTestDescriptor().getDisplayName()));
    return names;
  }

  private static Set<String> methods(Events events) {
    Set<String> names = new TreeSet<>();
    events.stream().forEach(e -> e.getTestDescriptor().getSource()
        .filter(MethodSource.class::isInstance)
        .map(s -> ((MethodSource) s).getMethodName())
        .ifPresent(names::add));
    return names;
  }
}
