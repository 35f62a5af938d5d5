package dev.kefu.testkit.inmemory;

import dev.kefu.memory.InMemoryCustomerPresence;
import dev.kefu.memory.InMemoryOrderPort;
import dev.kefu.memory.InMemoryStock;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.order.CustomerPresence;
import dev.kefu.spi.order.OrderId;
import dev.kefu.spi.order.OrderPort;
import dev.kefu.spi.order.OutOfStockItem;
import dev.kefu.spi.order.StockPort;
import dev.kefu.testkit.contract.CustomerPresenceContract;
import dev.kefu.testkit.contract.OrderPortContract;
import dev.kefu.testkit.contract.StockPortContract;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;

/** kefu's in-memory order, stock and presence ports keep their contracts. */
class InMemoryOrderPortsContractTest {

  @Nested
  class OrderPortTest extends OrderPortContract {
    @Override
    protected OrderPort newPort() {
      return new InMemoryOrderPort();
    }

    @Override
    protected int timesClosed(OrderPort port, OrderId order) {
      return (int) ((InMemoryOrderPort) port).closedOrders().stream().filter(order::equals).count();
    }

    @Override
    protected int prepaidReplacements(OrderPort port, OrderId order) {
      return (int) ((InMemoryOrderPort) port).prepaidReplacements().stream()
          .filter(id -> id.value().startsWith(order.value() + "-prepaid-")).count();
    }
  }

  @Nested
  class StockTest extends StockPortContract {
    @Override
    protected StockPort newStock(Map<String, Integer> stock, LocalDate day, List<OutOfStockItem> outOfStock) {
      InMemoryStock s = new InMemoryStock();
      stock.forEach(s::put);
      return s.publishOutOfStock(day, outOfStock);
    }
  }

  @Nested
  class PresenceTest extends CustomerPresenceContract {
    @Override
    protected CustomerPresence newPresence(Set<CustomerId> online, java.time.Instant at) {
      InMemoryCustomerPresence p = new InMemoryCustomerPresence();
      online.forEach(p::online);
      return p;
    }
  }
}
