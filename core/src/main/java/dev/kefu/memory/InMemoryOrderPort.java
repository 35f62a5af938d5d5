package dev.kefu.memory;

import dev.kefu.spi.order.OrderId;
import dev.kefu.spi.order.OrderPort;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An {@link OrderPort} that remembers what it was asked, for tests and for hosts that have not
 * wired their order system yet: closed orders, and prepaid re-placements named
 * {@code <order>-prepaid-<n>}. A repeated request key has no new effect.
 *
 * <p>Thread-safe.
 */
public final class InMemoryOrderPort implements OrderPort {

  private final Map<String, OrderId> replacements = new LinkedHashMap<>();
  private final Map<String, OrderId> closed = new LinkedHashMap<>();

  /** Creates a port that has been asked nothing. */
  public InMemoryOrderPort() {}

  @Override
  public synchronized void closeReplaced(OrderId replaced, OrderId replacement, String requestKey) {
    Objects.requireNonNull(replaced, "replaced");
    Objects.requireNonNull(replacement, "replacement");
    Objects.requireNonNull(requestKey, "requestKey");
    closed.putIfAbsent(requestKey, replaced);
  }

  @Override
  public synchronized OrderId replaceAsPrepaid(OrderId order, String requestKey) {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(requestKey, "requestKey");
    return replacements.computeIfAbsent(requestKey,
        k -> OrderId.of(order.value() + "-prepaid-" + (replacements.size() + 1)));
  }

  /** @return the orders closed as re-placed, once each, in the order asked */
  public synchronized List<OrderId> closedOrders() {
    return List.copyOf(closed.values());
  }

  /** @return the prepaid re-placements made, once each, in the order asked */
  public synchronized List<OrderId> prepaidReplacements() {
    return List.copyOf(replacements.values());
  }
}
