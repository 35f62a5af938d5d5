package dev.kefu.testkit.contract;

import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.revisit.Revisit;
import dev.kefu.spi.revisit.RevisitQuery;
import dev.kefu.spi.revisit.RevisitStore;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.store.Page;
import dev.kefu.spi.store.PageRequest;
import dev.kefu.spi.store.Storage;
import dev.kefu.testkit.generators.Gen;
import dev.kefu.testkit.generators.KefuGenerators;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;

/**
 * The contract of {@link RevisitStore}: {@code find} returns the latest committed revisit;
 * {@code list} filters exactly as {@link RevisitQuery#matcher()} (campaign, customer, statuses),
 * orders exactly as {@link RevisitQuery#ORDER} (scheduled time, then id) and pages without overlap
 * or gap. See {@link AggregateStoreContract} for every test.
 *
 * <p>Extend it and return a fresh, empty {@link Storage} from {@link #newStorage()}; revisits are
 * written through its unit of work and read through {@link Storage#revisits()}. The suite stores
 * 40 generated revisits in three campaigns, shared among four customers and scheduled at only
 * five different times.
 */
@Tag("kefu-contract")
@DisplayName("RevisitStore contract")
public abstract class RevisitStoreContract extends AggregateStoreContract<Revisit, RevisitQuery> {

  private static final List<String> CAMPAIGNS = List.of("complaint-revisits", "service-revisits", "member-2025-03");
  private static final List<CustomerId> CUSTOMERS =
      List.of(CustomerId.of("c-1"), CustomerId.of("c-2"), CustomerId.of("c-3"), CustomerId.of("c-4"));
  private static final List<Instant> SCHEDULED =
      IntStream.range(0, 5).mapToObj(d -> Fixtures.T0.plus(Duration.ofDays(d))).toList();

  /** Creates the suite; JUnit calls it through the host's subclass. */
  protected RevisitStoreContract() {}

  @Override
  final List<Revisit> generate(SplittableRandom random) {
    Gen<Revisit> revisits = KefuGenerators.revisits(Gen.pick(CAMPAIGNS), Gen.pick(CUSTOMERS),
        Gen.pick(List.of(StaffId.of("s-1"), StaffId.of("s-2"))), Gen.pick(SCHEDULED));
    return IntStream.rangeClosed(1, 40)
        .mapToObj(n -> revisits.next(random).toBuilder().id("rv-%03d".formatted(n)).version(1).build())
        .toList();
  }

  @Override
  final Revisit nextVersion(Revisit revisit) {
    return revisit.toBuilder().version(revisit.version() + 1).scheduledFor(revisit.scheduledFor().plus(Duration.ofHours(1)))
        .build();
  }

  @Override
  final Optional<Revisit> find(Storage storage, String id) {
    return storage.revisits().find(id);
  }

  @Override
  final Page<Revisit> list(Storage storage, RevisitQuery query, PageRequest page) {
    return storage.revisits().list(query, page);
  }

  @Override
  final RevisitQuery all() {
    return RevisitQuery.all();
  }

  @Override
  final Predicate<Revisit> matcher(RevisitQuery query) {
    return query.matcher();
  }

  @Override
  final Comparator<Revisit> order() {
    return RevisitQuery.ORDER;
  }

  @Override
  final Map<String, RevisitQuery> filters(List<Revisit> stored) {
    Map<String, RevisitQuery> queries = new LinkedHashMap<>();
    for (String campaign : CAMPAIGNS) {
      queries.put("campaign " + campaign, RevisitQuery.all().withCampaign(campaign));
    }
    queries.put("campaign without revisits", RevisitQuery.all().withCampaign("none"));
    for (CustomerId customer : CUSTOMERS) {
      queries.put("customer " + customer, RevisitQuery.all().withCustomer(customer));
    }
    for (Revisit.Status status : Revisit.Status.values()) {
      queries.put("status " + status, new RevisitQuery(Optional.empty(), Optional.empty(), EnumSet.of(status)));
    }
    queries.put("campaign member-2025-03, customer c-3, scheduled or unreachable",
        new RevisitQuery(Optional.of(CAMPAIGNS.get(2)), Optional.of(CUSTOMERS.get(2)),
            EnumSet.of(Revisit.Status.SCHEDULED, Revisit.Status.UNREACHABLE)));
    return queries;
  }

  @Override
  final long seed() {
    return 0x5eed_0e01L;
  }
}
