package dev.kefu.examples.backend;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.Kefu;
import dev.kefu.Origin;
import dev.kefu.customer.RegisterCustomer;
import dev.kefu.examples.SimulatedClock;
import dev.kefu.jdbc.JdbcStorage;
import dev.kefu.memory.InMemoryStaffDirectory;
import dev.kefu.spi.Channel;
import dev.kefu.spi.Money;
import dev.kefu.spi.customer.ContactPoint;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.event.StoredEvent;
import dev.kefu.spi.order.LineItem;
import dev.kefu.spi.order.Order;
import dev.kefu.spi.order.OrderId;
import dev.kefu.spi.order.OrderTask;
import dev.kefu.spi.order.PaymentMethod;
import dev.kefu.spi.staff.Role;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.staff.StaffMember;
import dev.kefu.spi.store.PageRequest;
import dev.kefu.spi.store.Storage;
import dev.kefu.spi.ticket.Ticket;
import dev.kefu.spi.ticket.TicketId;
import dev.kefu.spi.ticket.TicketKind;
import dev.kefu.spi.ticket.TicketQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * kefu's own state is in the backend's H2 database (kefu-jdbc), beside the shop's tables: read
 * there with plain SQL it is what kefu reports, and a second kefu over the same data source finds
 * it.
 */
