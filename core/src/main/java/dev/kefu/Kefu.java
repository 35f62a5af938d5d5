package dev.kefu;

import dev.kefu.customer.ClassificationRules;
import dev.kefu.customer.CustomerClassifier;
import dev.kefu.complaint.ComplaintRules;
import dev.kefu.complaint.Complaints;
import dev.kefu.customer.Customers;
import dev.kefu.customer.OwnershipRules;
import dev.kefu.duty.DutySchedule;
import dev.kefu.revisit.RevisitRules;
import dev.kefu.revisit.Revisits;
import dev.kefu.routing.Routing;
import dev.kefu.routing.RoutingRules;
import dev.kefu.staffing.Staffing;
import dev.kefu.survey.Surveys;
import dev.kefu.duty.Duty;
import dev.kefu.sla.Sla;
import dev.kefu.sla.SlaPolicy;
import dev.kefu.sla.SlaSettings;
import dev.kefu.internal.BeanValidation;
import dev.kefu.internal.StaffingService;
import dev.kefu.internal.CommandRunner;
import dev.kefu.internal.ComplaintService;
import dev.kefu.internal.CustomerViewService;
import dev.kefu.internal.RevisitService;
import dev.kefu.internal.ReportService;
import dev.kefu.internal.RoutingService;
import dev.kefu.internal.SurveyService;
import dev.kefu.internal.CustomerService;
import dev.kefu.internal.DailyReclassification;
import dev.kefu.internal.DueWorkRunner;
import dev.kefu.internal.DutyRunner;
import dev.kefu.internal.SlaEngine;
import dev.kefu.internal.NotificationDelivery;
import dev.kefu.internal.OrderService;
import dev.kefu.internal.KpiService;
import dev.kefu.internal.QualityService;
import dev.kefu.kpi.AssessmentTargets;
import dev.kefu.kpi.Kpis;
import dev.kefu.quality.Quality;
import dev.kefu.quality.QualityRules;
import dev.kefu.spi.quality.QualityStore;
import dev.kefu.internal.Settings;
import dev.kefu.internal.TicketService;
import dev.kefu.memory.InMemoryCustomerPresence;
import dev.kefu.memory.InMemoryOrderPort;
import dev.kefu.memory.InMemoryStaffDirectory;
import dev.kefu.memory.InMemoryStock;
import dev.kefu.order.OrderRules;
import dev.kefu.order.Orders;
import dev.kefu.spi.order.CustomerPresence;
import dev.kefu.spi.order.OrderPort;
import dev.kefu.spi.order.OrderStore;
import dev.kefu.spi.order.StockPort;
import dev.kefu.memory.InMemoryStorage;
import dev.kefu.notification.DeliveryReport;
import dev.kefu.notification.LoggingNotificationChannel;
import dev.kefu.notification.ResourceBundleTemplates;
import dev.kefu.notification.RetryPolicy;
import dev.kefu.spi.Channel;
import dev.kefu.spi.CurrencyConverter;
import dev.kefu.spi.IdSource;
import dev.kefu.spi.OrderVolume;
import dev.kefu.spi.complaint.ComplaintStore;
import dev.kefu.spi.customer.CustomerStore;
import dev.kefu.spi.revisit.RevisitStore;
import dev.kefu.spi.routing.RoutingStore;
import dev.kefu.spi.notification.NotificationChannel;
import dev.kefu.spi.notification.NotificationTemplates;
import dev.kefu.spi.sla.SlaClockStore;
import dev.kefu.spi.staff.StaffDirectory;
import dev.kefu.spi.store.DueWork;
import dev.kefu.spi.store.EventLog;
import dev.kefu.spi.store.InboundKeys;
import dev.kefu.spi.store.Outbox;
import dev.kefu.spi.store.Storage;
import dev.kefu.spi.store.UnitOfWorkCommitter;
import dev.kefu.spi.ticket.TicketStore;
import dev.kefu.staff.AccessPolicy;
import dev.kefu.ticket.Tickets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * kefu: the customer-service side of an online shop, embedded in the host's backend. Build one
 * with {@link #builder()}, then use {@link #customers()} and {@link #tickets()}, and call
 * {@link #runDueWork()} and {@link #deliverNotifications()} from the host's scheduler.
 *
 * <pre>{@code
 * Kefu kefu = Kefu.builder()
 *     .storage(myStorage)               // or leave out for in-memory
 *     .staffDirectory(myStaff)
 *     .notificationChannel(Channel.SMS, mySmsGateway)
 *     .clock(Clock.systemUTC())
 *     .build();
 * }</pre>
 *
 * <p>Thread-safe: one instance serves every thread of the host. Several instances (in one JVM or
 * on several hosts) may share one storage; due work and notifications are claimed so each item
 * is handled once. kefu starts no threads and never sleeps: time comes from the injected
 * {@link Clock}, and background work runs when the host calls it.
 */
public final class Kefu {

  private final Settings settings;
  private final CustomerService customers;
  private final TicketService tickets;
  private final SlaEngine sla;
  private final ComplaintService complaints;
  private final CustomerViewService views;
  private final RevisitService revisits;
  private final SurveyService surveys;
  private final NotificationDelivery delivery;
  private final DueWorkRunner dueWork;
  private final Staffing staffing;
  private final OrderService orders;
  private final RoutingService routing;
  private final ReportService reports;
  private final QualityService quality;
  private final KpiService kpis;

  private Kefu(Settings settings, SlaSettings slaSettings, List<Duty> duties, ComplaintRules complaintRules,
      OrderVolume orderVolume, RevisitRules revisitRules, OwnershipRules ownershipRules, OrderWiring orderWiring,
      RoutingRules routingRules, RoutingStore routingStore, dev.kefu.report.ReportRules reportRules,
      QualityWiring qualityWiring) {
    this.settings = settings;
    BeanValidation validation = new BeanValidation();
    CommandRunner runner = new CommandRunner(settings, validation);
    this.customers = new CustomerService(settings, runner, validation, ownershipRules);
    this.sla = new SlaEngine(settings, runner, slaSettings);
    this.tickets = new TicketService(settings, runner, sla, routingStore != null && routingRules.dispatcher().isPresent());
    // complaints plan their revisits, and a recorded revisit moves its complaint on (CP-7): the
    // complaint service is set below, before any command can run
    AtomicReference<ComplaintService> complaintLoop = new AtomicReference<>();
    this.revisits = new RevisitService(settings, runner, tickets, revisitRules,
        (work, revisit, actor, now) -> complaintLoop.get().revisitedInto(work, revisit, actor, now));
    this.surveys = new SurveyService(settings, runner);
    this.complaints = new ComplaintService(settings, runner, tickets, complaintRules,
        orderVolume != null ? orderVolume : ComplaintService.recordedOrders(settings), revisits);
    complaintLoop.set(complaints);
    this.views = new CustomerViewService(settings, sla);
    this.delivery = new NotificationDelivery(settings);
    this.staffing = new StaffingService(settings, runner, validation, tickets);
    this.orders = new OrderService(settings, runner, tickets, orderWiring.rules(), orderWiring.store(), orderWiring.port(),
        orderWiring.stock(), orderWiring.presence());
    this.routing = new RoutingService(settings, runner, validation, tickets, routingRules, routingStore);
    this.reports = new ReportService(settings, reportRules, surveys, orders, orderWiring.store(), complaints, revisits, sla);
    this.quality = new QualityService(settings, runner, qualityWiring.store(), qualityWiring.rules(), complaints);
    this.kpis = new KpiService(settings, validation, sla, qualityWiring.store(), orderWiring.store(), qualityWiring.targets());
    reports.reviewWith(kpis); // the Monday review (QA-4) reads the KPIs
    DailyReclassification daily = new DailyReclassification(settings, customers);
    List<Duty> allDuties = new ArrayList<>(duties);
    allDuties.addAll(orders.duties()); // TK-7, TK-9, TK-13
    allDuties.addAll(reports.duties()); // QA-4: Monday review, Friday products, Saturday customer feedback
    allDuties.add(Duty.of(RevisitService.MEMBER_DUTY, DutySchedule.daysOfMonthAt(revisitRules.memberTime(),
        revisitRules.memberDays().toArray(Integer[]::new)))); // RV-3, RV-6
    Map<String, DutyRunner.Effects> ownDuties = new java.util.HashMap<>(orders.dutyEffects());
    ownDuties.put(RevisitService.MEMBER_DUTY, revisits::memberCampaign);
    ownDuties.putAll(reports.dutyEffects());
    DutyRunner dutyRunner = new DutyRunner(settings, sla, allDuties, ownDuties);
    List<DueWorkRunner.Recurring> recurring = new ArrayList<>(dutyRunner.recurring());
    recurring.add(0, daily.recurring());
    Map<String, DueWorkRunner.Handler> handlers = new java.util.HashMap<>(
        Map.of(DailyReclassification.KEY, daily, SlaEngine.KIND, DueWorkRunner.Handler.isolated(sla::fire), DutyRunner.KIND, dutyRunner,
            RevisitService.KIND, revisits::remind, CustomerService.FIRST_CONTACT_KIND, customers::firstContactDue,
            OrderService.PORT_KIND, orders::callPort, OrderService.WORKLIST_KIND, orders::shiftWorklist));
    if (routingStore != null) {
      handlers.put(RoutingService.GREET, routing::greet); // TK-20
      handlers.put(RoutingService.ABSENCE, routing::handOver); // TK-15
      handlers.put(RoutingService.CALL, routing::checkCall); // TK-17
      handlers.put(RoutingService.ROUTE_NEW, routing::routeNew); // every new ticket routed, with a dispatcher
      handlers.put(RoutingService.RELEASE, routing::releaseDone);
    }
    this.dueWork = new DueWorkRunner(settings, Map.copyOf(handlers), recurring);
  }

  /** @return a builder with in-memory defaults for every port */
  public static Builder builder() {
    return new Builder();
  }

  /** @return customer files, tiers and segments (CU-1 to CU-10) */
  public Customers customers() {
    return customers;
  }

  /** @return tickets and their lifecycle (TK-1 to TK-3) */
  public Tickets tickets() {
    return tickets;
  }

  /** @return what customers see of their tickets and complaints (TK-19) */
  public dev.kefu.view.CustomerViews customerViews() {
    return views;
  }

  /** @return revisits: planned after complaints and for members, recorded in full (RV-1 to RV-8) */
  public Revisits revisits() {
    return revisits;
  }

  /** @return order events in, and the shop's order duties (TK-5 to TK-18) */
  public Orders orders() {
    return orders;
  }

  /**
   * @return the supervisor's reports built from kefu's stores (QA-4, QA-5, RV-8, SLA over the
   *     day), also sent on their weekly schedule; see {@link dev.kefu.report.Reports}
   */
  public dev.kefu.report.Reports reports() {
    return reports;
  }

  /** @return satisfaction surveys and CSAT (QA-8) */
  public Surveys surveys() {
    return surveys;
  }

  /** @return complaints as a closed loop (CP-1 to CP-13) */
  public Complaints complaints() {
    return complaints;
  }

  /** @return peaks and incidents to the shift lead (ST-14), the handover at a shift change (ST-2) */
  public Staffing staffing() {
    return staffing;
  }

  /**
   * Routing: new tickets to agents on shift, skilled and with free capacity; the queue, its
   * greetings, handovers of absent agents, long calls and sale attribution (CU-4, TK-11, TK-12,
   * TK-15, TK-17, TK-20, ST-13).
   *
   * @return routing
   * @throws UnsupportedOperationException from its commands if the storage keeps no routing state
   *     ({@link Storage#routing()})
   */
  public Routing routing() {
    return routing;
  }

  /**
   * @return quality assurance: the QA sample, reviews on the scorecard with feedback, training
   *     exams, verification of complaints and praise about agents, the monthly summary (QA-1, QA-2,
   *     CP-12, TK-18)
   */
  public Quality quality() {
    return quality;
  }

  /**
   * @return the KPIs per agent, team and period, the team lead's assessment (QA-3), the refund
   *     rate (QA-7), the agent daily report and the Monday weekly review (QA-4)
   */
  public Kpis kpis() {
    return kpis;
  }

  /** @return the SLA engine: clocks, policies, calendars and the achievement report */
  public Sla sla() {
    return sla;
  }

  /** @return the clock kefu reads time from */
  public Clock clock() {
    return settings.clock();
  }

  /** @return the name under which this instance claims due work and outbox messages */
  public String instanceId() {
    return settings.instanceId();
  }

  /**
   * Runs the due work that is due now — SLA warnings, breaches and escalations, duties, the
   * daily reclassification — batch after batch until nothing more is due. Call it from the host's
   * scheduler, or at {@link #nextDueAt()}; with several instances each item runs once, and the
   * items of one clock or duty run in order.
   *
   * @return how many items completed
   */
  public int runDueWork() {
    return dueWork.runDue();
  }

  /**
   * When due work next comes due, so a host can schedule its next {@link #runDueWork()} call
   * instead of polling.
   *
   * @return the instant, or empty if nothing is scheduled
   */
  public Optional<Instant> nextDueAt() {
    return settings.dueWork().nextDueAt();
  }

  /**
   * Delivers the notifications that are due now, at most ten batches. Call it from the host's
   * scheduler, every few seconds; failed messages wait for their back-off and are not retried in
   * the same call.
   *
   * @return what was delivered, retried and parked
   */
  public DeliveryReport deliverNotifications() {
    return delivery.deliver(settings.batchSize() * 10);
  }

  /**
   * Builds a {@link Kefu}. Every port has an in-memory default; storage ports must come from one
   * backend (a unit of work spans them), so wire all of them or none, most simply through
   * {@link #storage(Storage)}. Setting a port twice is a conflict. {@link #build()} reports every
   * problem at once.
   *
   * <p>Not thread-safe; use one builder on one thread.
   */
  public static final class Builder {

    private final Map<String, Object> storagePorts = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();
    private final Map<Channel, NotificationChannel> channels = new EnumMap<>(Channel.class);
    private Storage storage;
    private Clock clock;
    private IdSource ids;
    private Currency shopCurrency;
    private CurrencyConverter converter;
    private ZoneId shopZone;
    private Locale defaultLocale;
    private Set<Channel> enabledChannels;
    private StaffDirectory staff;
    private AccessPolicy access;
    private ClassificationRules classification;
    private RetryPolicy retry;
    private NotificationTemplates templates;
    private NotificationChannel fallbackChannel;
    private String instanceId;
    private Duration lease;
    private Integer commandRetries;
    private Integer batchSize;
    private LocalTime dailyRunAt;
    private SlaSettings slaSettings;
    private ComplaintRules complaintRules;
    private RevisitRules revisitRules;
    private OwnershipRules ownershipRules;
    private OrderVolume orderVolume;
    private OrderRules orderRules;
    private OrderPort orderPort;
    private StockPort stockPort;
    private CustomerPresence customerPresence;
    private RoutingRules routingRules;
    private dev.kefu.report.ReportRules reportRules;
    private QualityRules qualityRules;
    private AssessmentTargets kpiTargets;
    private final Map<String, Duty> duties = new LinkedHashMap<>();

    private Builder() {}

    private <T> T once(String name, T current, T value) {
      Objects.requireNonNull(value, name);
      if (current != null) {
        problems.add(name + " is set twice");
      }
      return value;
    }

    private Builder port(String name, Object port) {
      Objects.requireNonNull(port, name);
      if (storagePorts.putIfAbsent(name, port) != null) {
        problems.add(name + " is set twice");
      }
      return this;
    }

    /**
     * Wires every storage port from one backend.
     *
     * @param value the storage
     * @return this builder
     */
    public Builder storage(Storage value) {
      storage = once("storage", storage, value);
      return this;
    }

    /**
     * @param value the customer store
     * @return this builder
     */
    public Builder customerStore(CustomerStore value) {
      return port("customerStore", value);
    }

    /**
     * @param value the ticket store
     * @return this builder
     */
    public Builder ticketStore(TicketStore value) {
      return port("ticketStore", value);
    }

    /**
     * @param value the unit-of-work committer
     * @return this builder
     */
    public Builder unitOfWork(UnitOfWorkCommitter value) {
      return port("unitOfWork", value);
    }

    /**
     * @param value the due-work port
     * @return this builder
     */
    public Builder dueWork(DueWork value) {
      return port("dueWork", value);
    }

    /**
     * @param value the outbox
     * @return this builder
     */
    public Builder outbox(Outbox value) {
      return port("outbox", value);
    }

    /**
     * @param value the inbound keys
     * @return this builder
     */
    public Builder inboundKeys(InboundKeys value) {
      return port("inboundKeys", value);
    }

    /**
     * @param value the event log
     * @return this builder
     */
    public Builder eventLog(EventLog value) {
      return port("eventLog", value);
    }

    /**
     * @param value the complaint store
     * @return this builder
     */
    public Builder complaintStore(ComplaintStore value) {
      return port("complaintStore", value);
    }

    /**
     * @param value the revisit store
     * @return this builder
     */
    public Builder revisitStore(RevisitStore value) {
      return port("revisitStore", value);
    }

    /**
     * @param value the order store
     * @return this builder
     */
    public Builder orderStore(OrderStore value) {
      return port("orderStore", value);
    }

    /**
     * @param value when the weekly reports of QA-4 come due; default: {@link dev.kefu.report.ReportRules#defaults()}
     * @return this builder
     */
    public Builder reportRules(dev.kefu.report.ReportRules value) {
      reportRules = once("reportRules", reportRules, value);
      return this;
    }

    /**
     * @param value how kefu reacts to order events (TK-5 to TK-18); default: {@link OrderRules#defaults()}
     * @return this builder
     */
    public Builder orderRules(OrderRules value) {
      orderRules = once("orderRules", orderRules, value);
      return this;
    }

    /**
     * @param value the host's order system (TK-7, TK-8); default: an {@link InMemoryOrderPort}
     * @return this builder
     */
    public Builder orderPort(OrderPort value) {
      orderPort = once("orderPort", orderPort, value);
      return this;
    }

    /**
     * @param value the warehouse's real stock (TK-14); default: an empty {@link InMemoryStock}
     * @return this builder
     */
    public Builder stockPort(StockPort value) {
      stockPort = once("stockPort", stockPort, value);
      return this;
    }

    /**
     * @param value who is online (TK-7); default: an {@link InMemoryCustomerPresence} with nobody online
     * @return this builder
     */
    public Builder customerPresence(CustomerPresence value) {
      customerPresence = once("customerPresence", customerPresence, value);
      return this;
    }

    /**
     * @param value the SLA clock store
     * @return this builder
     */
    public Builder slaClockStore(SlaClockStore value) {
      return port("slaClockStore", value);
    }

    /**
     * @param value the SLA policies, business calendars, pause rules and queue leads; default:
     *     {@link SlaSettings#defaults(ZoneId)} in the shop zone
     * @return this builder
     */
    public Builder sla(SlaSettings value) {
      slaSettings = once("sla", slaSettings, value);
      return this;
    }

    /**
     * @param value the complaint rules; default: {@link ComplaintRules#defaults} in the shop currency
     * @return this builder
     */
    public Builder complaintRules(ComplaintRules value) {
      complaintRules = once("complaintRules", complaintRules, value);
      return this;
    }

    /**
     * @param value how revisits are planned (RV-1 to RV-6); default: {@link RevisitRules#defaults()}
     * @return this builder
     */
    public Builder revisitRules(RevisitRules value) {
      revisitRules = once("revisitRules", revisitRules, value);
      return this;
    }

    /**
     * @param value how customer ownership works (CU-7): the first-contact deadline and the skill
     *     that weighs agents when balancing; default: {@link OwnershipRules#defaults()}
     * @return this builder
     */
    public Builder ownershipRules(OwnershipRules value) {
      ownershipRules = once("ownershipRules", ownershipRules, value);
      return this;
    }

    /**
     * @param value how many orders the shop took in a period (CP-10); default: the orders recorded on
     *     customer files
     * @return this builder
     */
    public Builder orderVolume(OrderVolume value) {
      orderVolume = once("orderVolume", orderVolume, value);
      return this;
    }

    /**
     * @param value how tickets are routed; default: {@link RoutingRules#defaults()}
     * @return this builder
     */
    public Builder routingRules(RoutingRules value) {
      routingRules = once("routingRules", routingRules, value);
      return this;
    }

    /**
     * @param value the QA scorecard and sampling policy (QA-1); default: {@link QualityRules#defaults()}
     * @return this builder
     */
    public Builder qualityRules(QualityRules value) {
      qualityRules = once("qualityRules", qualityRules, value);
      return this;
    }

    /**
     * @param value the targets team leads assess KPIs against (QA-3); default:
     *     {@link AssessmentTargets#defaults()}
     * @return this builder
     */
    public Builder kpiTargets(AssessmentTargets value) {
      kpiTargets = once("kpiTargets", kpiTargets, value);
      return this;
    }

    /**
     * @param value the quality store (QA reviews, training exams, mention checks)
     * @return this builder
     */
    public Builder qualityStore(QualityStore value) {
      return port("qualityStore", value);
    }

    /**
     * Wires the routing store when storage ports are wired one by one; optional: without it,
     * routing commands throw {@link UnsupportedOperationException}. With {@link #storage(Storage)}
     * the store comes from {@link Storage#routing()}.
     *
     * @param value the routing store, from the same backend as the unit of work
     * @return this builder
     */
    public Builder routingStore(RoutingStore value) {
      return port("routingStore", value);
    }

    /**
     * Adds a recurring duty (the duty scheduler).
     *
     * @param duty the duty
     * @return this builder
     */
    public Builder duty(Duty duty) {
      Objects.requireNonNull(duty, "duty");
      if (duties.putIfAbsent(duty.id(), duty) != null) {
        problems.add("duty " + duty.id() + " is set twice");
      }
      return this;
    }

    /**
     * @param value the staff directory; default: an empty in-memory one
     * @return this builder
     */
    public Builder staffDirectory(StaffDirectory value) {
      staff = once("staffDirectory", staff, value);
      return this;
    }

    /**
     * @param value the clock; default: {@link Clock#systemUTC()}
     * @return this builder
     */
    public Builder clock(Clock value) {
      clock = once("clock", clock, value);
      return this;
    }

    /**
     * @param value the id source; default: {@link IdSource#random()}
     * @return this builder
     */
    public Builder idSource(IdSource value) {
      ids = once("idSource", ids, value);
      return this;
    }

    /**
     * @param value the shop's currency; default: CNY
     * @return this builder
     */
    public Builder shopCurrency(Currency value) {
      shopCurrency = once("shopCurrency", shopCurrency, value);
      return this;
    }

    /**
     * @param value converts foreign amounts; default: none, so foreign amounts are rejected
     * @return this builder
     */
    public Builder currencyConverter(CurrencyConverter value) {
      converter = once("currencyConverter", converter, value);
      return this;
    }

    /**
     * @param value the shop's time zone, for daily work; default: Asia/Shanghai
     * @return this builder
     */
    public Builder shopZone(ZoneId value) {
      shopZone = once("shopZone", shopZone, value);
      return this;
    }

    /**
     * @param value the language for staff and for customers without a preference; default: zh-CN
     * @return this builder
     */
    public Builder defaultLocale(Locale value) {
      defaultLocale = once("defaultLocale", defaultLocale, value);
      return this;
    }

    /**
     * @param value the channels the shop serves (TK-2); default: all
     * @return this builder
     */
    public Builder enabledChannels(Set<Channel> value) {
      Objects.requireNonNull(value, "enabledChannels");
      enabledChannels = once("enabledChannels", enabledChannels, value.isEmpty() ? Set.of() : EnumSet.copyOf(value));
      if (value.isEmpty()) {
        problems.add("enabledChannels must name at least one channel");
      }
      return this;
    }

    /**
     * Wires the sender for one channel; unwired channels go to the fallback channel.
     *
     * @param channel the channel
     * @param sender the sender
     * @return this builder
     */
    public Builder notificationChannel(Channel channel, NotificationChannel sender) {
      Objects.requireNonNull(channel, "channel");
      Objects.requireNonNull(sender, "sender");
      if (channels.putIfAbsent(channel, sender) != null) {
        problems.add("notificationChannel for " + channel + " is set twice");
      }
      return this;
    }

    /**
     * @param value the channel for notifications no other channel is wired for; default: one
     *     that logs through SLF4J
     * @return this builder
     */
    public Builder fallbackNotificationChannel(NotificationChannel value) {
      fallbackChannel = once("fallbackNotificationChannel", fallbackChannel, value);
      return this;
    }

    /**
     * @param value the templates; default: kefu's own in zh-CN and en
     * @return this builder
     */
    public Builder notificationTemplates(NotificationTemplates value) {
      templates = once("notificationTemplates", templates, value);
      return this;
    }

    /**
     * @param value who may do what (ST-1); default: {@link AccessPolicy#defaults()}
     * @return this builder
     */
    public Builder accessPolicy(AccessPolicy value) {
      access = once("accessPolicy", access, value);
      return this;
    }

    /**
     * @param value the classification thresholds (CU-2 to CU-4); default:
     *     {@link ClassificationRules#defaults()}
     * @return this builder
     */
    public Builder classificationRules(ClassificationRules value) {
      classification = once("classificationRules", classification, value);
      return this;
    }

    /**
     * @param value how notifications are retried; default: {@link RetryPolicy#defaults()}
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy value) {
      retry = once("retryPolicy", retry, value);
      return this;
    }

    /**
     * @param value the name this instance claims work under; default: a random id
     * @return this builder
     */
    public Builder instanceId(String value) {
      instanceId = once("instanceId", instanceId, value);
      if (value.isBlank()) {
        problems.add("instanceId must not be blank");
      }
      return this;
    }

    /**
     * @param value how long a claim on due work or an outbox message holds; default: 5 minutes
     * @return this builder
     */
    public Builder lease(Duration value) {
      lease = once("lease", lease, value);
      if (value.isNegative() || value.isZero()) {
        problems.add("lease must be positive, was " + value);
      }
      return this;
    }

    /**
     * @param value how often a command that lost a race to another writer is decided again
     *     before {@link dev.kefu.spi.store.StaleVersionException} reaches the caller; default: 3
     * @return this builder
     */
    public Builder commandRetries(int value) {
      commandRetries = once("commandRetries", commandRetries, value);
      if (value < 0) {
        problems.add("commandRetries must be at least 0, was " + value);
      }
      return this;
    }

    /**
     * @param value how many items background work takes per batch; default: 100
     * @return this builder
     */
    public Builder batchSize(int value) {
      batchSize = once("batchSize", batchSize, value);
      if (value < 1 || value > 1000) {
        problems.add("batchSize must be 1 to 1000, was " + value);
      }
      return this;
    }

    /**
     * @param value the local time (shop zone) of the daily reclassification; default: 00:05
     * @return this builder
     */
    public Builder dailyRunAt(LocalTime value) {
      dailyRunAt = once("dailyRunAt", dailyRunAt, value);
      return this;
    }

    /**
     * Builds kefu.
     *
     * @return the instance
     * @throws KefuConfigurationException listing every wiring problem
     */
    public Kefu build() {
      List<String> found = new ArrayList<>(problems);
      List<String> portNames =
          List.of("customerStore", "ticketStore", "unitOfWork", "dueWork", "outbox", "inboundKeys", "eventLog", "slaClockStore", "complaintStore", "revisitStore",
              "orderStore", "qualityStore");
      if (storage != null && !storagePorts.isEmpty()) {
        found.add("storage conflicts with " + String.join(", ", storagePorts.keySet())
            + ": wire all storage ports through storage(...) or each one, not both");
      }
      if (storage == null && !storagePorts.isEmpty() && portNames.stream().anyMatch(n -> !storagePorts.containsKey(n))) {
        List<String> missing = portNames.stream().filter(n -> !storagePorts.containsKey(n)).toList();
        found.add("storage ports missing: " + String.join(", ", missing)
            + " (a unit of work spans every storage port, so they must come from one backend)");
      }
      ZoneId zone = Optional.ofNullable(shopZone).orElse(ZoneId.of("Asia/Shanghai"));
      SlaSettings slaConfig = Optional.ofNullable(slaSettings).orElseGet(() -> SlaSettings.defaults(zone));
      if (!slaConfig.calendars().containsKey(SlaPolicy.SHOP_CALENDAR)) {
        found.add("sla has no \"" + SlaPolicy.SHOP_CALENDAR + "\" calendar");
      }
      for (SlaPolicy p : slaConfig.policies().all()) {
        if (!slaConfig.calendars().containsKey(p.calendarId())) {
          found.add("SLA policy " + p.id() + " counts on calendar " + p.calendarId() + ", which sla does not define");
        }
      }
      for (String own : List.of(OrderService.REMINDER_DUTY, OrderService.NOTICE_DUTY, OrderService.RETURNS_DUTY)) {
        if (duties.containsKey(own)) {
          found.add("duty id " + own + " is kefu's own (orders)");
        }
      }
      if (duties.containsKey(RevisitService.MEMBER_DUTY)) {
        found.add("duty id " + RevisitService.MEMBER_DUTY + " is kefu's own (the member revisits)");
      }
      for (Duty d : duties.values()) {
        if (!slaConfig.calendars().containsKey(d.calendarId())) {
          found.add("duty " + d.id() + " runs on calendar " + d.calendarId() + ", which sla does not define");
        }
      }
      if (storage != null) {
        for (Runnable port : List.<Runnable>of(storage::slaClocks, storage::complaints, storage::revisits, storage::orders,
            storage::quality)) {
          try {
            port.run();
          } catch (UnsupportedOperationException e) {
            found.add(e.getMessage());
          }
        }
      }
      if (!found.isEmpty()) {
        throw new KefuConfigurationException(found);
      }
      Storage s = storage != null ? storage : storagePorts.isEmpty() ? new InMemoryStorage() : null;
      IdSource idSource = Optional.ofNullable(ids).orElse(IdSource.random());
      Settings settings = new Settings(
          Optional.ofNullable(clock).orElse(Clock.systemUTC()),
          idSource,
          Optional.ofNullable(shopCurrency).orElse(Currency.getInstance("CNY")),
          Optional.ofNullable(converter),
          zone,
          Optional.ofNullable(defaultLocale).orElse(Locale.SIMPLIFIED_CHINESE),
          Collections.unmodifiableSet(enabledChannels == null ? EnumSet.allOf(Channel.class) : EnumSet.copyOf(enabledChannels)),
          s != null ? s.customers() : (CustomerStore) storagePorts.get("customerStore"),
          s != null ? s.tickets() : (TicketStore) storagePorts.get("ticketStore"),
          s != null ? s.complaints() : (ComplaintStore) storagePorts.get("complaintStore"),
          s != null ? s.revisits() : (RevisitStore) storagePorts.get("revisitStore"),
          s != null ? s.slaClocks() : (SlaClockStore) storagePorts.get("slaClockStore"),
          s != null ? s.unitOfWork() : (UnitOfWorkCommitter) storagePorts.get("unitOfWork"),
          s != null ? s.dueWork() : (DueWork) storagePorts.get("dueWork"),
          s != null ? s.outbox() : (Outbox) storagePorts.get("outbox"),
          s != null ? s.inboundKeys() : (InboundKeys) storagePorts.get("inboundKeys"),
          s != null ? s.eventLog() : (EventLog) storagePorts.get("eventLog"),
          Optional.ofNullable(staff).orElseGet(InMemoryStaffDirectory::new),
          Optional.ofNullable(access).orElseGet(AccessPolicy::defaults),
          new CustomerClassifier(Optional.ofNullable(classification).orElseGet(ClassificationRules::defaults)),
          Optional.ofNullable(retry).orElseGet(RetryPolicy::defaults),
          Optional.ofNullable(templates).orElseGet(ResourceBundleTemplates::defaults),
          channels.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(channels)),
          Optional.ofNullable(fallbackChannel).orElseGet(LoggingNotificationChannel::new),
          Optional.ofNullable(instanceId).orElseGet(() -> "kefu-" + idSource.next()),
          Optional.ofNullable(lease).orElse(Duration.ofMinutes(5)),
          Optional.ofNullable(commandRetries).orElse(3),
          Optional.ofNullable(batchSize).orElse(100),
          Optional.ofNullable(dailyRunAt).orElse(LocalTime.of(0, 5)));
      RoutingStore routingStore = (RoutingStore) storagePorts.get("routingStore");
      if (s != null) {
        try {
          routingStore = s.routing();
        } catch (UnsupportedOperationException e) {
          routingStore = null; // routing is optional: its commands say what is missing
        }
      }
      return new Kefu(settings, slaConfig, List.copyOf(duties.values()),
          Optional.ofNullable(complaintRules).orElseGet(() -> ComplaintRules.defaults(settings.shopCurrency())), orderVolume,
          Optional.ofNullable(revisitRules).orElseGet(RevisitRules::defaults),
          Optional.ofNullable(ownershipRules).orElseGet(OwnershipRules::defaults),
          new OrderWiring(Optional.ofNullable(orderRules).orElseGet(OrderRules::defaults),
              s != null ? s.orders() : (OrderStore) storagePorts.get("orderStore"),
              Optional.ofNullable(orderPort).orElseGet(InMemoryOrderPort::new),
              Optional.ofNullable(stockPort).orElseGet(InMemoryStock::new),
              Optional.ofNullable(customerPresence).orElseGet(InMemoryCustomerPresence::new)),
          Optional.ofNullable(routingRules).orElseGet(RoutingRules::defaults), routingStore,
          Optional.ofNullable(reportRules).orElseGet(dev.kefu.report.ReportRules::defaults),
          new QualityWiring(s != null ? s.quality() : (QualityStore) storagePorts.get("qualityStore"),
              Optional.ofNullable(qualityRules).orElseGet(QualityRules::defaults),
              Optional.ofNullable(kpiTargets).orElseGet(AssessmentTargets::defaults)));
    }
  }

  /** What QA is wired with. */
  private record QualityWiring(QualityStore store, QualityRules rules, AssessmentTargets targets) {}

  /** What the order feature is wired with. */
  private record OrderWiring(OrderRules rules, OrderStore store, OrderPort port, StockPort stock, CustomerPresence presence) {}
}
