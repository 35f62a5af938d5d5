package dev.kefu.examples.backend;

import dev.kefu.Kefu;
import dev.kefu.jdbc.JdbcStorage;
import dev.kefu.memory.InMemoryStaffDirectory;
import dev.kefu.order.NegativeReviewDistributor;
import dev.kefu.order.OrderRules;
import dev.kefu.spi.IdSource;
import dev.kefu.spi.notification.DeliveryResult;
import dev.kefu.spi.notification.Notification;
import dev.kefu.spi.notification.NotificationChannel;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.staff.StaffMember;
import dev.kefu.spi.store.Storage;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The host application: the shop backend on its database, kefu wired to it, and the host's
 * scheduler work. This is the integration in one place:
 *
 * <ul>
 *   <li>kefu's order, stock and presence ports are the backend's JDBC implementations
 *       ({@link JdbcOrderPort}, {@link JdbcStock}, {@link JdbcCustomerPresence});
 *   <li>kefu's own stores — every port of {@link Storage}: customers, tickets, orders, SLA clocks,
 *       the event log, inbound keys, the outbox, due work and the rest — are tables in the same
 *       database ({@link JdbcStorage} over the
 *       backend's {@link javax.sql.DataSource}; {@link JdbcStorage#migrate()} creates its
 *       {@code kefu_*} tables beside the shop's own at start). kefu writes each decision in its own
 *       transaction, not in the backend's: the backend and kefu share the database, not
 *       transactions;
 *   <li>the backend's services never call kefu: they record order events in their own transaction,
 *       and {@link #tick()} — what the host's scheduler runs every minute — relays them to
 *       {@code kefu.orders().feed(...)}, runs kefu's due work and delivers its notifications.
 * </ul>
 *
 * <p>Not thread-safe as a whole (the demo drives it from one thread); the ports and kefu are.
 */
final class ShopHost implements AutoCloseable {

  /** The shop's zone. */
  static final ZoneId SHOP_ZONE = ZoneId.of("Asia/Shanghai");

  /** How recent a customer's activity must be to count as online for a payment reminder. */
  static final Duration ONLINE_WINDOW = Duration.ofMinutes(15);

  final ShopDatabase db;
  final OrderEventOutbox outbox;
  final ShopBackend backend;
  final JdbcOrderPort orderPort;
  final JdbcStock stock;
  final JdbcCustomerPresence presence;
  /** kefu's stores, in the backend's database; read them through {@link Storage} only. */
  final Storage kefuStorage;
  final SentMessages sent = new SentMessages();
  final Kefu kefu;

  /**
   * Opens a fresh database, creates kefu's tables in it and wires kefu to it.
   *
   * @param clock the clock the backend and kefu share
   * @param staff the shop's staff
   * @param lateShift who works the late shift (negative reviews go to them, TK-10)
   */
  ShopHost(Clock clock, List<StaffMember> staff, Set<StaffId> lateShift) {
    Objects.requireNonNull(clock, "clock");
    db = ShopDatabase.open("shop");
    outbox = new OrderEventOutbox(db, clock);
    backend = new ShopBackend(db, outbox, clock);
    orderPort = new JdbcOrderPort(db, backend, clock);
    stock = new JdbcStock(db);
    presence = new JdbcCustomerPresence(db, clock, ONLINE_WINDOW);
    try {
      kefuStorage = new JdbcStorage(db.dataSource()).migrate();
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
    kefu = Kefu.builder()
        .storage(kefuStorage)
        .staffDirectory(InMemoryStaffDirectory.of(staff))
        .orderPort(orderPort)
        .stockPort(stock)
        .customerPresence(presence)
        .orderRules(OrderRules.defaults()
            .withDistributor(NegativeReviewDistributor.leastLoadedOnLateShift(lateShift)))
        .fallbackNotificationChannel(sent)
        .clock(clock)
        .shopZone(SHOP_ZONE)
        .idSource(IdSource.seeded(6))
        .instanceId("shop-backend")
        .build();
  }

  /**
   * What the host's scheduler runs: relay the backend's new order events to kefu, run kefu's due
   * work, relay again (kefu's due work may have asked the backend to place an order, which records
   * an event), and deliver kefu's notifications.
   *
   * @return the events relayed
   */
  int tick() {
    int relayed = outbox.relayPending(kefu.orders()).relayed();
    kefu.runDueWork();
    relayed += outbox.relayPending(kefu.orders()).relayed();
    kefu.deliverNotifications();
    return relayed;
  }

  @Override
  public void close() {
    db.close();
  }

  /** The shop's message gateway, simulated: it delivers everything and remembers it. */
  static final class SentMessages implements NotificationChannel {

    private final List<Notification> sent = new ArrayList<>();

    @Override
    public synchronized DeliveryResult send(Notification notification) {
      sent.add(notification);
      return DeliveryResult.delivered();
    }

    /** @return everything delivered, in order */
    synchronized List<Notification> all() {
      return List.copyOf(sent);
    }
  }
}