@DisplayName("kefu's stores in the backend's database")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KefuInShopDatabaseTest {

  private DemoDay day;
  private Kefu kefu;

  @BeforeAll
  void runTheDay() {
    day = DemoDay.run();
    kefu = day.host.kefu;
  }

  @AfterAll
  void close() {
    day.close();
  }

  private DataSource dataSource() {
    return day.host.db.dataSource();
  }

  /** Runs a query on a connection of its own, outside the example's helpers; returns its first column. */
  private List<String> strings(String sql, String... parameters) {
    try (Connection c = dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setString(i + 1, parameters[i]);
      }
      try (ResultSet r = s.executeQuery()) {
        List<String> values = new ArrayList<>();
        while (r.next()) {
          values.add(r.getString(1));
        }
        return values;
      }
    } catch (SQLException e) {
      throw new AssertionError(sql, e);
    }
  }

  private long count(String sql, String... parameters) {
    return Long.parseLong(strings(sql, parameters).get(0));
  }

  /** @return every ticket kefu lists, through the facade, page by page */
  private List<Ticket> ticketsKefuLists(Kefu k) {
    List<Ticket> all = new ArrayList<>();
    PageRequest page = PageRequest.first(2);
    while (true) {
      var p = k.tickets().list(TicketQuery.all(), page);
      all.addAll(p.items());
      if (!p.hasNext()) {
        return all;
      }
      page = page.next();
    }
  }

  private static List<StoredEvent> events(Storage storage) {
    List<StoredEvent> all = new ArrayList<>();
    long after = 0;
    List<StoredEvent> batch;
    while (!(batch = storage.eventLog().readAfter(after, 7)).isEmpty()) {
      all.addAll(batch);
      after = batch.get(batch.size() - 1).position();
    }
    return all;
  }

  @Test
  @DisplayName("kefu's tables are in the shop's database, in the shop's schema, beside its orders and order events")
  void tablesSideBySide() {
    List<String> tables = strings("SELECT LOWER(table_name) FROM information_schema.tables"
        + " WHERE table_schema = CURRENT_SCHEMA AND table_type = 'BASE TABLE'");

    assertThat(tables).contains("orders", "order_events", "customers", "order_port_requests")
        .contains("kefu_customer", "kefu_ticket", "kefu_aggregate", "kefu_event", "kefu_inbound_key", "kefu_outbox",
            "kefu_due");
  }

  @Test
  @DisplayName("the rows of kefu_ticket are the tickets kefu lists, which are the tickets of the orders' tasks")
  void ticketsInTheTable() {
    Set<String> inTable = new HashSet<>(strings("SELECT id FROM kefu_ticket"));
    Set<String> listed = ticketsKefuLists(kefu).stream().map(t -> t.id().value()).collect(Collectors.toSet());
    Set<String> ofTasks = day.backendOrders().stream()
        .flatMap(id -> kefu.orders().find(id).orElseThrow().tasks().stream())
        .map(t -> t.ticket().value()).collect(Collectors.toSet());

    assertThat(inTable).isNotEmpty().isEqualTo(listed).isEqualTo(ofTasks);
    assertThat(count("SELECT COUNT(*) FROM kefu_ticket")).isEqualTo(StoreCounts.of(day.host.kefuStorage).get("tickets"));
    // the day's ticket rules: the COD confirmation, the large order, the dispute, the negative review
    assertThat(strings("SELECT kind FROM kefu_ticket ORDER BY kind")).containsExactly(
        TicketKind.COD_CONFIRMATION.name(), TicketKind.NEGATIVE_REVIEW.name(), TicketKind.ORDER_HANDLING.name(),
        TicketKind.PLATFORM_DISPUTE.name());
  }

  @Test
  @DisplayName("the rows of kefu_event are kefu's event log, event for event")
  void eventsInTheTable() {
    List<StoredEvent> log = events(day.host.kefuStorage);
    List<String> inTable = strings("SELECT event_id FROM kefu_event ORDER BY position");

    assertThat(log).hasSizeGreaterThan(7); // more than one page of the log
    assertThat(inTable).hasSize(log.size())
        .isEqualTo(log.stream().map(e -> e.event().eventId().toString()).toList());
    assertThat(count("SELECT COUNT(*) FROM kefu_event")).isEqualTo(StoreCounts.of(day.host.kefuStorage).get("events"));
    // every ticket kefu opened has its events in the table
    for (String ticket : strings("SELECT id FROM kefu_ticket")) {
      assertThat(count("SELECT COUNT(*) FROM kefu_event WHERE aggregate_type = ? AND aggregate_id = ?", Ticket.TYPE, ticket))
          .as(ticket).isPositive();
    }
  }

  @Test
  @DisplayName("kefu's customers and orders join the shop's customers and orders, id for id, in one query")
  void joinsTheShopsTables() {
    List<String> shopOrders = strings("SELECT id FROM orders ORDER BY id");
    List<String> joined = strings("SELECT o.id FROM orders o JOIN kefu_aggregate a"
        + " ON a.aggregate_type = ? AND a.aggregate_id = o.id ORDER BY o.id", Order.TYPE);
    List<String> customersJoined = strings("SELECT c.id FROM customers c JOIN kefu_customer k ON k.id = c.id ORDER BY c.id");

    assertThat(shopOrders).hasSize(6);
    assertThat(joined).isEqualTo(shopOrders);
    assertThat(customersJoined).containsExactly(DemoDay.C1.value(), DemoDay.C2.value(), DemoDay.C3.value(),
        DemoDay.C4.value(), DemoDay.C5.value());
    // every ticket row names a customer the shop has
    assertThat(count("SELECT COUNT(*) FROM kefu_ticket t LEFT JOIN customers c ON c.id = t.customer_id WHERE c.id IS NULL"))
        .isZero();
  }

  @Test
  @DisplayName("a second kefu on a new JdbcStorage over the same data source finds the same customers, tickets and orders")
  void secondKefuFindsTheSameState() {
    var rowsBefore = day.kefuTables();
    JdbcStorage again = new JdbcStorage(dataSource()).migrate(); // idempotent: creates nothing, drops nothing
    Kefu second = Kefu.builder().storage(again)
        .staffDirectory(InMemoryStaffDirectory.of(DemoDay.staff()))
        .clock(day.clock).shopZone(ShopHost.SHOP_ZONE).instanceId("second-host").build();

    assertThat(day.kefuTables()).isEqualTo(rowsBefore);
    List<Ticket> first = ticketsKefuLists(kefu);
    assertThat(first).hasSize(4);
    assertThat(ticketsKefuLists(second)).isEqualTo(first);
    for (Ticket t : first) {
      assertThat(second.tickets().find(t.id())).contains(t);
      assertThat(second.sla().clocks(t.id())).isEqualTo(kefu.sla().clocks(t.id()));
    }
    for (OrderId id : day.backendOrders()) {
      assertThat(second.orders().find(id)).isEqualTo(kefu.orders().find(id)).isPresent();
    }
    for (CustomerId c : List.of(DemoDay.C1, DemoDay.C2, DemoDay.C3, DemoDay.C4, DemoDay.C5)) {
      assertThat(second.customers().find(DemoDay.MANAGER, c)).isEqualTo(kefu.customers().find(DemoDay.MANAGER, c)).isPresent();
    }
    assertThat(StoreCounts.of(again)).isEqualTo(StoreCounts.of(day.host.kefuStorage));
    assertThat(second.tickets().find(TicketId.of(UUID.randomUUID().toString()))).isEmpty();
  }

  @Test
  @DisplayName("an order the backend writes is in kefu's tables only after the relay; then both rows are in one database")
  void orderWriteAndKefuTablesCoexist() {
    SimulatedClock clock = new SimulatedClock(DemoDay.at(LocalTime.of(9, 0)), ShopHost.SHOP_ZONE);
    StaffId agent = StaffId.of("agent-1");
    CustomerId customer = CustomerId.of("c-1");
    try (ShopHost host = new ShopHost(clock, List.of(StaffMember.builder().id(agent).name("Agent").role(Role.AGENT).build()),
        Set.of(agent))) {
      host.backend.registerCustomer(customer, "Customer");
      host.kefu.customers().register(RegisterCustomer.of(Origin.of(agent), customer, "Customer",
          List.of(ContactPoint.of(Channel.SMS, "13800000001")), "Zhejiang", ShopHost.SHOP_ZONE));
      host.stock.count("SKU-1", 5, Optional.empty());
      OrderId order = host.backend.placeOrder(customer, PaymentMethod.CASH_ON_DELIVERY,
          List.of(new LineItem("SKU-1", "tea", 1, Money.of("20.00", "CNY"))), Optional.empty());
      String inBoth = "SELECT COUNT(*) FROM orders o JOIN kefu_aggregate a ON a.aggregate_type = ? AND a.aggregate_id = o.id"
          + " WHERE o.id = ?";

      assertThat(countIn(host, "SELECT COUNT(*) FROM orders WHERE id = ?", order.value())).isEqualTo(1);
      assertThat(countIn(host, inBoth, Order.TYPE, order.value())).as("kefu has not heard of it yet").isZero();
      assertThat(countIn(host, "SELECT COUNT(*) FROM kefu_ticket")).isZero();

      assertThat(host.tick()).isEqualTo(1);

      assertThat(countIn(host, inBoth, Order.TYPE, order.value())).isEqualTo(1);
      OrderTask cod = host.kefu.orders().find(order).orElseThrow().tasks().get(0);
      assertThat(cod.kind()).isEqualTo(TicketKind.COD_CONFIRMATION);
      assertThat(countIn(host, "SELECT COUNT(*) FROM kefu_ticket t JOIN orders o ON o.customer_id = t.customer_id"
          + " WHERE t.id = ? AND o.id = ?", cod.ticket().value(), order.value())).isEqualTo(1);
      assertThat(countIn(host, "SELECT COUNT(*) FROM order_events WHERE order_id = ? AND relayed_at IS NOT NULL",
          order.value())).isEqualTo(1);
    }
  }

  private static long countIn(ShopHost host, String sql, String... parameters) {
    return host.db.inTransaction(c -> {
      try (PreparedStatement s = c.prepareStatement(sql)) {
        for (int i = 0; i < parameters.length; i++) {
          s.setString(i + 1, parameters[i]);
        }
        try (ResultSet r = s.executeQuery()) {
          r.next();
          return r.getLong(1);
        }
      }
    });
  }
}
