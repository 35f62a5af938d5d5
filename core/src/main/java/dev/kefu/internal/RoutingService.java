package dev.kefu.internal;

import dev.kefu.Origin;
import dev.kefu.AccessDeniedException;
import dev.kefu.routing.AttributeSale;
import dev.kefu.routing.CallVerdict;
import dev.kefu.routing.ReleaseTicket;
import dev.kefu.routing.ReportAgentState;
import dev.kefu.routing.RouteOutcome;
import dev.kefu.routing.RouteTicket;
import dev.kefu.routing.Routing;
import dev.kefu.routing.RoutingKernel;
import dev.kefu.routing.RoutingRules;
import dev.kefu.routing.SaleAttribution;
import dev.kefu.routing.Waiting;
import dev.kefu.spi.Aggregate;
import dev.kefu.spi.Channel;
import dev.kefu.spi.customer.Customer;
import dev.kefu.spi.customer.Tier;
import dev.kefu.spi.routing.AgentLoad;
import dev.kefu.spi.routing.Conversation;
import dev.kefu.spi.routing.Presence;
import dev.kefu.spi.routing.QueuedTicket;
import dev.kefu.spi.routing.RoutingStore;
import dev.kefu.spi.staff.Role;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.staff.StaffMember;
import dev.kefu.spi.store.AggregateWrite;
import dev.kefu.spi.store.DueItem;
import dev.kefu.spi.store.ScheduledWork;
import dev.kefu.spi.store.StaleVersionException;
import dev.kefu.spi.store.UnitOfWork;
import dev.kefu.spi.ticket.ContactLogEntry;
import dev.kefu.spi.ticket.Ticket;
import dev.kefu.spi.ticket.TicketId;
import dev.kefu.spi.ticket.TicketKind;
import dev.kefu.spi.ticket.TicketStatus;
import dev.kefu.staff.StaffAction;
import dev.kefu.staffing.Roster;
import dev.kefu.staffing.Shift;
import dev.kefu.workforce.ErlangC;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routing (see {@link Routing}): decisions on a {@link RoutingKernel} built from the stored agent
 * loads, reservations as versioned writes of those loads in the unit of work that assigns the
 * ticket, the shared queue, and the due work of greetings (TK-20), handovers (TK-15) and call
 * checks (TK-17).
 */
public final class RoutingService implements Routing {

  /** The due-work kind of a waiting customer's next greeting (TK-20). */
  public static final String GREET = "routing.greet";
  /** The due-work kind that routes a new ticket as the dispatcher. */
  public static final String ROUTE_NEW = "routing.new";
  /** The due-work kind that frees a resolved or closed ticket's capacity. */
  public static final String RELEASE = "routing.release";
  /** The due-work kind of an absent agent's handover (TK-15). */
  public static final String ABSENCE = "routing.absence";
  /** The due-work kind of a long call's check (TK-17). */
  public static final String CALL = "routing.call";

  private static final Logger LOG = LoggerFactory.getLogger(RoutingService.class);
  private static final int VIP_DESK = TicketKind.values().length; // the kernel skill of the VIP desk (CU-4)
  private static final int SKILLS = VIP_DESK + 1;
  private static final int CHANNELS = Channel.values().length;
  private static final Set<TicketKind> ORDERS =
      Set.of(TicketKind.PRE_SALE_INQUIRY, TicketKind.ORDER_HANDLING, TicketKind.PAYMENT_REMINDER, TicketKind.COD_CONFIRMATION);

  private final Settings settings;
  private final CommandRunner runner;
  private final BeanValidation validation;
  private final Actors actors;
  private final Outgoing outgoing;
  private final TicketService tickets;
  private final RoutingRules rules;
  private final RoutingStore store;
  private final ConcurrentMap<LocalDate, Roster> rosters = new ConcurrentHashMap<>();

  /**
   * Creates the service.
   *
   * @param settings the wiring
   * @param runner the command runner
   * @param validation the validator
   * @param tickets the ticket service, which assigns
   * @param rules the routing rules
   * @param store the routing store, or null if the storage keeps none (then routing refuses to run)
   */
  public RoutingService(Settings settings, CommandRunner runner, BeanValidation validation, TicketService tickets,
      RoutingRules rules, RoutingStore store) {
    this.settings = settings;
    this.runner = runner;
    this.validation = validation;
    this.actors = new Actors(settings);
    this.outgoing = new Outgoing(settings);
    this.tickets = tickets;
    this.rules = rules;
    this.store = store;
  }

  private RoutingStore store() {
    if (store == null) {
      throw new UnsupportedOperationException("the storage keeps no routing state: implement Storage.routing() or wire routingStore(...)");
    }
    return store;
  }

