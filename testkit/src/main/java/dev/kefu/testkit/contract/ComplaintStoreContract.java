package dev.kefu.testkit.contract;

import dev.kefu.spi.complaint.Complaint;
import dev.kefu.spi.complaint.ComplaintId;
import dev.kefu.spi.complaint.ComplaintQuery;
import dev.kefu.spi.complaint.ComplaintStatus;
import dev.kefu.spi.complaint.ComplaintStore;
import dev.kefu.spi.customer.CustomerId;
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
 * The contract of {@link ComplaintStore}: {@code find} returns the latest committed complaint;
 * {@code list} filters exactly as {@link ComplaintQuery#matcher()} (customer, statuses,
 * registration window), orders exactly as {@link ComplaintQuery#ORDER} (registration time, then
 * id) and pages without overlap or gap. See {@link AggregateStoreContract} for every test.
 *
 * <p>Extend it and return a fresh, empty {@link Storage} from {@link #newStorage()}; complaints
 * are written through its unit of work and read through {@link Storage#complaints()}. The suite
 * stores 40 generated complaints in every status, shared among four customers and registered at
 * only six different times.
 */
@Tag("kefu-contract")
@DisplayName("ComplaintStore contract")
public abstract class ComplaintStoreContract extends AggregateStoreContract<Complaint, ComplaintQuery> {

  private static final List<CustomerId> CUSTOMERS =
      List.of(CustomerId.of("c-1"), CustomerId.of("c-2"), CustomerId.of("c-3"), CustomerId.of("c-4"));
  private static final List<Instant> REGISTERED =
      IntStream.range(0, 6).mapToObj(h -> Fixtures.T0.plus(Duration.ofHours(h))).toList();

  /** Creates the suite; JUnit calls it through the host's subclass. */
  protected ComplaintStoreContract() {}

  @Override
  final List<Complaint> generate(SplittableRandom random) {
    Gen<Complaint> complaints = KefuGenerators.complaints(Gen.pick(CUSTOMERS),
        Gen.pick(List.of(StaffId.of("s-1"), StaffId.of("s-2"))), Gen.pick(REGISTERED));
    return IntStream.rangeClosed(1, 40)
        .mapToObj(n -> complaints.next(random).toBuilder().id(ComplaintId.of("cp-%03d".formatted(n))).version(1).build())
        .toList();
  }

  @Override
  final Complaint nextVersion(Complaint complaint) {
    return complaint.toBuilder().version(complaint.version() + 1).refusals(complaint.refusals() + 1).build();
  }

  @Override
  final Optional<Complaint> find(Storage storage, String id) {
    return storage.complaints().find(ComplaintId.of(id));
  }

  @Override
  final Page<Complaint> list(Storage storage, ComplaintQuery query, PageRequest page) {
    return storage.complaints().list(query, page);
  }

  @Override
  final ComplaintQuery all() {
    return ComplaintQuery.all();
  }

  @Override
  final Predicate<Complaint> matcher(ComplaintQuery query) {
    return query.matcher();
  }

  @Override
  final Comparator<Complaint> order() {
    return ComplaintQuery.ORDER;
  }

  @Override
  final Map<String, ComplaintQuery> filters(List<Complaint> stored) {
    Map<String, ComplaintQuery> queries = new LinkedHashMap<>();
    queries.put("customer c-1", ComplaintQuery.all().withCustomer(CUSTOMERS.get(0)));
    queries.put("open complaints", ComplaintQuery.all().withStatuses(EnumSet.complementOf(
        EnumSet.of(ComplaintStatus.REJECTED, ComplaintStatus.REVIEWED, ComplaintStatus.ARCHIVED))));
    for (CustomerId customer : CUSTOMERS.subList(1, CUSTOMERS.size())) {
      queries.put("customer " + customer, ComplaintQuery.all().withCustomer(customer));
    }
    queries.put("customer without complaints", ComplaintQuery.all().withCustomer(CustomerId.of("c-none")));
    for (ComplaintStatus status : ComplaintStatus.values()) {
      queries.put("status " + status, ComplaintQuery.all().withStatuses(EnumSet.of(status)));
    }
    queries.put("registered in [T0+1h, T0+3h): the window's start counts, its end does not",
        ComplaintQuery.all().registeredBetween(REGISTERED.get(1), REGISTERED.get(3)));
    queries.put("registered in an empty window", ComplaintQuery.all().registeredBetween(REGISTERED.get(2), REGISTERED.get(2)));
    queries.put("customer c-2, open, registered from T0+2h", ComplaintQuery.all().withCustomer(CUSTOMERS.get(1))
        .withStatuses(EnumSet.range(ComplaintStatus.INVESTIGATING, ComplaintStatus.REVISITED))
        .registeredBetween(REGISTERED.get(2), Fixtures.T0.plus(Duration.ofDays(1))));
    return queries;
  }

  @Override
  final long seed() {
    return 0x5eed_0c01L;
  }
}
