package dev.kefu.internal;

import dev.kefu.calendar.BusinessCalendar;
import dev.kefu.sla.ClockMath;
import dev.kefu.sla.Sla;
import dev.kefu.sla.SlaPolicy;
import dev.kefu.sla.SlaReport;
import dev.kefu.sla.SlaSettings;
import dev.kefu.spi.customer.Customer;
import dev.kefu.spi.customer.Tier;
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
import dev.kefu.spi.notification.TemplateParameters;
import dev.kefu.spi.sla.ClockEntry;
import dev.kefu.spi.sla.EscalationStep;
import dev.kefu.spi.sla.SlaClock;
import dev.kefu.spi.sla.SlaClockQuery;
import dev.kefu.spi.sla.SlaMetric;
import dev.kefu.spi.sla.SlaTarget;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.staff.StaffMember;
import dev.kefu.spi.store.AggregateWrite;
import dev.kefu.spi.store.DueItem;
import dev.kefu.spi.store.Page;
import dev.kefu.spi.store.PageRequest;
import dev.kefu.spi.store.ScheduledWork;
import dev.kefu.spi.store.StaleVersionException;
import dev.kefu.spi.store.UnitOfWork;
import dev.kefu.spi.ticket.ContactLogEntry;
import dev.kefu.spi.ticket.Ticket;
import dev.kefu.spi.ticket.TicketId;
import dev.kefu.spi.ticket.TicketStatus;
import dev.kefu.ticket.TicketAction;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SLA engine: starts, pauses, resumes and ends clocks as tickets change (in the ticket
 * command's own unit of work), and fires warnings, breaches and escalations as due work — one due
 * item per open clock, always at its next threshold.
 *
 * <p>Thresholds that passed before a change are recorded at their own instants before the change
 * applies, so a clock's log is the same whether its timer ran on time or late.
 */
public final class SlaEngine implements Sla {

  private static final Logger LOG = LoggerFactory.getLogger(SlaEngine.class);

  /** The due-work kind of clock timers. */
  public static final String KIND = "sla.clock";

  private final Settings settings;
  private final CommandRunner runner;
  private final Outgoing outgoing;
  private final AtomicReference<SlaSettings> sla;
  /** Writes the instants of notices. */
  private final IsoInstant iso = new IsoInstant();

  /**
   * Creates the engine.
   *
   * @param settings the wiring
   * @param runner the command runner, for event metadata
   * @param sla the SLA settings
   */
  public SlaEngine(Settings settings, CommandRunner runner, SlaSettings sla) {
    this.settings = settings;
    this.runner = runner;
    this.outgoing = new Outgoing(settings);
    this.sla = new AtomicReference<>(sla);
  }

  /**
   * A business calendar by id.
   *
   * @param id the id
   * @return the calendar
   * @throws IllegalStateException if there is none
   */
  public BusinessCalendar calendar(String id) {
    BusinessCalendar c = sla.get().calendars().get(id);
    if (c == null) {
      throw new IllegalStateException("no business calendar " + id);
    }
    return c;
  }

  /**
   * Interned clock terms: every clock started under one policy and target shares one
   * {@link SlaClock.Terms}. Bounded by the configuration; cleared if it ever grows past
   * {@value #MAX_INTERNED_TERMS} (policies edited over and over), which costs only sharing.
   */
  private final Map<SlaClock.Terms, SlaClock.Terms> terms = new java.util.concurrent.ConcurrentHashMap<>();
  private static final int MAX_INTERNED_TERMS = 1_000;

  private SlaClock.Terms terms(SlaPolicy policy, SlaTarget target) {
    SlaClock.Terms made = new SlaClock.Terms(policy.id(), target, policy.calendarId(),
        policy.warning().warnAfter(target.duration()), policy.escalation());
    if (terms.size() > MAX_INTERNED_TERMS) {
      terms.clear();
    }
    SlaClock.Terms known = terms.putIfAbsent(made, made);
    return known != null ? known : made;
  }

  // ---- one clock's change within a unit of work -----------------------------------------------

  /** What to notify, if anything, when an event is written. */
  private record Notice(StaffId to, String template, Map<String, String> parameters) {}

  /** An event waiting for the clock's final version, with its notice. */
  private record Pending(Function<EventMeta, DomainEvent> event, Notice notice) {}

  /** A clock being changed: the stored version (null if new), the working copy and its events. */
  private final class Draft {
    final SlaClock stored;
    SlaClock clock;
    List<Pending> pending = List.of(); // made on the first event: most drafts have one or two
    /** Whether this draft completes the clock's timer (it fired): then its next one is always scheduled. */
    boolean timerCompleted;
    private SlaClock nextFor; // the clock `next` was computed for
    private Threshold next; // null if none
    private boolean storedNextKnown; // whether storedNext holds the stored clock's next threshold
    private Threshold storedNext;

    Draft(SlaClock stored, SlaClock clock) {
      this.stored = stored;
      this.clock = clock;
    }

    /** The version the draft will be written as. */
    long version() {
      return stored == null ? 1 : stored.version() + 1;
    }

    /** The working copy's next threshold, computed once per copy; null if none. */
    Threshold next() {
      if (nextFor != clock) {
        next = SlaEngine.this.next(clock);
        nextFor = clock;
        if (clock == stored && !storedNextKnown) {
          storedNext = next;
          storedNextKnown = true;
        }
      }
      return next;
    }

    /**
     * Whether the stored clock's timer already stands where the working copy's next threshold
     * lies, so that rescheduling it would change nothing: every write of a clock schedules its
     * next threshold or cancels its timer, so an unchanged threshold means an unchanged timer
     * (an assignment, for one, changes the owner and no instant). A timer that fired and is
     * completed with this draft is always scheduled again.
     */
    boolean timerStands() {
      if (stored == null || timerCompleted) {
        return false;
      }
      if (!storedNextKnown) {
        storedNext = SlaEngine.this.next(stored);
        storedNextKnown = true;
      }
      Threshold now = next();
      return storedNext == null ? now == null : now != null && storedNext.at().equals(now.at());
    }

    /**
     * Appends the entry of a threshold that {@link #next()} gave, and knows the working copy's
     * next threshold without computing it from the clock again: a warning is followed by the
     * breach it announced, a breach and each escalation by the ladder's next step. The entries
     * it appends change nothing {@link ClockMath} counts, so this is what {@code next} would give.
     */
    void appendThreshold(Threshold th, String detail, Function<EventMeta, DomainEvent> event, Notice notice) {
      SlaClock before = clock;
      append(th.kind(), th.at(), detail, event, notice);
      if (before.status() != SlaClock.Status.RUNNING || clock.status() != SlaClock.Status.RUNNING) {
        return; // computed from the clock when asked
      }
      Threshold following = null;
      switch (th.kind()) {
        case WARNED -> {
          if (th.dueKnown()) {
            following = new Threshold(ClockEntry.Kind.BREACHED, th.due(), th.due(), true);
          } else {
            return;
          }
        }
        case BREACHED, ESCALATED -> {
          int fired = clock.escalationsFired();
          List<EscalationStep> ladder = clock.escalation();
          if (fired < ladder.size()) {
            // the breach's entry, as the log holds it: the last entry if this was the breach
            Instant breachAt = th.kind() == ClockEntry.Kind.BREACHED ? clock.logAt(clock.logSize() - 1) : th.breachAt();
            if (breachAt == null) {
              return;
            }
            Instant at = breachAt.plus(ladder.get(fired).afterBreach());
            following = new Threshold(ClockEntry.Kind.ESCALATED, at, at, true, breachAt);
          }
        }
        default -> {
          return;
        }
      }
      next = following;
      nextFor = clock;
    }

    void append(ClockEntry.Kind kind, Instant at, String detail, Function<EventMeta, DomainEvent> event, Notice notice) {
      Instant last = clock.logAt(clock.logSize() - 1);
      ClockEntry entry = new ClockEntry(kind, at.isBefore(last) ? last : at, detail);
      SlaClock.Status status = switch (kind) {
        case PAUSED -> SlaClock.Status.PAUSED;
        case RESUMED -> SlaClock.Status.RUNNING;
        case FULFILLED -> SlaClock.Status.FULFILLED;
        case STOPPED -> SlaClock.Status.STOPPED;
        default -> clock.status();
      };
      clock = clock.withEntry(entry, status, clock.breached() || kind == ClockEntry.Kind.BREACHED,
          clock.escalationsFired() + (kind == ClockEntry.Kind.ESCALATED ? 1 : 0), version());
      if (event != null) {
        addPending(new Pending(event, notice));
      }
    }

    void addPending(Pending p) {
      if (pending.isEmpty()) {
        pending = new ArrayList<>(2);
      }
      pending.add(p);
    }

    boolean changed() {
      return stored == null || !pending.isEmpty() || !stored.equals(clock);
    }
  }

  /**
   * A threshold: what fires, when, and for a warning the due instant it announces ({@code
   * dueKnown} false if the clock could not say, and {@code due} is then {@code at}); for an
   * escalation, the breach's instant in the log, if known.
   */
  private record Threshold(ClockEntry.Kind kind, Instant at, Instant due, boolean dueKnown, Instant breachAt) {
    Threshold(ClockEntry.Kind kind, Instant at, Instant due, boolean dueKnown) {
      this(kind, at, due, dueKnown, null);
    }
  }

  /** The next instant at which a clock fires something, if it runs; null if none. */
  private Threshold next(SlaClock c) {
    if (c.status() != SlaClock.Status.RUNNING) {
      return null;
    }
    if (!c.breached()) {
      ClockMath math = new ClockMath(c, calendar(c.calendarId()));
      Instant due = math.dueAt().orElse(null);
      if (!c.warned() && c.warnAfter().compareTo(c.target().duration()) < 0) {
        Instant at = math.warnAt().orElse(null);
        return at == null ? null : new Threshold(ClockEntry.Kind.WARNED, at, due != null ? due : at, due != null);
      }
      return due == null ? null : new Threshold(ClockEntry.Kind.BREACHED, due, due, true);
    }
    if (c.escalationsFired() < c.escalation().size()) {
      Instant breachAt = null;
      for (int i = 1; breachAt == null; i++) {
        if (c.logKind(i) == ClockEntry.Kind.BREACHED) {
          breachAt = c.logAt(i);
        }
      }
      Instant at = breachAt.plus(c.escalation().get(c.escalationsFired()).afterBreach());
      return new Threshold(ClockEntry.Kind.ESCALATED, at, at, true, breachAt);
    }
    return null;
  }

  /** Fires every threshold that lies at or before {@code upTo}, at its own instant. */
  private void advance(Draft d, Instant upTo, boolean escalate) {
    Instant textFor = null; // a breach and its first escalation often fall at one instant: one text
    String text = null;
    TicketId ticketOfClock = null;
    for (Threshold th = d.next(); th != null && !th.at().isAfter(upTo); th = d.next()) {
      SlaClock c = d.clock;
      Instant at = th.at();
      if (ticketOfClock == null) {
        ticketOfClock = ticketOf(c);
      }
      TicketId ticket = ticketOfClock; // one for the events and the notices
      if (th.kind() != ClockEntry.Kind.WARNED && !at.equals(textFor)) { // a warning's notice names the due instant
        textFor = at;
        text = iso.text(at);
      }
      String atText = text;
      switch (th.kind()) {
        case WARNED -> {
          Instant due = th.due();
          String dueText = iso.text(due);
          StaffId to = responsible(c);
          d.appendThreshold(th, "due ".concat(dueText),
              m -> new SlaWarningRaised(m, c.id(), ticket, c.metric(), due),
              to == null ? null : new Notice(to, "sla.warning", params(ticket, c, dueText)));
        }
        case BREACHED -> {
          StaffId to = responsible(c);
          d.appendThreshold(th, "",
              m -> new SlaBreached(m, c.id(), ticket, c.metric(), at),
              to == null ? null : new Notice(to, "sla.breached", params(ticket, c, atText)));
        }
        case ESCALATED -> {
          if (!escalate) {
            return;
          }
          int step = c.escalationsFired() + 1;
          EscalationStep s = c.escalation().get(step - 1);
          Optional<StaffId> to = escalationTarget(c, s);
          d.appendThreshold(th, to.isPresent() ? to.get().value() : "nobody in the reporting line",
              m -> new SlaEscalated(m, c.id(), ticket, c.metric(), step, s.role(), to),
              to.isPresent() ? new Notice(to.get(), "sla.escalated", params(ticket, c, atText)) : null);
        }
        default -> throw new IllegalStateException("not a threshold: " + th.kind());
      }
    }
  }

  /**
   * The ticket of a clock, read from its id without {@link SlaClock#ticket()}, which keeps what it
   * reads on the clock and its later versions: a clock whose timers fired would hold it for as
   * long as the store keeps the clock, and the collector would copy it out of the young
   * generation, for a value only the events and notices need.
   */
  private static TicketId ticketOf(SlaClock c) {
    String id = c.id();
    return TicketId.of(id.substring(SlaClock.ID_PREFIX.length(), SlaClock.ticketEnd(id)));
  }

  private static Map<String, String> params(TicketId ticket, SlaClock c, String at) {
    return TemplateParameters.of("ticketId", ticket.value(), "metric", c.metric().name(), "at", at);
  }

  /** Who hears of a warning or breach: the owner, or the queue's lead for an unassigned ticket; null if nobody. */
  private StaffId responsible(SlaClock c) {
    Optional<StaffId> owner = c.owner();
    return owner.isPresent() ? owner.get() : sla.get().queueLead(c.kind()).orElse(null);
  }

  /**
   * Whom an escalation step notifies (ST-1, TK-5): the nearest person with the step's role up the
   * owner's reporting line (for an unassigned ticket, from its queue's lead up); if nobody in the
   * line holds that role — a team lead's own ticket has no team lead above it — the nearest person
   * more senior than the role; failing that, the top of the line.
   */
  private Optional<StaffId> escalationTarget(SlaClock c, EscalationStep step) {
    dev.kefu.spi.staff.StaffDirectory staff = settings.staff();
    StaffId owner = c.owner().orElse(null);
    StaffId from = owner != null ? owner : sla.get().queueLead(c.kind()).orElse(null);
    if (from == null) {
      return Optional.empty();
    }
    // the owner's line starts above the owner; an unassigned ticket's starts with its queue's lead
    StaffMember first = owner == null ? staff.find(from).orElse(null) : null;
    List<StaffMember> above = staff.reportingLine(from);
    if (first != null && first.role() == step.role()) {
      return Optional.of(first.id());
    }
    for (StaffMember m : above) {
      if (m.role() == step.role()) {
        return Optional.of(m.id());
      }
    }
    // nobody holds the role (a team lead's own ticket has no team lead above it): the nearest
    // person more senior than the role, else the top of the line
    if (first != null && seniority(first.role()) > seniority(step.role())) {
      return Optional.of(first.id());
    }
    for (StaffMember m : above) {
      if (seniority(m.role()) > seniority(step.role())) {
        return Optional.of(m.id());
      }
    }
    if (!above.isEmpty()) {
      return Optional.of(above.get(above.size() - 1).id());
    }
    return first == null ? Optional.empty() : Optional.of(first.id());
  }

  /** How far up the organisation a role sits, for escalation (ST-1). */
  private static int seniority(dev.kefu.spi.staff.Role role) {
    return switch (role) {
      case AGENT, VIP_AGENT, QA -> 0;
      case TEAM_LEAD, SHIFT_LEAD -> 1;
      case SUPERVISOR -> 2;
      case SHOP_MANAGER -> 3;
      case GENERAL_MANAGER -> 4;
    };
  }


  /** Writes a changed clock, its events and notices, and moves its timer if its next threshold moved. */
  private void finish(Draft d, Instant now, Effects work) {
    if (!d.changed()) {
      return;
    }
    SlaClock clock = d.clock.withVersion(d.version());
    d.clock = clock;
    work.write(d.stored == null ? AggregateWrite.create(clock) : AggregateWrite.update(clock));
    for (Pending p : d.pending) {
      Notice notice = p.notice();
      if (notice == null) {
        work.event(p.event().apply(runner.meta(clock, now)));
        continue;
      }
      UUID[] two = new UUID[2];
      settings.ids().nextTwo(two); // the event's id and its message's, drawn in that order, in one step
      DomainEvent e = p.event().apply(runner.meta(two[0], clock, now));
      work.event(e);
      work.outbox(outgoing.toStaff(two[1], notice.to(), e.eventId(), notice.template(), notice.parameters(), now));
    }
    if (!d.timerStands()) {
      schedule(clock, d.next(), work);
    }
  }

  private void schedule(SlaClock clock, Effects work) {
    schedule(clock, next(clock), work);
  }

  private void schedule(SlaClock clock, Threshold th, Effects work) {
    if (th != null) {
      work.schedule(new ScheduledWork(clock.id(), KIND, th.at(), Map.of())); // the clock's id is its timer's key
    } else {
      work.cancel(clock.id());
    }
  }

  // ---- clocks start, pause, resume and end with the ticket ------------------------------------

  private Draft start(Ticket t, Tier tier, SlaMetric metric, int cycle, SlaPolicy policy, SlaTarget target, Instant at) {
    SlaClock clock = SlaClock.builder()
        .ticket(t.id())
        .customer(t.customer())
        .metric(metric)
        .cycle(cycle)
        .terms(terms(policy, target))
        .priority(t.priority())
        .tier(tier)
        .channel(t.channel())
        .kind(t.kind())
        .owner(t.owner())
        .status(SlaClock.Status.RUNNING)
        .breached(false)
        .escalationsFired(0)
        .addLog(new ClockEntry(ClockEntry.Kind.STARTED, at, "")) // policy and target are the clock's terms
        .version(1)
        .build();
    Draft d = new Draft(null, clock);
    d.addPending(new Pending(m -> new SlaClockStarted(m, clock.id(), t.id(), metric, cycle, policy.id(), target), null));
    return d;
  }

  private void fulfil(Draft d, Instant now) {
    SlaClock c = d.clock;
    if (!c.status().isOpen()) {
      return;
    }
    // a clock fulfilled while paused is fulfilled at the pause
    Instant at = c.status() == SlaClock.Status.PAUSED ? c.lastEntry().at() : now;
    SlaClock probe = c.toBuilder().addLog(new ClockEntry(ClockEntry.Kind.FULFILLED, at, "")).status(SlaClock.Status.FULFILLED).build();
    Duration elapsed = new ClockMath(probe, calendar(c.calendarId())).elapsed(at);
    d.append(ClockEntry.Kind.FULFILLED, at, "", m -> new SlaClockFulfilled(m, c.id(), c.ticket(), c.metric(), c.breached(), elapsed), null);
  }

  private void stop(Draft d, Instant now, String reason) {
    SlaClock c = d.clock;
    if (c.status().isOpen()) {
      d.append(ClockEntry.Kind.STOPPED, now, reason, m -> new SlaClockStopped(m, c.id(), c.ticket(), c.metric(), reason), null);
    }
  }

  private void followStatus(Draft d, TicketStatus status, Instant now) {
    SlaClock c = d.clock;
    boolean pauses = sla.get().pauses().pauses(c.metric(), status);
    if (c.status() == SlaClock.Status.RUNNING && pauses) {
      d.append(ClockEntry.Kind.PAUSED, now, status.name(), m -> new SlaClockPaused(m, c.id(), c.ticket(), c.metric()), null);
    } else if (c.status() == SlaClock.Status.PAUSED && !pauses) {
      d.append(ClockEntry.Kind.RESUMED, now, status.name(), m -> new SlaClockResumed(m, c.id(), c.ticket(), c.metric()), null);
    }
  }

  /**
   * Starts the clocks of a newly opened ticket: first response and resolution, as its policy sets
   * (not on a planned revisit, which nobody waits on), and its kind's duty clock.
   *
   * @param t the new ticket
   * @param customer its customer
   * @param now the command's time
   * @param work the command's unit of work
   */
  public void opened(Ticket t, Customer customer, Instant now, UnitOfWork.Builder work) {
    SlaPolicy policy = sla.get().policies().match(customer.tier(), t.channel(), t.kind(), t.priority());
    Effects effects = Effects.into(work);
    List<SlaMetric> metrics = new ArrayList<>(customerWaits(t.kind())
        ? List.of(SlaMetric.FIRST_RESPONSE, SlaMetric.RESOLUTION) : List.of());
    duty(t.kind()).ifPresent(metrics::add);
    for (SlaMetric metric : metrics) {
      policy.target(metric).ifPresent(target -> {
        Draft d = start(t, customer.tier(), metric, 1, policy, target, t.openedAt());
        followStatus(d, t.status(), now);
        advance(d, now, false);
        finish(d, now, effects);
      });
    }
  }

  /**
   * Moves a ticket's clocks along with a ticket command.
   *
   * @param before the ticket before the command
   * @param after the ticket after it
   * @param action the action
   * @param entry the contact the command logged, or null
   * @param now the command's time
   * @param work the command's unit of work
   * @param customers the command's reads of customers (the ticket's customer's tier picks the policy)
   */
  public void changed(Ticket before, Ticket after, TicketAction action, ContactLogEntry entry, Instant now,
      UnitOfWork.Builder work, CustomerReads customers) {
    List<SlaClock> all = clocks(after.id());
    Map<String, Draft> drafts = new LinkedHashMap<>();
    for (SlaClock c : all) {
      if (c.status().isOpen()) {
        Draft d = new Draft(c, c);
        advance(d, now, true); // thresholds passed before this change are facts at their instants
        drafts.put(c.id(), d);
      }
    }
    Tier tier = customers.find(after.customer()).map(Customer::tier).orElse(Tier.STANDARD);
    SlaPolicy policy = sla.get().policies().match(tier, after.channel(), after.kind(), after.priority());
    switch (action) {
      case ASSIGN -> drafts.values().forEach(d -> d.clock = d.clock.toBuilder().owner(after.owner()).build());
      case RESPOND -> {
        for (Draft d : drafts.values()) {
          if (d.clock.metric() == SlaMetric.FIRST_RESPONSE || d.clock.metric() == SlaMetric.NEXT_RESPONSE
              || d.clock.metric() == SlaMetric.PERIODIC_UPDATE || d.clock.metric() == SlaMetric.COD_CONFIRMATION) {
            fulfil(d, now);
          }
        }
        policy.target(SlaMetric.PERIODIC_UPDATE).ifPresent(target ->
            add(drafts, start(after, tier, SlaMetric.PERIODIC_UPDATE, nextCycle(all, SlaMetric.PERIODIC_UPDATE), policy, target, now)));
      }
      case LOG_CONTACT -> {
        boolean fromCustomer = entry != null && entry.messagesIn() > 0 && entry.messagesOut() == 0;
        boolean waiting = drafts.values().stream().anyMatch(d -> d.clock.metric() == SlaMetric.NEXT_RESPONSE);
        if (fromCustomer && after.firstRespondedAt().isPresent() && !waiting) {
          policy.target(SlaMetric.NEXT_RESPONSE).ifPresent(target -> {
            Draft d = start(after, tier, SlaMetric.NEXT_RESPONSE, nextCycle(all, SlaMetric.NEXT_RESPONSE), policy, target,
                entry.start().isAfter(now) ? now : entry.start());
            advance(d, now, false);
            add(drafts, d);
          });
        }
      }
      case RESOLVE -> {
        for (Draft d : drafts.values()) {
          if (d.clock.metric() == SlaMetric.PERIODIC_UPDATE) {
            stop(d, now, "ticket resolved"); // no more updates are owed
          } else {
            fulfil(d, now); // the resolution answers the customer and completes the ticket's duty
          }
        }
      }
      case REOPEN -> policy.target(SlaMetric.RESOLUTION).filter(target -> customerWaits(after.kind())).ifPresent(target ->
          add(drafts, start(after, tier, SlaMetric.RESOLUTION, nextCycle(all, SlaMetric.RESOLUTION), policy, target, now)));
      case CLOSE -> drafts.values().forEach(d -> stop(d, now, "ticket closed"));
      default -> { }
    }
    Effects effects = Effects.into(work);
    for (Draft d : drafts.values()) {
      if (d.clock.status().isOpen()) {
        followStatus(d, after.status(), now);
      }
      finish(d, now, effects);
    }
  }

  /**
   * Whether the customer waits on the ticket for an answer and a resolution: on every kind but a
   * revisit, which the shop plans itself (RV-5 gives it its own clock) and which nobody waits on.
   */
  private static boolean customerWaits(dev.kefu.spi.ticket.TicketKind kind) {
    return kind != dev.kefu.spi.ticket.TicketKind.REVISIT;
  }

  /**
   * The duty metric a ticket kind carries: a cash-on-delivery confirmation is fulfilled when the
   * agent first reaches the buyer (TK-8); a negative-review follow-up (TK-10) and a revisit (RV-5)
   * when the ticket is resolved.
   */
  private static Optional<SlaMetric> duty(dev.kefu.spi.ticket.TicketKind kind) {
    return switch (kind) {
      case COD_CONFIRMATION -> Optional.of(SlaMetric.COD_CONFIRMATION);
      case NEGATIVE_REVIEW -> Optional.of(SlaMetric.NEGATIVE_REVIEW_RESOLUTION);
      case REVISIT -> Optional.of(SlaMetric.REVISIT);
      default -> Optional.empty();
    };
  }

  private static void add(Map<String, Draft> drafts, Draft d) {
    drafts.put(d.clock.id(), d);
  }

  private static int nextCycle(List<SlaClock> all, SlaMetric metric) {
    return all.stream().filter(c -> c.metric() == metric).mapToInt(SlaClock::cycle).max().orElse(0) + 1;
  }

  // ---- timers ----------------------------------------------------------------------------------

  /**
   * Fires what is due on a clock: the due-work handler of {@link #KIND}, isolated (it reads only
   * the clock it writes), writing into the batch's unit of work.
   *
   * @param item the claimed item
   * @param now the time
   * @param batch where the effects go, to be committed with the item's completion
   */
  public void fire(DueItem item, Instant now, WorkBuffer batch) {
    // the key is the clock's id; timers scheduled before that carried the id as an attribute
    Map<String, String> attributes = item.attributes();
    Optional<SlaClock> stored = settings.slaClocks().find(attributes.isEmpty() ? item.key() : attributes.getOrDefault("clock", item.key()));
    if (stored.isEmpty() || !stored.get().status().isOpen()) {
      return;
    }
    Draft d = new Draft(stored.get(), stored.get());
    d.timerCompleted = true;
    advance(d, now, true);
    if (d.changed()) {
      finish(d, now, batch);
    } else {
      schedule(d.clock, d.next(), batch); // the calendar changed: the threshold moved
    }
  }

  // ---- the API ---------------------------------------------------------------------------------

  @Override
  public List<SlaClock> clocks(TicketId ticket) {
    Objects.requireNonNull(ticket, "ticket");
    return all(SlaClockQuery.all().withTicket(ticket));
  }

  private List<SlaClock> all(SlaClockQuery query) {
    List<SlaClock> out = new ArrayList<>();
    PageRequest page = PageRequest.first(PageRequest.MAX_LIMIT);
    while (true) {
      Page<SlaClock> p = settings.slaClocks().list(query, page);
      out.addAll(p.items());
      if (!p.hasNext()) {
        return out;
      }
      page = page.next();
    }
  }

  @Override
  public ClockMath math(SlaClock clock) {
    return new ClockMath(Objects.requireNonNull(clock, "clock"), calendar(clock.calendarId()));
  }

  @Override
  public int reapplyPolicies(Predicate<SlaClock> filter) {
    Objects.requireNonNull(filter, "filter");
    int changed = 0;
    for (SlaClock c : all(SlaClockQuery.open())) {
      if (filter.test(c) && reapply(c.id())) {
        changed++;
      }
    }
    return changed;
  }

  private boolean reapply(String clockId) {
    for (int attempt = 0; ; attempt++) {
      Optional<SlaClock> stored = settings.slaClocks().find(clockId);
      Optional<Ticket> ticket = stored.flatMap(c -> settings.tickets().find(c.ticket()));
      if (stored.isEmpty() || ticket.isEmpty() || !stored.get().status().isOpen()) {
        return false;
      }
      SlaClock c = stored.get();
      Ticket t = ticket.get();
      Tier tier = settings.customers().find(t.customer()).map(Customer::tier).orElse(c.tier());
      SlaPolicy policy = sla.get().policies().match(tier, t.channel(), t.kind(), t.priority());
      Optional<SlaTarget> target = policy.target(c.metric());
      Instant now = settings.clock().instant();
      Draft d = new Draft(c, c);
      advance(d, now, true);
      if (target.isEmpty()) {
        stop(d, now, "policy " + policy.id() + " sets no " + c.metric() + " target");
      } else if (!policy.id().equals(c.policyId()) || !target.get().equals(c.target())) {
        SlaTarget from = c.target();
        SlaTarget to = target.get();
        d.append(ClockEntry.Kind.RETARGETED, now, "policy " + policy.id() + ", target " + to,
            m -> new SlaClockRetargeted(m, c.id(), c.ticket(), policy.id(), from, to), null);
        d.clock = d.clock.toBuilder().terms(terms(policy, to)).build();
        advance(d, now, false);
      } else {
        return false;
      }
      UnitOfWork.Builder work = UnitOfWork.builder();
      finish(d, now, Effects.into(work));
      try {
        settings.committer().commit(work.build());
        return true;
      } catch (StaleVersionException e) {
        if (attempt >= 3) {
          throw e;
        }
      }
    }
  }

  @Override
  public int replaceCalendar(String id, BusinessCalendar calendar) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(calendar, "calendar");
    sla.updateAndGet(s -> s.withCalendar(id, calendar));
    int rescheduled = 0;
    UnitOfWork.Builder work = UnitOfWork.builder();
    int inBatch = 0;
    for (SlaClock c : all(SlaClockQuery.open().withCalendar(id))) {
      schedule(c, Effects.into(work));
      rescheduled++;
      if (++inBatch == settings.batchSize()) {
        settings.committer().commit(work.build());
        work = UnitOfWork.builder();
        inBatch = 0;
      }
    }
    settings.committer().commit(work.build());
    LOG.info("calendar {} replaced; {} open clock(s) rescheduled", id, rescheduled);
    return rescheduled;
  }

  @Override
  public SlaReport report(Instant from, Instant to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Map<List<String>, List<Sample>> groups = new TreeMap<>(Comparator.comparing((List<String> k) -> dimensionOrder(k.get(0)))
        .thenComparing(k -> k.get(1)).thenComparing(k -> k.get(2)));
    Map<String, Long> openBreached = new TreeMap<>();
    for (SlaClock c : all(SlaClockQuery.all())) {
      if (!c.startedAt().isBefore(to)) {
        continue; // started after the period
      }
      Optional<Instant> ended = c.endedAt();
      if (ended.isEmpty() || !ended.get().isBefore(to)) {
        // open at the period's end: count it if it had breached by then
        boolean breachedBy = c.log().stream().anyMatch(e -> e.kind() == ClockEntry.Kind.BREACHED && e.at().isBefore(to));
        if (breachedBy) {
          openBreached.merge(c.metric().name(), 1L, Long::sum);
        }
        continue;
      }
      Instant end = ended.get();
      if (c.status() != SlaClock.Status.FULFILLED || end.isBefore(from)) {
        continue;
      }
      Sample s = new Sample(math(c).elapsed(end), c.breached());
      String metric = c.metric().name();
      String agent = c.owner().map(StaffId::value).orElse("unassigned");
      String team = c.owner().flatMap(settings.staff()::find).flatMap(StaffMember::team).map(Object::toString).orElse("none");
      for (List<String> key : List.of(List.of("metric", metric, metric), List.of("tier", c.tier().name(), metric),
          List.of("channel", c.channel().name(), metric), List.of("team", team, metric), List.of("agent", agent, metric))) {
        groups.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
      }
    }
    List<SlaReport.Row> rows = new ArrayList<>();
    groups.forEach((key, samples) -> {
      List<Duration> times = samples.stream().map(Sample::elapsed).sorted().toList();
      long breached = samples.stream().filter(Sample::breached).count();
      rows.add(new SlaReport.Row(key.get(0), key.get(1), key.get(2), samples.size(), samples.size() - breached, breached,
          nearestRank(times, 0.5), nearestRank(times, 0.9)));
    });
    return new SlaReport(from, to, rows, openBreached);
  }

  private record Sample(Duration elapsed, boolean breached) {}

  private static int dimensionOrder(String dimension) {
    return List.of("metric", "tier", "channel", "team", "agent").indexOf(dimension);
  }

  /** The nearest-rank percentile of sorted durations. */
  static Duration nearestRank(List<Duration> sorted, double p) {
    if (sorted.isEmpty()) {
      return Duration.ZERO;
    }
    int rank = (int) Math.ceil(p * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }
}