  @Override
  public RoutingRules rules() {
    return rules;
  }

  @Override
  public void publishRoster(Roster roster) {
    Objects.requireNonNull(roster, "roster");
    rosters.put(roster.weekStart(), roster);
    // TK-16: each shift still to come hands its agent the worklist at its start; the keys are the
    // agent and the start, so publishing again, here or on another instance, schedules nothing twice
    Instant now = settings.clock().instant();
    UnitOfWork.Builder work = UnitOfWork.builder();
    for (dev.kefu.staffing.Shift s : roster.shifts()) {
      if (s.start().isAfter(now) && !roster.onLeave(s.agent(), s.date())) {
        work.addSchedule(new dev.kefu.spi.store.ScheduledWork(OrderService.WORKLIST_KIND + ":" + s.agent().value() + ":"
            + s.start(), OrderService.WORKLIST_KIND, s.start(), Map.of("agent", s.agent().value())));
      }
    }
    UnitOfWork unit = work.build();
    if (!unit.isEmpty()) {
      settings.committer().commit(unit);
    }
  }

  @Override
  public CallVerdict judgeCall(Duration length) {
    return rules.judgeCall(length);
  }

  // ---- the snapshot the kernel decides on ----------------------------------------------------

  /** One decision's view: the stored loads, who is on shift, and the kernels built from them. */
  private final class Snapshot {
    final Instant now;
    final List<AgentLoad> loads = new ArrayList<>();
    final List<StaffMember> members = new ArrayList<>();
    final Map<StaffId, Integer> index = new HashMap<>();
    final boolean[] eligible;
    private RoutingKernel leastLoaded;
    private RoutingKernel evenSpread;

    Snapshot(Instant now) {
      this.now = now;
      Set<StaffId> onShift = new HashSet<>();
      for (Roster r : rosters.values()) {
        for (Shift s : r.workingAt(now)) {
          onShift.add(s.agent());
        }
      }
      for (AgentLoad l : store().loads()) {
        Optional<StaffMember> m = settings.staff().find(l.agent());
        if (m.isPresent()) {
          index.put(l.agent(), loads.size());
          loads.add(l);
          members.add(m.get());
        }
      }
      eligible = new boolean[loads.size()];
      for (int i = 0; i < loads.size(); i++) {
        StaffMember m = members.get(i);
        eligible[i] = onShift.contains(m.id()) && loads.get(i).presence().takesWork()
            && settings.access().decide(m.role(), StaffAction.HANDLE_TICKET).isAllowed();
      }
    }

    RoutingKernel kernel(RoutingKernel.Ordering ordering) {
      if (ordering == RoutingKernel.Ordering.LEAST_LOADED) {
        if (leastLoaded == null) {
          leastLoaded = build(ordering);
        }
        return leastLoaded;
      }
      if (evenSpread == null) {
        evenSpread = build(ordering);
      }
      return evenSpread;
    }

    private RoutingKernel build(RoutingKernel.Ordering ordering) {
      RoutingKernel k = new RoutingKernel(loads.size(), SKILLS, CHANNELS, ordering);
      long minRouted = loads.stream().mapToLong(AgentLoad::routed).min().orElse(0);
      int[] caps = new int[CHANNELS];
      for (int i = 0; i < loads.size(); i++) {
        StaffMember m = members.get(i);
        AgentLoad l = loads.get(i);
        long bits = 0;
        for (TicketKind kind : TicketKind.values()) {
          if (m.levelOf(rules.skillFor(kind)) > 0) {
            bits |= 1L << kind.ordinal();
          }
        }
        if (m.role() == Role.VIP_AGENT) {
          bits |= 1L << VIP_DESK;
        }
        for (Channel c : Channel.values()) {
          boolean skilled = rules.skillFor(c).map(s -> m.levelOf(s) > 0).orElse(true);
          caps[c.ordinal()] = skilled && settings.enabledChannels().contains(c) ? rules.capacity(c) : 0;
        }
        k.define(i, bits, caps, m.role().isLead() ? rules.leadSharePercent() : 100, l.idleSince().toEpochMilli());
        for (Channel c : Channel.values()) {
          k.held(i, c.ordinal(), l.load(c));
        }
        k.routed(i, l.routed() - minRouted); // relative counts keep the even-spread buckets few
        k.eligible(i, eligible[i]);
      }
      return k;
    }

    void reserve(int agent, Channel channel) {
      long at = now.toEpochMilli();
      for (RoutingKernel k : new RoutingKernel[] {leastLoaded, evenSpread}) {
        if (k != null) {
          k.reserve(agent, channel.ordinal(), at);
        }
      }
    }

