package dev.kefu.bench;

import dev.kefu.Kefu;
import dev.kefu.internal.SlaEngine;
import dev.kefu.memory.InMemoryStaffDirectory;
import dev.kefu.memory.InMemoryStorage;
import dev.kefu.sla.SlaPolicies;
import dev.kefu.sla.SlaPolicy;
import dev.kefu.sla.SlaSettings;
import dev.kefu.spi.Channel;
import dev.kefu.spi.IdSource;
import dev.kefu.spi.customer.AccountStatus;
import dev.kefu.spi.customer.CreditRating;
import dev.kefu.spi.customer.Customer;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.customer.OrderStatistics;
import dev.kefu.spi.customer.RelationshipStage;
import dev.kefu.spi.customer.Tier;
import dev.kefu.spi.customer.ValueSegment;
import dev.kefu.spi.notification.DeliveryResult;
import dev.kefu.spi.sla.EscalationStep;
import dev.kefu.spi.sla.SlaClock;
import dev.kefu.spi.sla.SlaMetric;
import dev.kefu.spi.sla.SlaTarget;
import dev.kefu.spi.staff.Role;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.staff.StaffMember;
import dev.kefu.spi.store.Storage;
import dev.kefu.spi.store.UnitOfWork;
import dev.kefu.spi.ticket.Priority;
import dev.kefu.spi.ticket.Ticket;
import dev.kefu.spi.ticket.TicketId;
import dev.kefu.spi.ticket.TicketKind;
import dev.kefu.spi.ticket.TicketStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A fleet of open SLA clocks on kefu's in-memory defaults: one resolution clock per ticket,
 * target 1 hour of calendar time, warning at 80%, a two-step ladder, the tickets' openings spread
 * evenly over a day. The tickets themselves are not stored; only their clocks and timers are. The
 * store keeps the last {@value #DELIVERED_KEPT} delivered notifications. Notifications go to a
 * no-op channel that only counts them: every timer event of this fleet notifies one person (the
 * queue lead of a warning, a breach and the first escalation, the supervisor of the second), so
 * the count is also the number of timer events fired.
 */
final class SlaFleet {

  static final Instant DAY_START = Instant.parse("2026-03-02T00:00:00Z");
  static final Duration DAY = Duration.ofDays(1);
  /** Each clock fires four timer events: warning, breach and two escalations. */
  static final int EVENTS_PER_CLOCK = 4;
  /** The first escalation fires 30 minutes after the breach, an hour after the clock starts. */
  static final Duration LAST_EVENT_AFTER_START = Duration.ofMinutes(90);

  final SimulatedClock clock = new SimulatedClock(DAY_START);
  /**
   * How many delivered notifications the store keeps: a host running a million clocks on the
   * in-memory store for days keeps a window of recent ones, not every notification it ever sent.
   */
  static final int DELIVERED_KEPT = 1_000;

  final InMemoryStorage storage = InMemoryStorage.builder().keepDeliveredNotifications(DELIVERED_KEPT).build();
  /** The ports kefu is wired with: the store, or the store without events. */
  private final Storage ports;
  final Kefu kefu;
  final int size;
  /** The queue lead (a team lead): warnings, breaches and first escalations go to them. */
  final StaffId lead = StaffId.of("lead");
  /** The lead and the supervisor they report to. */
  final InMemoryStaffDirectory staff = InMemoryStaffDirectory.of(List.of(
      StaffMember.builder().id(StaffId.of("sup")).name("sup").role(Role.SUPERVISOR).build(),
      StaffMember.builder().id(lead).name("lead").role(Role.TEAM_LEAD).reportsTo(StaffId.of("sup")).build()));
  /** Notifications the no-op channel was handed. */
  final AtomicLong sent = new AtomicLong();

  SlaFleet(int size) {
    this(size, null, true);
  }

  /**
   * Builds a fleet.
   *
   * @param size how many clocks
   * @param collect if not null, receives every clock as the engine opened it, and nothing is
   *     committed to the store (for a baseline that keeps the same clocks its own way)
   * @param keepEvents false to commit every unit of work without its events ({@link EventlessStorage})
   */
  SlaFleet(int size, List<SlaClock> collect, boolean keepEvents) {
    this.size = size;
    this.ports = keepEvents ? storage : new EventlessStorage(storage);
    SlaPolicy policy = SlaPolicy.named("fleet")
        .withTarget(SlaMetric.RESOLUTION, SlaTarget.calendar(Duration.ofHours(1)))
        .withEscalation(EscalationStep.of(Duration.ZERO, Role.TEAM_LEAD), EscalationStep.of(Duration.ofMinutes(30), Role.SUPERVISOR));
    this.kefu = Kefu.builder()
        .storage(ports)
        .staffDirectory(staff)
        .clock(clock)
        .idSource(IdSource.seeded(7))
        .fallbackNotificationChannel(n -> {
          if (n.templateKey().startsWith("sla.")) { // the fleet's check counts the timers' notices
            sent.incrementAndGet();
          }
          return DeliveryResult.delivered();
        })
        // the fleet's day is a Monday: the weekly review (QA-4), which reads the week's whole event
        // log, is not a timer's work, so it is held on the Sunday, outside the measured day
        .reportRules(new dev.kefu.report.ReportRules(java.time.DayOfWeek.SUNDAY, java.time.LocalTime.of(9, 0),
            java.time.DayOfWeek.FRIDAY, java.time.LocalTime.of(15, 0), java.time.DayOfWeek.SATURDAY, java.time.LocalTime.of(14, 0), 5))
        .sla(SlaSettings.defaults(ZoneId.of("Asia/Shanghai")).withPolicies(new SlaPolicies(List.of(), policy)).withDefaultQueueLead(lead))
        .build();
    SlaEngine engine = (SlaEngine) kefu.sla();
    Customer customer = Customer.builder().id(CustomerId.of("c")).name("c").region("r").timeZone(ZoneOffset.UTC)
        .preferredLocale(Locale.ENGLISH).status(AccountStatus.ACTIVE).orders(OrderStatistics.none(Currency.getInstance("CNY")))
        .creditRating(CreditRating.UNRATED).tier(Tier.STANDARD).stage(RelationshipStage.PROSPECTIVE)
        .segment(ValueSegment.OCCASIONAL).registeredAt(DAY_START).updatedAt(DAY_START).version(1).build();
    long spacingNanos = size == 0 ? 0 : DAY.toNanos() / size;
    UnitOfWork.Builder work = UnitOfWork.builder();
    int inBatch = 0;
    for (int i = 0; i < size; i++) {
      Instant opened = DAY_START.plusNanos(spacingNanos * i);
      Ticket t = Ticket.builder().id(TicketId.of(Integer.toString(i, 36))).customer(customer.id())
          .kind(TicketKind.AFTER_SALE).channel(Channel.EMAIL).priority(Priority.NORMAL).status(TicketStatus.OPEN)
          .subject("s").openedAt(opened).updatedAt(opened).version(1).build();
      engine.opened(t, customer, opened, work);
      if (++inBatch == 1000) {
        commitOrCollect(work.build(), collect);
        work = UnitOfWork.builder();
        inBatch = 0;
      }
    }
    commitOrCollect(work.build(), collect);
  }

  private void commitOrCollect(UnitOfWork unit, List<SlaClock> collect) {
    if (collect == null) {
      ports.unitOfWork().commit(unit);
    } else {
      unit.writes().forEach(w -> collect.add((SlaClock) w.aggregate()));
    }
  }

  /** When each clock's timer events fall, after its start: warning (80%), breach, two escalations. */
  private static final List<Duration> EVENT_OFFSETS = List.of(
      Duration.ofMinutes(48), Duration.ofMinutes(60), Duration.ofMinutes(60), LAST_EVENT_AFTER_START);

  /**
   * How many timer events of a fleet fall at or before an instant: what an engine that fires
   * every due event must have fired once it ran at {@code now}.
   *
   * @param size the fleet's size
   * @param now the instant
   * @return the count
   */
  static long eventsDueBy(int size, Instant now) {
    long spacingNanos = DAY.toNanos() / size;
    long count = 0;
    for (Duration offset : EVENT_OFFSETS) {
      long sinceFirst = Duration.between(DAY_START.plus(offset), now).toNanos();
      if (sinceFirst >= 0) {
        count += Math.min(size, sinceFirst / spacingNanos + 1);
      }
    }
    return count;
  }

  /** @return the instant after which no clock of the fleet has anything left to fire */
  static Instant lastEventAt() {
    return DAY_START.plus(DAY).plus(LAST_EVENT_AFTER_START);
  }

  /** A clock the benchmark moves by hand. */
  static final class SimulatedClock extends Clock {
    private volatile Instant now;

    SimulatedClock(Instant start) {
      this.now = start;
    }

    void set(Instant instant) {
      now = instant;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
