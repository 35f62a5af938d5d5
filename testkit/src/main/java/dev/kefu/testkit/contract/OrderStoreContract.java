package dev.kefu.testkit.contract;

import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.order.Order;
import dev.kefu.spi.order.OrderId;
import dev.kefu.spi.order.OrderQuery;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.store.Page;
import dev.kefu.spi.store.PageRequest;
import dev.kefu.spi.store.Storage;
import dev.kefu.testkit.generators.Gen;
import dev.kefu.testkit.generators.KefuGenerators;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Currency;
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
 * The contract of {@link dev.kefu.spi.order.OrderStore}: {@code find} returns the latest committed
 * order; {@code list} filters exactly as {@link OrderQuery#matcher()} (customer, taken by, the
 * placement window {@code [from, before)}, awaiting payment), orders exactly as
 * {@link OrderQuery#ORDER} (id) and pages without overlap or gap. See
 * {@link AggregateStoreContract} for every test.
 *
 * <p>Extend it and return a fresh, empty {@link Storage} from {@link #newStorage()}; orders are
 * written through its unit of work and read through {@link Storage#orders()}. The suite stores 40
 * generated orders of three customers, placed at only four different times (some not placed).
 */
@Tag("kefu-contract")
@DisplayName("OrderStore contract")
public abstract class OrderStoreContract extends AggregateStoreContract<Order, OrderQuery> {

  private static final List<CustomerId> CUSTOMERS = List.of(CustomerId.of("c-1"), CustomerId.of("c-2"), CustomerId.of("c-3"));
  private static final List<Optional<StaffId>> TAKERS = List.of(Optional.empty(), Optional.of(StaffId.of("s-1")),
      Optional.of(StaffId.of("s-2")));
  private static final List<Instant> PLACED = IntStream.range(0, 4).mapToObj(h -> Fixtures.T0.plus(Duration.ofHours(h))).toList();

  /** Creates the suite; JUnit calls it through the host's subclass. */
  protected OrderStoreContract() {}

  @Override
  final List<Order> generate(SplittableRandom random) {
    Gen<Order> orders = KefuGenerators.orders(Gen.constant(OrderId.of("x")), Gen.pick(CUSTOMERS), Gen.pick(TAKERS),
        Gen.pick(PLACED), Currency.getInstance("CNY"));
    return IntStream.rangeClosed(1, 40)
        .mapToObj(n -> orders.next(random).toBuilder().id(OrderId.of("o-%03d".formatted(n))).build())
        .toList();
  }

  @Override
  final Order nextVersion(Order order) {
    return order.toBuilder().version(order.version() + 1).paymentReminded(!order.paymentReminded()).build();
  }

  @Override
  final Optional<Order> find(Storage storage, String id) {
    return storage.orders().find(OrderId.of(id));
  }

  @Override
  final Page<Order> list(Storage storage, OrderQuery query, PageRequest page) {
    return storage.orders().list(query, page);
  }

  @Override
  final OrderQuery all() {
    return OrderQuery.all();
  }

  @Override
  final Predicate<Order> matcher(OrderQuery query) {
    return query.matcher();
  }

  @Override
  final Comparator<Order> order() {
    return OrderQuery.ORDER;
  }

  @Override
  final Map<String, OrderQuery> filters(List<Order> stored) {
    Map<String, OrderQuery> queries = new LinkedHashMap<>();
    for (CustomerId c : CUSTOMERS) {
      queries.put("customer " + c, OrderQuery.all().withCustomer(c));
    }
    queries.put("taken by s-1", OrderQuery.all().withTakenBy(StaffId.of("s-1")));
    queries.put("awaiting payment", OrderQuery.all().awaitingPaymentOnly());
    queries.put("placed in [T0+1h, T0+3h), both ends met", OrderQuery.all().placedBetween(PLACED.get(1), PLACED.get(3)));
    queries.put("customer c-2, awaiting payment, placed from T0 before T0+2h",
        OrderQuery.all().withCustomer(CUSTOMERS.get(1)).awaitingPaymentOnly().placedBetween(PLACED.get(0), PLACED.get(2)));
    return queries;
  }

  @Override
  final long seed() {
    return 0x5eed_0de5L;
  }
}