    /** After a commit: the written loads are the new bases. */
    void committed(Drafts drafts) {
      for (AgentLoad l : drafts.written) {
        Integer i = index.get(l.agent());
        if (i != null) {
          loads.set(i, l);
        }
      }
    }
  }

  /** The agent chosen and the rule that chose them. */
  private record Choice(int agent, String ruleId) {}

  private Choice choose(Snapshot snap, Ticket ticket, Customer customer) {
    int channel = ticket.channel().ordinal();
    int kind = ticket.kind().ordinal();
    boolean vip = customer.tier() == Tier.VIP;
    RoutingKernel k = snap.kernel(RoutingKernel.Ordering.LEAST_LOADED);
    if (vip) {
      int a = k.choose(VIP_DESK, channel);
      if (a >= 0) {
        return new Choice(a, "CU-4");
      }
    }
    Integer owner = customer.owner().map(snap.index::get).orElse(null);
    if (owner != null && k.canTake(owner, kind, channel) && TicketService.mayServe(snap.members.get(owner), customer)) {
      return new Choice(owner, "CU-7");
    }
    if (vip) {
      return null; // CU-4: a VIP customer waits for the VIP desk
    }
    if (rules.promotionAt(snap.now) && ORDERS.contains(ticket.kind())) {
      int a = snap.kernel(RoutingKernel.Ordering.EVEN_SPREAD).choose(kind, channel);
      return a < 0 ? null : new Choice(a, "TK-12");
    }
    int a = k.choose(kind, channel);
    return a < 0 ? null : new Choice(a, "ST-13");
  }

  /** The loads one unit of work changes, each written once from the version it was read at. */
  private static final class Drafts {
    private final Map<StaffId, AgentLoad> base = new LinkedHashMap<>();
    private final Map<StaffId, AgentLoad> next = new LinkedHashMap<>();
    final List<AgentLoad> written = new ArrayList<>();

    AgentLoad current(AgentLoad read) {
      base.putIfAbsent(read.agent(), read);
      return next.getOrDefault(read.agent(), read);
    }

    void put(AgentLoad changed) {
      next.put(changed.agent(), changed);
    }

    void writeInto(UnitOfWork.Builder work) {
      for (AgentLoad n : next.values()) {
        AgentLoad b = base.get(n.agent());
        AgentLoad w = new AgentLoad(n.agent(), n.presence(), n.presenceSince(), n.conversations(), n.idleSince(), n.routed(),
            b.version() + 1);
        work.addWrites(AggregateWrite.update(w));
        written.add(w);
      }
    }
  }

  /** Reserves the chosen agent's capacity and assigns the ticket, into one unit of work. */
  private Ticket give(UnitOfWork.Builder work, Drafts drafts, Snapshot snap, int agent, Ticket ticket, StaffId by) {
    AgentLoad load = drafts.current(snap.loads.get(agent));
    drafts.put(load.withReserved(new Conversation(ticket.id(), ticket.channel(), snap.now)));
    snap.reserve(agent, ticket.channel());
    StaffId to = load.agent();
    Ticket after = tickets.assignInto(work, ticket, to, by == null ? to : by, snap.now);
    if (ticket.channel() == Channel.PHONE) { // TK-17: the call is checked when it runs long
      work.addSchedule(new ScheduledWork(CALL + ":" + ticket.id().value(), CALL, snap.now.plus(rules.callFlagAfter()),
          Map.of("ticket", ticket.id().value(), "agent", to.value(), "stage", "flag")));
    }
    return after;
  }

  // ---- the queue (TK-20) ---------------------------------------------------------------------

  private static boolean ahead(QueuedTicket a, Instant at, TicketId ticket) {
    int c = a.queuedAt().compareTo(at);
    return c < 0 || c == 0 && a.ticket().value().compareTo(ticket.value()) < 0;
  }

