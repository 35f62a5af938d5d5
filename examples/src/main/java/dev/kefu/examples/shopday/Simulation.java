package dev.kefu.examples.shopday;

import dev.kefu.examples.SimulatedClock;
import dev.kefu.Kefu;
import dev.kefu.examples.shopday.CustomerBase.Shopper;
import dev.kefu.memory.InMemoryStorage;
import dev.kefu.sla.SlaSettings;
import dev.kefu.spi.IdSource;
import dev.kefu.spi.complaint.ComplaintStatus;
import dev.kefu.spi.store.DueItem;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * The event loop of one simulated day. Draws the day from the seed, wires kefu on its in-memory
 * defaults with the roster, the shop's SLA ({@link ShopSla}), a simulated clock, seeded ids and
 * simulated gateways, puts every event on the {@link Agenda} (imports, sign-ups, orders, card
 * sales, VIP grants, contacts, the shift handover, and kefu's background work as a host's
 * scheduler would run it: notification delivery every two minutes, due work at
 * {@code kefu.nextDueAt()} and at least every minute, so SLA warnings, breaches and escalations
 * fire on time), and runs it until the late shift closes the desk. Then the back office follows the
 * day's complaints on ({@link ComplaintDesk#followOn}): the clock runs on to
 * {@link BusinessDay#backOfficeEnd()} for the revisit calls kefu planned and the rounds of QA and
 * the supervisor, and for nothing else: no contacts, no due work, no deliveries.
 *
 * <p>Not thread-safe; each run is independent.
 */
final class Simulation {

  /** The simulated day: a Monday. */
  static final LocalDate DATE = LocalDate.of(2026, 3, 2);

  /** The shop's time zone. */
  static final ZoneId SHOP_ZONE = ZoneId.of("Asia/Shanghai");

  private static final Duration DELIVERY_EVERY = Duration.ofMinutes(2);
  /** The longest the host's scheduler waits between due-work runs, to pick up timers set meanwhile. */
  private static final Duration DUE_WORK_POLL = Duration.ofMinutes(1);

  /** The due-work key under which kefu keeps its daily reclassification scheduled. */
  private static final String DAILY_RECLASSIFICATION = "customer.daily-reclassification";

  /** The due-work key under which kefu keeps its member revisit duty scheduled (RV-3, RV-6). */
  private static final String MEMBER_REVISITS = "duty/member-revisits";

  /**
   * What a simulated day left behind.
   *
   * @param options what was simulated
   * @param day the calendar
   * @param kefu the kefu instance that ran the day
   * @param storage its storage
   * @param staffing the roster
   * @param tally what the simulation counted
   * @param gateways the simulated notification gateways
   * @param sla the SLA settings kefu ran with
   * @param summary the summary
   */
  record Outcome(
      DayOptions options, BusinessDay day, Kefu kefu, InMemoryStorage storage, Staffing staffing, Tally tally,
      Gateways gateways, SlaSettings sla, Summary summary) {}

  private final DayOptions options;
  private final BusinessDay day = new BusinessDay(DATE, SHOP_ZONE);
  private final Agenda agenda;
  private final Kefu kefu;
  private final InMemoryStorage storage = new InMemoryStorage();
  private final Staffing staffing;
  private final Gateways gateways;
  private final Tally tally = new Tally();
  private final BackOffice office;
  private final ServiceDesk desk;
  private final CustomerBase base;
  private final DayPlan plan;
  private final SlaSettings sla;
  private final SimulatedClock clock;
  private final ComplaintDesk complaints;

  private Simulation(DayOptions options) {
    this.options = options;
    SplittableRandom seed = new SplittableRandom(options.seed());
    SplittableRandom planning = seed.split();
    SplittableRandom service = seed.split();
    SplittableRandom delivery = seed.split();
    SplittableRandom complaining = seed.split();
    SplittableRandom answering = seed.split();
    this.base = CustomerBase.generate(options.customers(), planning, day);
    this.plan = DayPlan.draw(options, base, day, planning);
    this.staffing = Staffing.forVolume(options.contacts(), SHOP_ZONE);
    this.clock = new SimulatedClock(day.importStart(), SHOP_ZONE);
    this.agenda = new Agenda(clock);
    this.gateways = new Gateways(delivery, clock);
    this.sla = ShopSla.settings(staffing, SHOP_ZONE);
    this.kefu = gateways.wire(Kefu.builder())
        .storage(storage)
        .sla(sla)
        .staffDirectory(staffing.directory())
        .clock(clock)
        .idSource(IdSource.seeded(options.seed()))
        .shopZone(SHOP_ZONE)
        .instanceId("shop-day")
        .build();
    this.office = new BackOffice(kefu, staffing, day, tally, id -> desk().moveToVipDesk(id));
    this.complaints = new ComplaintDesk(kefu, staffing, office, day, agenda, complaining, tally);
    this.desk = new ServiceDesk(kefu, staffing, office, agenda, service, tally, complaints);
    SurveyAnswers surveys = new SurveyAnswers(kefu, agenda, complaints, answering, tally);
    gateways.onDelivered(surveys::delivered);
  }

  /** The desk, read when a promotion happens (the back office is built before the desk). */
  private ServiceDesk desk() {
    return desk;
  }

  /**
   * Simulates a day.
   *
   * @param options the seed and sizes
   * @return what the day left behind, with its summary
   */
  static Outcome run(DayOptions options) {
    return run(options, storage -> { });
  }

  /**
   * Simulates a day, letting a caller look at kefu's store when the desk closes, before the back
   * office follows the complaints on.
   *
   * @param options the seed and sizes
   * @param atClose called with the store at close
   * @return what the day left behind, with its summary
   */
  static Outcome run(DayOptions options, Consumer<InMemoryStorage> atClose) {
    return new Simulation(options).run(atClose);
  }

  private Outcome run(Consumer<InMemoryStorage> atClose) {
    agenda.at(day.handover(), () -> desk.handOver(Staffing.EARLY));
    every(DELIVERY_EVERY, () -> tally.add(kefu.deliverNotifications()));
    agenda.at(agenda.now(), this::dueWork);
    for (Shopper s : base.shoppers()) {
      agenda.at(s.registersAt(), s.existing() ? () -> office.importCustomer(s) : () -> office.signUp(s));
    }
    plan.orders().forEach(o -> agenda.at(o.at(),
        () -> office.placeOrder(o.shopper().id(), o.amount(), o.category(), false)));
    plan.cardSales().forEach(m -> agenda.at(m.at(), () -> office.sellCard(m.shopper().id())));
    plan.vipGrants().forEach(m -> agenda.at(m.at(), () -> office.grantVip(m.shopper().id())));
    plan.contacts().forEach(c -> agenda.at(c.at(), () -> desk.arrive(c)));
    complaints.scheduleRounds();

    agenda.runUntil(day.close());
    tally.followUpsCarriedOver = agenda.pending();
    tally.add(kefu.deliverNotifications());
    tally.pendingNotificationsAtClose = storage.counts().get("outbox.pending");
    SlaSection slaSection = SlaSection.of(day, staffing, sla.policies(),
        kefu.sla().report(day.importStart(), day.close()), storage.eventLog(), storage.slaClocks(), tally);
    Summary.AtClose closing = Summary.atClose(kefu, staffing);
    Map<ComplaintStatus, Long> complaintsAtClose = ComplaintSection.byStatus(kefu);
    atClose.accept(storage);

    // the back office follows the day's complaints on; nothing else happens after close
    Agenda backOffice = new Agenda(clock);
    complaints.followOn(backOffice);
    backOffice.runUntil(day.backOfficeEnd());
    ComplaintSection complaintSection = ComplaintSection.of(day, kefu, complaintsAtClose, storage.eventLog(), tally);
    RevisitSection revisitSection = RevisitSection.of(day, kefu,
        storage.dueWork().scheduled(MEMBER_REVISITS).map(DueItem::dueAt));
    SatisfactionSection satisfaction = SatisfactionSection.of(day, kefu, storage.eventLog(), tally);
    StaffingSection staffingSection = StaffingSection.of(day, staffing, plan);
    Summary summary = Summary.of(options, day, staffing, tally, gateways, closing, slaSection, complaintSection,
        revisitSection, satisfaction, staffingSection);
    return new Outcome(options, day, kefu, storage, staffing, tally, gateways, sla, summary);
  }

  /**
   * kefu's due work, as a host's scheduler runs it: now, then again at {@code kefu.nextDueAt()}
   * or a minute from now, whichever comes first (timers set in between are picked up within the
   * minute). After the daily reclassification, which kefu then schedules for the next day,
   * re-read the customer files.
   */
  private void dueWork() {
    Optional<Instant> daily = dailyReclassificationDue();
    tally.dueWorkCompleted += kefu.runDueWork();
    tally.dueWorkRuns++;
    if (daily.isPresent() && !daily.equals(dailyReclassificationDue())) {
      tally.reclassificationRuns++;
      office.rereadAfterReclassification();
    }
    Instant now = agenda.now();
    Instant next = now.plus(DUE_WORK_POLL);
    Optional<Instant> due = kefu.nextDueAt();
    if (due.isPresent() && due.get().isBefore(next)) {
      next = due.get().isAfter(now) ? due.get() : now.plusSeconds(1);
    }
    if (next.isBefore(day.close())) {
      agenda.at(next, this::dueWork);
    }
  }

  private Optional<Instant> dailyReclassificationDue() {
    return storage.dueWork().scheduled(DAILY_RECLASSIFICATION).map(DueItem::dueAt);
  }

  /** Runs a step now and then at a fixed rate until the desk closes. */
  private void every(Duration period, Runnable step) {
    agenda.at(agenda.now(), new Runnable() {
      @Override
      public void run() {
        step.run();
        Instant next = agenda.now().plus(period);
        if (next.isBefore(day.close())) {
          agenda.at(next, this);
        }
      }
    });
  }
}
