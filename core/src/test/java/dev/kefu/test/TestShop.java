package dev.kefu.test;

import dev.kefu.Kefu;
import dev.kefu.Origin;
import dev.kefu.customer.RegisterCustomer;
import dev.kefu.memory.InMemoryStaffDirectory;
import dev.kefu.memory.InMemoryStorage;
import dev.kefu.spi.Channel;
import dev.kefu.spi.customer.ContactPoint;
import dev.kefu.spi.customer.Customer;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.notification.DeliveryResult;
import dev.kefu.spi.notification.Notification;
import dev.kefu.spi.notification.NotificationChannel;
import dev.kefu.spi.staff.Role;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.staff.StaffMember;
import dev.kefu.spi.store.StaleVersionException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A small shop for tests: a supervisor over a team lead over two agents, a VIP agent, a QA, all
 * on one in-memory storage, with a clock the test moves and a channel that records what it sends.
 */
public final class TestShop {

  public static final Instant START = Instant.parse("2026-03-02T02:00:00Z"); // 10:00 in Shanghai
  public static final StaffId MANAGER = StaffId.of("gm");
  public static final StaffId SUPERVISOR = StaffId.of("sup");
  public static final StaffId LEAD = StaffId.of("lead");
  public static final StaffId AGENT = StaffId.of("agent-1");
  public static final StaffId AGENT_2 = StaffId.of("agent-2");
  public static final StaffId OTHER_LEAD = StaffId.of("lead-2");
  public static final StaffId OTHER_AGENT = StaffId.of("agent-3");
  public static final StaffId VIP_AGENT = StaffId.of("vip-1");
  public static final StaffId QA = StaffId.of("qa-1");

  public final MutableClock clock = new MutableClock(START);
  public final InMemoryStorage storage;
  public final InMemoryStaffDirectory staff;
  public final RecordingChannel channel = new RecordingChannel();
  public final Kefu kefu;

  public TestShop() {
    this(new InMemoryStorage(), b -> {});
  }

  public TestShop(InMemoryStorage storage, Consumer<Kefu.Builder> tweak) {
    this.storage = storage;
    this.staff = InMemoryStaffDirectory.of(List.of(
        member(MANAGER, Role.GENERAL_MANAGER, null),
        member(SUPERVISOR, Role.SUPERVISOR, MANAGER),
        member(LEAD, Role.TEAM_LEAD, SUPERVISOR),
        member(AGENT, Role.AGENT, LEAD),
        member(AGENT_2, Role.AGENT, LEAD),
        member(OTHER_LEAD, Role.TEAM_LEAD, SUPERVISOR),
        member(OTHER_AGENT, Role.AGENT, OTHER_LEAD),
        member(VIP_AGENT, Role.VIP_AGENT, SUPERVISOR),
        member(QA, Role.QA, SUPERVISOR)));
    Kefu.Builder b = Kefu.builder()
        .storage(storage)
        .staffDirectory(staff)
        .clock(clock)
        .fallbackNotificationChannel(channel);
    tweak.accept(b);
    this.kefu = b.build();
  }

  public static StaffMember member(StaffId id, Role role, StaffId lead) {
    StaffMember.Builder b = StaffMember.builder().id(id).name("Name of " + id.value()).role(role)
        .team(dev.kefu.spi.staff.TeamId.of(id.equals(OTHER_LEAD) || id.equals(OTHER_AGENT) ? "team-b" : "team-a"));
    if (lead != null) {
      b.reportsTo(lead);
    }
    return b.build();
  }

  public static Origin by(StaffId actor) {
    return Origin.of(actor);
  }

  public static RegisterCustomer registration(String id) {
    return RegisterCustomer.of(by(AGENT), CustomerId.of(id), "Zhang San",
        List.of(ContactPoint.of(Channel.SMS, "13812345678"), ContactPoint.of(Channel.EMAIL, "zhang@example.com")),
        "Zhejiang", ZoneId.of("Asia/Shanghai"));
  }

  public Customer register(String id) {
    return kefu.customers().register(registration(id));
  }

  /** Runs a command that must fail with a stale version; returns the exception. */
  public static StaleVersionException stale(Runnable r) {
    try {
      r.run();
    } catch (StaleVersionException e) {
      return e;
    }
    throw new AssertionError("expected a stale-version exception");
  }

  private int orderSeq;

  /** Records an order placed {@code ago} before now, in CNY. */
  public Customer order(String customerId, String amount, java.time.Duration ago) {
    int n = ++orderSeq;
    return kefu.customers().recordOrder(new dev.kefu.customer.RecordOrder("evt-" + n, CustomerId.of(customerId),
        "order-" + n, clock.instant().minus(ago), dev.kefu.spi.Money.of(amount, "CNY"), "shoes"));
  }

  /** Records an order in a category. */
  public Customer order(String customerId, String amount, java.time.Duration ago, String category) {
    int n = ++orderSeq;
    return kefu.customers().recordOrder(new dev.kefu.customer.RecordOrder("evt-" + n, CustomerId.of(customerId),
        "order-" + n, clock.instant().minus(ago), dev.kefu.spi.Money.of(amount, "CNY"), category));
  }

  public Map<String, Long> counts() {
    return storage.counts();
  }

  /** A channel that records every notification it accepts. */
  public static final class RecordingChannel implements NotificationChannel {
    public final List<Notification> sent = new CopyOnWriteArrayList<>();

    @Override
    public DeliveryResult send(Notification notification) {
      sent.add(notification);
      return DeliveryResult.delivered();
    }
  }
}