  /** The place of a ticket waiting since an instant, and its expected wait from the Erlang C model. */
  private Waiting place(Snapshot snap, List<QueuedTicket> waiting, TicketId ticket, TicketKind kind, Channel channel,
      boolean vip, Instant since) {
    int place = 1;
    int sameAhead = 0;
    for (QueuedTicket q : waiting) {
      if (!q.ticket().equals(ticket) && ahead(q, since, ticket)) {
        place++;
        if (q.kind() == kind && q.channel() == channel && q.vip() == vip) {
          sameAhead++;
        }
      }
    }
    int skill = vip ? VIP_DESK : kind.ordinal();
    RoutingKernel k = snap.kernel(RoutingKernel.Ordering.LEAST_LOADED);
    int servers = 0;
    int busy = 0;
    for (int a = 0; a < snap.loads.size(); a++) {
      if (snap.eligible[a] && k.capacity(a, channel.ordinal()) > 0 && (k.canTake(a, skill, channel.ordinal())
          || k.load(a, channel.ordinal()) >= k.capacity(a, channel.ordinal()) && hasSkill(snap, a, skill))) {
        servers += k.capacity(a, channel.ordinal());
        busy += k.load(a, channel.ordinal());
      }
    }
    Optional<Duration> wait = Optional.empty();
    if (servers > 0) {
      Duration aht = rules.averageHandleTime();
      double inLine = (sameAhead + 1) * (double) aht.toSeconds() / servers;
      double seconds = inLine;
      if (servers > busy) { // a stable queue: the Erlang C mean wait at the current load, at least the line ahead
        seconds = Math.max(ErlangC.evaluate(servers, busy, aht, Duration.ZERO).averageSpeedOfAnswer(), inLine);
      }
      wait = Optional.of(Duration.ofSeconds((long) Math.ceil(seconds)));
    }
    return new Waiting(ticket, place, since, wait);
  }

  private boolean hasSkill(Snapshot snap, int agent, int skill) {
    StaffMember m = snap.members.get(agent);
    return skill == VIP_DESK ? m.role() == Role.VIP_AGENT : m.levelOf(rules.skillFor(TicketKind.values()[skill])) > 0;
  }

  private void tell(UnitOfWork.Builder work, Customer customer, Ticket ticket, String template, Waiting w, Instant now) {
    Map<String, String> params = new HashMap<>();
    params.put("ticketId", ticket.id().value());
    params.put("place", Integer.toString(w.place()));
    String key = template;
    if (w.expectedWait().isPresent()) {
      key = template + "-wait";
      params.put("minutes", Long.toString(Math.max(1, (w.expectedWait().get().toSeconds() + 59) / 60)));
    }
    outgoing.toCustomer(customer, Optional.of(ticket.channel()), settings.ids().next(), key, params, now).ifPresent(work::addOutbox);
  }

  private ScheduledWork greeting(TicketId ticket, Instant now) {
    return new ScheduledWork(GREET + ":" + ticket.value(), GREET, now.plus(rules.greetEvery()), Map.of("ticket", ticket.value()));
  }

  /** Queues a ticket nobody can take (or keeps it queued) and tells the customer at once (TK-20). */
  private Waiting enqueue(UnitOfWork.Builder work, Snapshot snap, Ticket ticket, Customer customer) {
    Optional<QueuedTicket> entry = store().queued(ticket.id());
    boolean vip = customer.tier() == Tier.VIP;
    QueuedTicket q;
    if (entry.isEmpty()) {
      q = new QueuedTicket(ticket.id(), ticket.customer(), ticket.kind(), ticket.channel(), vip, snap.now,
          QueuedTicket.Status.WAITING, Optional.empty(), 1);
      work.addWrites(AggregateWrite.create(q));
    } else if (!entry.get().isWaiting()) {
      q = entry.get().requeued(snap.now);
      work.addWrites(AggregateWrite.update(q));
    } else {
      q = entry.get();
    }
    Waiting w = place(snap, store().waiting(), ticket.id(), ticket.kind(), ticket.channel(), vip, q.queuedAt());
    if (entry.isEmpty() || !entry.get().isWaiting()) {
      tell(work, customer, ticket, "routing.queued", w, snap.now);
      work.addSchedule(greeting(ticket.id(), snap.now));
    }
    return w;
  }

  // ---- commands --------------------------------------------------------------------------------

