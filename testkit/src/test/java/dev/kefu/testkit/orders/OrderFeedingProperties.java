package dev.kefu.testkit.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.kefu.Kefu;
import dev.kefu.Origin;
import dev.kefu.customer.RegisterCustomer;
import dev.kefu.memory.InMemoryStaffDirectory;
import dev.kefu.memory.InMemoryStorage;
import dev.kefu.spi.Channel;
import dev.kefu.spi.customer.ContactPoint;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.order.Order;
import dev.kefu.spi.order.OrderEvent;
import dev.kefu.spi.order.OrderId;
import dev.kefu.spi.staff.Role;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.staff.StaffMember;
import dev.kefu.spi.store.PageRequest;
import dev.kefu.spi.ticket.TicketQuery;
import dev.kefu.testkit.generators.KefuGenerators;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Feeding order events is idempotent and tolerant of order (issue 6): a generated event stream fed
 * twice, or shuffled within each order, yields the same tasks and flags as fed once in order.
 */
@DisplayName("Order feeding: idempotent and order-tolerant (TK-6, TK-8, TK-10, TK-5)")
class OrderFeedingProperties {

  private static final Instant START = Instant.parse("2026-03-02T02:00:00Z");
  private static final List<StaffId> AGENTS = List.of(StaffId.of("a-1"), StaffId.of("a-2"));
  private static final List<CustomerId> CUSTOMERS = List.of(CustomerId.of("c-1"), CustomerId.of("c-2"));

  private static Kefu kefu() {
    List<StaffMember> staff = new ArrayList<>();
    AGENTS.forEach(a -> staff.add(StaffMember.builder().id(a).name("Agent " + a.value()).role(Role.AGENT).build()));
    staff.add(StaffMember.builder().id(StaffId.of("sup")).name("Sup").role(Role.SUPERVISOR).build());
    staff.add(StaffMember.builder().id(StaffId.of("gm")).name("GM").role(Role.SHOP_MANAGER).build());
    Kefu k = Kefu.builder().storage(new InMemoryStorage()).staffDirectory(InMemoryStaffDirectory.of(staff))
        .clock(Clock.fixed(START.plus(Duration.ofDays(1)), ZoneOffset.UTC)).build();
    for (CustomerId c : CUSTOMERS) {
      k.customers().register(RegisterCustomer.of(Origin.of(AGENTS.get(0)), c, "Li Si",
          List.of(ContactPoint.of(Channel.SMS, "13800000000")), "Zhejiang", ZoneId.of("Asia/Shanghai")));
    }
    return k;
  }

  /** Four orders' events, each order's in the order they happened. */
  private static List<List<OrderEvent>> streams(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<List<OrderEvent>> out = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      out.add(KefuGenerators.orderEvents(OrderId.of("o-" + i), CUSTOMERS.get(i % 2), START.plus(Duration.ofMinutes(37L * i)),
          Currency.getInstance("CNY"), AGENTS).next(random));
    }
    return out;
  }

  /** What must not depend on how the events came: per order, its facts, flags and tasks; the tickets by kind. */
  private static String outcome(Kefu k) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 4; i++) {
      Order o = k.orders().find(OrderId.of("o-" + i)).orElseThrow();
      s.append(o.id()).append(' ').append(o.stage()).append(' ').append(o.placedAt()).append(' ').append(o.paidAt())
          .append(' ').append(o.shippedAt()).append(' ').append(o.deliveredAt()).append(' ').append(o.refundedAt()).append('\n');
      s.append("  flags ").append(o.flags().stream().map(f -> f.colour() + ":" + f.note() + "@" + f.at()).sorted().toList()).append('\n');
      s.append("  tasks ").append(o.tasks().stream().map(t -> t.kind() + ":" + t.ruleId() + "@" + t.from()).sorted().toList()).append('\n');
      s.append("  notices ").append(o.pendingNotices().stream().map(n -> n.delay() + ":" + n.detail() + "@" + n.at()).sorted().toList())
          .append('\n');
      s.append("  returns ").append(o.returns().stream().map(Object::toString).sorted().toList()).append('\n');
    }
    TreeMap<String, Integer> kinds = new TreeMap<>();
    k.tickets().list(TicketQuery.all(), PageRequest.first(PageRequest.MAX_LIMIT)).items()
        .forEach(t -> kinds.merge(t.kind() + "@" + t.openedAt(), 1, Integer::sum));
    s.append("tickets ").append(kinds);
    return s.toString();
  }

  @Test
  @DisplayName("a stream fed twice, or shuffled within each order, leaves the same tasks and flags as fed once in order")
  void twiceOrShuffledIsOnce() {
    qt().withExamples(40).forAll(longs().all()).checkAssert(seed -> {
      List<List<OrderEvent>> streams = streams(seed);
      List<OrderEvent> inOrder = streams.stream().flatMap(List::stream).toList();

      Kefu once = kefu();
      inOrder.forEach(once.orders()::feed);

      Kefu twice = kefu();
      inOrder.forEach(twice.orders()::feed);
      inOrder.forEach(twice.orders()::feed);

      Random shuffle = new Random(seed);
      List<OrderEvent> shuffled = new ArrayList<>();
      for (List<OrderEvent> s : streams) {
        List<OrderEvent> copy = new ArrayList<>(s);
        Collections.shuffle(copy, shuffle);
        shuffled.addAll(copy);
      }
      Kefu mixed = kefu();
      shuffled.forEach(mixed.orders()::feed);

      String expected = outcome(once);
      assertThat(outcome(twice)).as("fed twice").isEqualTo(expected);
      assertThat(outcome(mixed)).as("shuffled within each order").isEqualTo(expected);
    });
  }
}
