package dev.kefu.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.customer.RelationshipStage;
import dev.kefu.spi.customer.Tier;
import dev.kefu.spi.customer.ValueSegment;
import dev.kefu.spi.event.CustomerRegistered;
import dev.kefu.spi.event.DomainEvent;
import dev.kefu.spi.event.EventMeta;
import dev.kefu.spi.event.SlaBreached;
import dev.kefu.spi.event.SlaClockFulfilled;
import dev.kefu.spi.event.SlaClockPaused;
import dev.kefu.spi.event.SlaClockResumed;
import dev.kefu.spi.event.SlaClockRetargeted;
import dev.kefu.spi.event.SlaClockStarted;
import dev.kefu.spi.event.SlaClockStopped;
import dev.kefu.spi.event.SlaEscalated;
import dev.kefu.spi.event.SlaWarningRaised;
import dev.kefu.spi.event.StoredEvent;
import dev.kefu.spi.sla.SlaClock;
import dev.kefu.spi.sla.SlaMetric;
import dev.kefu.spi.sla.SlaTarget;
import dev.kefu.spi.staff.Role;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.ticket.TicketId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The event log gives back exactly the events it was given, in order and per aggregate, whether it
 * packed them into columns (SLA clock events) or kept them as they are (every other event, and
 * clock events that do not fit: a clock id that does not name the ticket, a time beyond the
 * nanoseconds since the epoch, an aggregate id that is not the clock id).
 */
class EventIndexProperties {

  private static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");
  private static final Instant[] TIMES = {T0, T0.plusNanos(1), Instant.parse("1969-12-31T23:59:59.999999999Z"), Instant.MAX,
      Instant.MIN, Instant.parse("2262-04-11T23:47:16.854775807Z"), T0.plusSeconds(86_400 * 365L)};

  /** {@code kind} picks the event type, the others its values. */
  record Spec(int kind, int clock, int a, int b) {}

  static Gen<Spec> specs() {
    return integers().between(0, 13).zip(integers().between(0, 6), integers().between(0, 1_000), integers().between(0, 6), Spec::new);
  }

  private static DomainEvent event(Spec s, long n) {
    SlaMetric metric = SlaMetric.values()[s.a() % SlaMetric.values().length];
    TicketId ticket = TicketId.of("t" + s.clock() % 4);
    String clockId = SlaClock.idOf(ticket, metric, 1 + s.clock() % 2);
    Instant at = TIMES[s.b()];
    Instant occurred = s.kind() == 12 ? TIMES[s.b()] : T0.plusSeconds(s.a());
    String aggregateId = s.kind() == 13 ? "not-" + clockId : clockId;
    EventMeta meta = new EventMeta(new UUID(n * 31, -n), occurred, SlaClock.TYPE, aggregateId, 1 + s.a() % 5);
    TicketId named = s.kind() == 11 ? TicketId.of("other") : ticket;
    return switch (s.kind()) {
      case 0 -> new SlaClockStarted(meta, clockId, named, metric, 1 + s.clock() % 2, "policy-" + s.b() % 3,
          s.b() % 2 == 0 ? SlaTarget.calendar(Duration.ofMinutes(s.a())) : SlaTarget.business(Duration.ofHours(s.b())));
      case 1, 12, 13 -> new SlaWarningRaised(meta, clockId, named, metric, at);
      case 2, 11 -> new SlaBreached(meta, clockId, named, metric, at);
      case 3 -> new SlaEscalated(meta, clockId, named, metric, 1 + s.b(), Role.values()[s.a() % Role.values().length],
          s.b() % 3 == 0 ? Optional.empty() : Optional.of(StaffId.of("lead-" + s.b())));
      case 4 -> new SlaClockFulfilled(meta, clockId, named, metric, s.b() % 2 == 0, Duration.ofSeconds(s.a() - 500, s.b()));
      case 5 -> new SlaClockPaused(meta, clockId, named, metric);
      case 6 -> new SlaClockResumed(meta, clockId, named, metric);
      case 7 -> new SlaClockStopped(meta, clockId, named, metric, "reason " + s.b());
      case 8 -> new SlaClockRetargeted(meta, clockId, named, "policy-" + s.b(), SlaTarget.calendar(Duration.ofHours(1)),
          SlaTarget.calendar(Duration.ofHours(2)));
      case 9 -> new SlaClockFulfilled(meta, clockId, named, metric, true, Duration.ofSeconds(Long.MAX_VALUE / 2));
      default -> new CustomerRegistered(new EventMeta(new UUID(n, n), occurred, "customer", "c" + s.clock(), 1 + s.a() % 5),
          CustomerId.of("c" + s.clock()), Tier.STANDARD, RelationshipStage.PROSPECTIVE, ValueSegment.OCCASIONAL);
    };
  }

  @Test
  @DisplayName("every event comes back equal, in commit order and per aggregate, packed or not")
  void backAsGiven() {
    qt().withExamples(300).forAll(lists().of(specs()).ofSizeBetween(1, 200)).checkAssert(specs -> {
      KeyTable keys = new KeyTable();
      EventIndex index = new EventIndex(keys);
      List<DomainEvent> given = new ArrayList<>();
      long n = 0;
      for (Spec s : specs) {
        DomainEvent e = event(s, ++n);
        index.append(e);
        given.add(e);
      }
      assertThat(index.size()).isEqualTo(given.size());
      List<DomainEvent> read = new ArrayList<>();
      for (long after = 0; after < given.size(); after += 7) {
        List<StoredEvent> page = index.readAfter(after, 7);
        for (int i = 0; i < page.size(); i++) {
          assertThat(page.get(i).position()).isEqualTo(after + i + 1);
          read.add(page.get(i).event());
        }
      }
      assertThat(read).isEqualTo(given);
      for (DomainEvent e : given) {
        String type = e.meta().aggregateType();
        String id = e.aggregateId();
        assertThat(index.eventsOf(type, id))
            .isEqualTo(given.stream().filter(g -> g.meta().aggregateType().equals(type) && g.aggregateId().equals(id)).toList());
      }
      assertThat(index.eventsOf(SlaClock.TYPE, "sla/none/RESOLUTION/1")).isEmpty();
    });
  }

  @Test
  @DisplayName("a million clock events across many chunks read back in order")
  void manyEvents() {
    KeyTable keys = new KeyTable();
    EventIndex index = new EventIndex(keys);
    int n = 1_000_000;
    for (int i = 0; i < n; i++) {
      String id = SlaClock.idOf(TicketId.of(Integer.toString(i % 1000, 36)), SlaMetric.RESOLUTION, 1);
      index.append(new SlaBreached(new EventMeta(new UUID(i, i), T0, SlaClock.TYPE, id, 1 + i / 1000), id,
          TicketId.of(Integer.toString(i % 1000, 36)), SlaMetric.RESOLUTION, T0.plusNanos(i)));
    }
    List<StoredEvent> tail = index.readAfter(n - 2, 10);
    assertThat(tail).extracting(StoredEvent::position).containsExactly((long) n - 1, (long) n);
    assertThat(((SlaBreached) tail.get(1).event()).dueAt()).isEqualTo(T0.plusNanos(n - 1));
    assertThat(index.eventsOf(SlaClock.TYPE, SlaClock.idOf(TicketId.of("0"), SlaMetric.RESOLUTION, 1))).hasSize(1000)
        .extracting(DomainEvent::aggregateVersion).isSorted();
  }
}