  @Override
  public RouteOutcome route(RouteTicket command) {
    Objects.requireNonNull(command, "command");
    store();
    AtomicReference<RouteOutcome> outcome = new AtomicReference<>();
    Aggregate result = runner.run("RouteTicket", command, CommandRunner.requestKey(command.origin()), "origin.requestId",
        Aggregate.class, a -> {
          Violations v = a.violations();
          StaffMember actor = actors.resolve(command.origin(), v);
          Ticket ticket = v.found(command.ticketId(), "ticketId", settings.tickets()::find, "ticket");
          if (ticket != null && (ticket.status() != TicketStatus.OPEN || ticket.owner().isPresent())) {
            v.add("ticketId", "routing takes open, unassigned tickets; this one is " + ticket.status()
                + (ticket.owner().isPresent() ? " with an owner" : ""));
          }
          v.throwIfAny();
          actors.authorize(actor, StaffAction.ASSIGN_TICKET_TO_OTHERS);
          Customer customer = settings.customers().find(ticket.customer())
              .orElseThrow(() -> new IllegalStateException("ticket " + ticket.id() + " names an unknown customer"));
          Snapshot snap = new Snapshot(a.now());
          Choice choice = choose(snap, ticket, customer);
          UnitOfWork.Builder work = UnitOfWork.builder();
          if (choice != null) {
            Drafts drafts = new Drafts();
            Ticket after = give(work, drafts, snap, choice.agent(), ticket, actor.id());
            store().queued(ticket.id()).filter(QueuedTicket::isWaiting).ifPresent(q -> {
              work.addWrites(AggregateWrite.update(q.routed(after.owner().orElseThrow())));
              work.addCancel(GREET + ":" + ticket.id().value());
            });
            drafts.writeInto(work);
            outcome.set(new RouteOutcome(ticket.id(), after.owner(), choice.ruleId(), Optional.empty(), Optional.empty()));
            LOG.debug("ticket {} routed to {} ({})", ticket.id(), after.owner().orElseThrow(), choice.ruleId());
            return new Change<>(after, work);
          }
          Waiting w = enqueue(work, snap, ticket, customer);
          outcome.set(new RouteOutcome(ticket.id(), Optional.empty(), "TK-20", Optional.of(w.place()), w.expectedWait()));
          LOG.debug("ticket {} queued at place {}", ticket.id(), w.place());
          QueuedTicket q = store().queued(ticket.id()).filter(QueuedTicket::isWaiting).orElse(null);
          if (work.build().isEmpty()) {
            return Change.none(q);
          }
          return new Change<>(q != null ? q : ticket, work);
        });
    if (outcome.get() != null) {
      return outcome.get();
    }
    // a repeated request: what the first run left
    if (result instanceof Ticket t) {
      return new RouteOutcome(t.id(), t.owner(), "repeated", Optional.empty(), Optional.empty());
    }
    return new RouteOutcome(command.ticketId(), Optional.empty(), "repeated", Optional.empty(), Optional.empty());
  }

  @Override
  public List<RouteOutcome> routeWaiting() {
    List<RouteOutcome> out = new ArrayList<>();
    Snapshot snap = null;
    for (QueuedTicket q : store().waiting()) {
      for (int attempt = 0; attempt <= settings.commandRetries(); attempt++) {
        Instant now = settings.clock().instant();
        if (snap == null || !snap.now.equals(now)) {
          snap = new Snapshot(now);
        }
        Optional<QueuedTicket> fresh = store().queued(q.ticket()).filter(QueuedTicket::isWaiting);
        if (fresh.isEmpty()) {
          break;
        }
        Ticket ticket = settings.tickets().find(q.ticket()).orElse(null);
        UnitOfWork.Builder work = UnitOfWork.builder();
        Drafts drafts = new Drafts();
        RouteOutcome routed = null;
        if (ticket == null || ticket.status() == TicketStatus.RESOLVED || ticket.status() == TicketStatus.CLOSED) {
          work.addWrites(AggregateWrite.update(fresh.get().withdrawn())).addCancel(GREET + ":" + q.ticket().value());
        } else {
          Customer customer = settings.customers().find(ticket.customer()).orElse(null);
          Choice choice = customer == null ? null : choose(snap, ticket, customer);
          if (choice == null) {
            break; // keeps its place; later tickets may need other skills
          }
          Ticket after = give(work, drafts, snap, choice.agent(), ticket, null);
          work.addWrites(AggregateWrite.update(fresh.get().routed(after.owner().orElseThrow())))
              .addCancel(GREET + ":" + q.ticket().value());
          drafts.writeInto(work);
          routed = new RouteOutcome(ticket.id(), after.owner(), choice.ruleId(), Optional.empty(), Optional.empty());
        }
        try {
          settings.committer().commit(work.build());
          snap.committed(drafts);
          if (routed != null) {
            out.add(routed);
          }
          break;
        } catch (StaleVersionException e) {
          LOG.debug("routing a waiting ticket lost a race ({}); deciding again", e.getMessage());
          snap = null;
        }
      }
    }
    return out;
  }

  @Override
  public AgentLoad reportState(ReportAgentState command) {
    Objects.requireNonNull(command, "command");
    store();
    AgentLoad after = runner.run("ReportAgentState", command, CommandRunner.requestKey(command.origin()), "origin.requestId",
        AgentLoad.class, a -> {
          Violations v = a.violations();
          StaffMember actor = actors.resolve(command.origin(), v);
          StaffMember agent = actors.member(command.agent(), "agent", v);
          if (command.at() != null && command.at().isAfter(a.now())) {
            v.add("at", "must not be after now (" + a.now() + "), was " + command.at());
          }
          v.throwIfAny();
          if (!actor.id().equals(agent.id()) && !actor.role().isLead()) {
            throw new AccessDeniedException(actor.id(), actor.role(), "report the state of " + agent.id(), "ST-1",
                "only the agent or a lead reports an agent's state");
          }
          Optional<AgentLoad> stored = store().load(agent.id());
          AgentLoad current = stored.orElse(AgentLoad.first(agent.id(), command.at()));
          if (stored.isPresent() && command.at().isBefore(current.presenceSince())) {
            return Change.none(current); // an older report than the one stored: the timeline moved on
          }
          Presence presence = Presence.valueOf(command.state().name());
          AgentLoad changed = current.withPresence(presence, command.at());
          AgentLoad next = new AgentLoad(changed.agent(), changed.presence(), changed.presenceSince(), changed.conversations(),
              changed.idleSince(), changed.routed(), stored.map(AgentLoad::version).orElse(0L) + 1);
          UnitOfWork.Builder work = UnitOfWork.builder()
              .addWrites(stored.isPresent() ? AggregateWrite.update(next) : AggregateWrite.create(next));
          String absenceKey = ABSENCE + ":" + agent.id().value();
          if (presence.isAway() && !current.presence().isAway()) {
            // TK-15: the customers hear at once; the tickets go to others if the absence lasts
            for (Conversation c : current.conversations()) {
              settings.tickets().find(c.ticket()).ifPresent(t -> settings.customers().find(t.customer()).ifPresent(cu ->
                  outgoing.toCustomer(cu, Optional.of(t.channel()), settings.ids().next(), "routing.agent-away",
                      Map.of("ticketId", t.id().value()), a.now()).ifPresent(work::addOutbox)));
            }
            work.addSchedule(new ScheduledWork(absenceKey, ABSENCE, command.at().plus(rules.handoverAfter()),
                Map.of("agent", agent.id().value(), "since", command.at().toString())));
          } else if (!presence.isAway()) {
            work.addCancel(absenceKey);
          }
          return new Change<>(next, work);
        });
    if (after.presence().takesWork()) {
      routeWaiting();
    }
    return after;
  }

  @Override
  public Optional<AgentLoad> release(ReleaseTicket command) {
    Objects.requireNonNull(command, "command");
    store();
    Aggregate result = runner.run("ReleaseTicket", command, CommandRunner.requestKey(command.origin()), "origin.requestId",
        Aggregate.class, a -> {
          Violations v = a.violations();
          StaffMember actor = actors.resolve(command.origin(), v);
          Ticket ticket = v.found(command.ticketId(), "ticketId", settings.tickets()::find, "ticket");
          v.throwIfAny();
          actors.authorize(actor, StaffAction.HANDLE_TICKET);
          UnitOfWork.Builder work = UnitOfWork.builder();
          Aggregate changed = null;
          Optional<AgentLoad> holder = ticket.owner().flatMap(store()::load).filter(l -> l.holding(ticket.id()).isPresent());
          if (holder.isEmpty()) {
            holder = store().loads().stream().filter(l -> l.holding(ticket.id()).isPresent()).findFirst();
          }
          if (holder.isPresent()) {
            AgentLoad freed = holder.get().withReleased(ticket.id(), a.now());
            work.addWrites(AggregateWrite.update(freed)).addCancel(CALL + ":" + ticket.id().value());
            changed = freed;
          }
          Optional<QueuedTicket> waiting = store().queued(ticket.id()).filter(QueuedTicket::isWaiting);
          if (waiting.isPresent()) {
            work.addWrites(AggregateWrite.update(waiting.get().withdrawn())).addCancel(GREET + ":" + ticket.id().value());
            changed = changed != null ? changed : waiting.get().withdrawn();
          }
          return changed == null ? Change.none(ticket) : new Change<>(changed, work);
        });
    routeWaiting();
    return result instanceof AgentLoad l ? Optional.of(l) : Optional.empty();
  }

  @Override
  public List<Waiting> queue() {
    List<QueuedTicket> waiting = store().waiting();
    if (waiting.isEmpty()) {
      return List.of();
    }
    Snapshot snap = new Snapshot(settings.clock().instant());
    List<Waiting> out = new ArrayList<>(waiting.size());
    for (QueuedTicket q : waiting) {
      out.add(place(snap, waiting, q.ticket(), q.kind(), q.channel(), q.vip(), q.queuedAt()));
    }
    return out;
  }

  @Override
  public SaleAttribution attributeSale(AttributeSale command) {
    Objects.requireNonNull(command, "command");
    Violations v = new Violations("AttributeSale", validation.validate(command));
    StaffMember actor = actors.resolve(command.origin(), v);
    List<ContactLogEntry> entries = new ArrayList<>();
    if (command.tickets() != null && !v.has("tickets")) {
      for (int i = 0; i < command.tickets().size(); i++) {
        Ticket t = v.found(command.tickets().get(i), "tickets[" + i + "]", settings.tickets()::find, "ticket");
        if (t != null) {
          entries.addAll(t.contactLog());
        }
      }
    }
    Map<StaffId, Integer> decided = command.decidedPercent() == null ? Map.of() : command.decidedPercent();
    if (!decided.isEmpty() && !v.has("decidedPercent")) {
      int sum = 0;
      for (Map.Entry<StaffId, Integer> e : decided.entrySet()) {
        String path = "decidedPercent[" + e.getKey().value() + "]";
        actors.member(e.getKey(), path, v);
        if (e.getValue() < 0 || e.getValue() > 100) {
          v.addRule(path, "a share must be 0 to 100 percent, was " + e.getValue(), SaleAttribution.RULE);
        }
        sum += e.getValue();
      }
      if (sum != 100) {
        v.addRule("decidedPercent", "the shares must sum to 100 percent, summed to " + sum, SaleAttribution.RULE);
      }
    } else if (decided.isEmpty() && !v.has("tickets") && entries.stream().noneMatch(e -> e.handledBy().isPresent())) {
      v.addRule("tickets", "no agent served the order, so there is nobody to attribute the sale to", SaleAttribution.RULE);
    }
    v.throwIfAny();
    if (!decided.isEmpty()) {
      if (actor.role() != Role.SHOP_MANAGER && actor.role() != Role.GENERAL_MANAGER) {
        throw new AccessDeniedException(actor.id(), actor.role(), "decide a sale's attribution", SaleAttribution.RULE,
            "only the shop manager decides otherwise than by the conversation");
      }
      Map<StaffId, java.math.BigDecimal> shares = new LinkedHashMap<>();
      decided.entrySet().stream().sorted(Map.Entry.comparingByKey(java.util.Comparator.comparing(StaffId::value)))
          .forEach(e -> shares.put(e.getKey(), java.math.BigDecimal.valueOf(e.getValue()).movePointLeft(2)));
      return new SaleAttribution(shares, true);
    }
    return SaleAttribution.byConversation(entries);
  }

  // ---- due work --------------------------------------------------------------------------------

  /**
   * Routes a new ticket as the dispatcher ({@link RoutingRules#dispatcher()}), unless it has an
   * owner or waits in the queue already, so running the item again does nothing more.
   *
   * @param item the due item
   * @param now when it runs
   * @return no further effects: the routing commits its own
   */
  public UnitOfWork.Builder routeNew(DueItem item, Instant now) {
    TicketId id = TicketId.of(item.attributes().get("ticket"));
    Optional<StaffId> dispatcher = rules.dispatcher();
    boolean waiting = settings.tickets().find(id).filter(t -> t.status() == TicketStatus.OPEN && t.owner().isEmpty()).isPresent();
    if (dispatcher.isPresent() && waiting && store().queued(id).filter(QueuedTicket::isWaiting).isEmpty()) {
      try {
        route(new RouteTicket(Origin.of(dispatcher.get()), id));
      } catch (dev.kefu.KefuException e) {
        // a dispatcher the directory does not know or who may not assign: the host's wiring is wrong;
        // the ticket stays open for a person to take, and running the item again would not help
        LOG.warn("ticket {} not routed automatically: {}", id, e.getMessage());
      }
    }
    return UnitOfWork.builder();
  }

  /**
   * Frees the capacity a resolved or closed ticket held, as the dispatcher; harmless if it held
   * none.
   *
   * @param item the due item
   * @param now when it runs
   * @return no further effects: the release commits its own
   */
  public UnitOfWork.Builder releaseDone(DueItem item, Instant now) {
    TicketId id = TicketId.of(item.attributes().get("ticket"));
    rules.dispatcher().ifPresent(d -> {
      try {
        release(new ReleaseTicket(Origin.of(d), id));
      } catch (dev.kefu.KefuException e) {
        LOG.warn("capacity of ticket {} not released automatically: {}", id, e.getMessage());
      }
    });
    return UnitOfWork.builder();
  }

  /**
   * TK-20: greets a waiting customer again with their place and expected wait, and schedules the
   * next greeting; nothing once the ticket has left the queue.
   *
   * @param item the due item
   * @param now when it runs
   * @return the effects
   */
  public UnitOfWork.Builder greet(DueItem item, Instant now) {
    UnitOfWork.Builder work = UnitOfWork.builder();
    TicketId id = TicketId.of(item.attributes().get("ticket"));
    Optional<QueuedTicket> q = store().queued(id).filter(QueuedTicket::isWaiting);
    Optional<Ticket> ticket = settings.tickets().find(id);
    if (q.isEmpty() || ticket.isEmpty()) {
      return work;
    }
    Optional<Customer> customer = settings.customers().find(ticket.get().customer());
    Snapshot snap = new Snapshot(now);
    Waiting w = place(snap, store().waiting(), id, q.get().kind(), q.get().channel(), q.get().vip(), q.get().queuedAt());
    customer.ifPresent(c -> tell(work, c, ticket.get(), "routing.greeting", w, now));
    work.addSchedule(greeting(id, now));
    return work;
  }

  /**
   * TK-15: hands over the tickets of an agent still away since the absence began: each to
   * another agent by the order of choice, or into the queue.
   *
   * @param item the due item
   * @param now when it runs
   * @return the effects
   */
  public UnitOfWork.Builder handOver(DueItem item, Instant now) {
    UnitOfWork.Builder work = UnitOfWork.builder();
    StaffId agentId = StaffId.of(item.attributes().get("agent"));
    Instant since = Instant.parse(item.attributes().get("since"));
    Optional<AgentLoad> stored = store().load(agentId);
    if (stored.isEmpty() || !stored.get().presence().isAway() || !stored.get().presenceSince().equals(since)
        || stored.get().conversations().isEmpty()) {
      return work;
    }
    Snapshot snap = new Snapshot(now);
    Drafts drafts = new Drafts();
    AgentLoad absent = stored.get();
    for (Conversation c : absent.conversations()) {
      absent = absent.withReleased(c.ticket(), now);
      work.addCancel(CALL + ":" + c.ticket().value());
      Optional<Ticket> ticket = settings.tickets().find(c.ticket());
      if (ticket.isEmpty() || ticket.get().status() == TicketStatus.RESOLVED || ticket.get().status() == TicketStatus.CLOSED) {
        continue;
      }
      Optional<Customer> customer = settings.customers().find(ticket.get().customer());
      if (customer.isEmpty()) {
        continue;
      }
      Choice choice = choose(snap, ticket.get(), customer.get());
      if (choice != null) {
        give(work, drafts, snap, choice.agent(), ticket.get(), agentId);
        LOG.info("ticket {} handed over from absent agent {} (TK-15)", c.ticket(), agentId);
      } else {
        enqueue(work, snap, ticket.get(), customer.get());
      }
    }
    AgentLoad leaving = drafts.current(stored.get());
    drafts.put(new AgentLoad(leaving.agent(), leaving.presence(), leaving.presenceSince(), absent.conversations(),
        leaving.idleSince(), leaving.routed(), leaving.version()));
    drafts.writeInto(work);
    return work;
  }

  /**
   * TK-17: a call still running at the flag limit is flagged to the agent; at the escalation
   * limit it goes to their team lead.
   *
   * @param item the due item
   * @param now when it runs
   * @return the effects
   */
  public UnitOfWork.Builder checkCall(DueItem item, Instant now) {
    UnitOfWork.Builder work = UnitOfWork.builder();
    Map<String, String> at = item.attributes();
    TicketId ticket = TicketId.of(at.get("ticket"));
    StaffId agent = StaffId.of(at.get("agent"));
    Optional<Conversation> call = store().load(agent).flatMap(l -> l.holding(ticket)).filter(c -> c.channel() == Channel.PHONE);
    if (call.isEmpty()) {
      return work;
    }
    if ("flag".equals(at.get("stage"))) {
      work.addOutbox(outgoing.toStaff(agent, settings.ids().next(), "routing.call-long",
          Map.of("ticketId", ticket.value(), "minutes", Long.toString(rules.callFlagAfter().toMinutes())), now));
      work.addSchedule(new ScheduledWork(item.key(), CALL, call.get().since().plus(rules.callEscalateAfter()),
          Map.of("ticket", ticket.value(), "agent", agent.value(), "stage", "escalate")));
      LOG.info("call on ticket {} past {} flagged (TK-17)", ticket, rules.callFlagAfter());
    } else {
      List<StaffMember> line = settings.staff().reportingLine(agent);
      Optional<StaffMember> lead = line.stream().filter(m -> m.role() == Role.TEAM_LEAD).findFirst().or(() -> line.stream().findFirst());
      lead.ifPresent(l -> work.addOutbox(outgoing.toStaff(l.id(), settings.ids().next(), "routing.call-escalated",
          Map.of("ticketId", ticket.value(), "agent", agent.value(), "minutes", Long.toString(rules.callEscalateAfter().toMinutes())),
          now)));
      LOG.info("call on ticket {} past {} escalated (TK-17)", ticket, rules.callEscalateAfter());
    }
    return work;
  }
}
