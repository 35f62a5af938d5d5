package dev.kefu.internal;

import dev.kefu.AccessDeniedException;
import dev.kefu.Origin;
import dev.kefu.spi.Channel;
import dev.kefu.spi.customer.Customer;
import dev.kefu.spi.customer.Tier;
import dev.kefu.spi.event.ContactLogged;
import dev.kefu.spi.event.EventMeta;
import dev.kefu.spi.event.TicketAssigned;
import dev.kefu.spi.event.TicketAwaitingCustomer;
import dev.kefu.spi.event.TicketClosed;
import dev.kefu.spi.event.TicketOpened;
import dev.kefu.spi.event.TicketReopened;
import dev.kefu.spi.event.TicketResolved;
import dev.kefu.spi.event.TicketResponded;
import dev.kefu.spi.staff.Role;
import dev.kefu.spi.staff.StaffMember;
import dev.kefu.spi.store.AggregateWrite;
import dev.kefu.spi.store.Page;
import dev.kefu.spi.store.PageRequest;
import dev.kefu.spi.store.UnitOfWork;
import dev.kefu.spi.ticket.ContactLogEntry;
import dev.kefu.spi.ticket.Priority;
import dev.kefu.spi.ticket.Ticket;
import dev.kefu.spi.ticket.TicketId;
import dev.kefu.spi.ticket.TicketKind;
import dev.kefu.spi.ticket.TicketQuery;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.ticket.TicketStatus;
import dev.kefu.staff.StaffAction;
import dev.kefu.ticket.AssignTicket;
import dev.kefu.ticket.AwaitCustomer;
import dev.kefu.ticket.CloseTicket;
import dev.kefu.ticket.LogContact;
import dev.kefu.ticket.OpenTicket;
import dev.kefu.ticket.ReopenTicket;
import dev.kefu.ticket.ResolveTicket;
import dev.kefu.ticket.RespondToTicket;
import dev.kefu.ticket.TicketAction;
import dev.kefu.ticket.TicketLifecycle;
import dev.kefu.ticket.Tickets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The {@link Tickets} API over the configured ports. */
public final class TicketService implements Tickets {

  private static final Logger LOG = LoggerFactory.getLogger(TicketService.class);

  private final Settings settings;
  private final CommandRunner runner;
  private final Actors actors;
  private final Outgoing outgoing;
  private final SlaEngine sla;
  private final boolean routeAutomatically;

  /**
   * Creates the service.
   *
   * @param settings the wiring
   * @param runner the command runner
   * @param sla the SLA engine, which moves the clocks with the tickets
   */
  public TicketService(Settings settings, CommandRunner runner, SlaEngine sla) {
    this(settings, runner, sla, false);
  }

  /**
   * Creates the service.
   *
   * @param settings the wiring
   * @param runner the command runner
   * @param sla the SLA engine
   * @param routeAutomatically whether a new ticket without an owner schedules its routing, and a
   *     resolved or closed one the release of its owner's capacity, as due work in its own unit
   */
  public TicketService(Settings settings, CommandRunner runner, SlaEngine sla, boolean routeAutomatically) {
    this.settings = settings;
    this.runner = runner;
    this.actors = new Actors(settings);
    this.outgoing = new Outgoing(settings);
    this.sla = sla;
    this.routeAutomatically = routeAutomatically;
  }

  // routing and release as due work, in the ticket's own unit of work (issue 6: every new ticket is routed)
  private void routing(UnitOfWork.Builder work, String kind, TicketId id, Instant now) {
    if (routeAutomatically) {
      work.addSchedule(new dev.kefu.spi.store.ScheduledWork(kind + ":" + id.value(), kind, now, Map.of("ticket", id.value())));
    }
  }

  private EventMeta meta(Ticket after, Instant now) {
    return runner.meta(after, now);
  }

  private Ticket existing(TicketId id, Violations v) {
    return v.found(id, "ticketId", settings.tickets()::find, "ticket");
  }

  private void checkChannel(Channel channel, String path, Violations v) {
    if (channel != null && !v.has(path) && !settings.enabledChannels().contains(channel)) {
      v.add(path, "channel " + channel + " is not enabled for this shop");
    }
  }

  /** The owner works the ticket; leads may step in for anyone (ST-1). */
  private static void requireHandler(StaffMember actor, Ticket ticket, String action) {
    boolean owner = ticket.owner().filter(actor.id()::equals).isPresent();
    if (!owner && !actor.role().isLead()) {
      throw new AccessDeniedException(actor.id(), actor.role(), action + " ticket " + ticket.id(), "ST-1",
          "only the ticket's owner or a lead may " + action + " it");
    }
  }

  /**
   * Runs a command on an existing ticket: resolve the actor and the ticket, check the lifecycle
   * table and the role, then build the change.
   */
  private Ticket onTicket(
      String commandType, Object command, Origin origin, TicketId id, TicketAction action, StaffAction permission,
      boolean ownerOrLead, Function<Step, Change<Ticket>> body) {
    return runner.run(commandType, command, CommandRunner.requestKey(origin), "origin.requestId", Ticket.class, a -> {
      Violations v = a.violations();
      StaffMember actor = actors.resolve(origin, v);
      Ticket before = existing(id, v);
      body.apply(new Step(a, actor, before, null));
      v.throwIfAny();
      actors.authorize(actor, permission);
      TicketStatus next = TicketLifecycle.require(before, action);
      if (ownerOrLead) {
        requireHandler(actor, before, action.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
      }
      Change<Ticket> change = body.apply(new Step(a, actor, before, next));
      Ticket after = change.result();
      ContactLogEntry logged = after.contactLog().size() > before.contactLog().size()
          ? after.contactLog().get(after.contactLog().size() - 1)
          : null;
      sla.changed(before, after, action, logged, a.now(), change.work(), a.customers());
      return change;
    });
  }

  /**
   * One pass of a command over a ticket. The body runs twice: first with {@code next == null} to
   * add referential violations, then, when everything is valid and allowed, to build the change.
   */
  private record Step(Attempt attempt, StaffMember actor, Ticket before, TicketStatus next) {
    boolean isValidating() {
      return next == null;
    }

    Violations violations() {
      return attempt.violations();
    }

    Instant now() {
      return attempt.now();
    }

    Ticket.Builder changed() {
      return before.toBuilder().status(next).version(before.version() + 1).updatedAt(now());
    }
  }

  private ContactLogEntry entry(Ticket ticket, StaffMember by, Instant start, Instant end, Channel channel, int in, int out,
      String summary, Optional<Integer> corrects) {
    return new ContactLogEntry(ticket.contactLog().size() + 1, Optional.ofNullable(by).map(StaffMember::id), start, end,
        channel, in, out, summary, corrects);
  }

  // ---- commands ----------------------------------------------------------------------------

  @Override
  public Ticket open(OpenTicket command) {
    Objects.requireNonNull(command, "command");
    return runner.run("OpenTicket", command, CommandRunner.requestKey(command.origin()), "origin.requestId", Ticket.class, a -> {
      Violations v = a.violations();
      StaffMember actor = actors.resolve(command.origin(), v);
      Customer customer = v.found(command.customerId(), "customerId", settings.customers()::find, "customer");
      checkChannel(command.channel(), "channel", v);
      v.throwIfAny();
      actors.authorize(actor, StaffAction.OPEN_TICKET);

      return openChange(actor, customer, command.kind(), command.channel(),
          Objects.requireNonNullElse(command.priority(), Priority.NORMAL), command.subject(), command.firstMessage(), null, a.now(),
          a.now());
    });
  }

  private Change<Ticket> openChange(StaffMember actor, Customer customer, TicketKind kind, Channel channel, Priority priority,
      String subject, String firstMessage, StaffMember owner, Instant openedAt, Instant now) {
    TicketId id = TicketId.of(settings.ids().next().toString());
    Ticket.Builder draft = Ticket.builder()
        .id(id)
        .customer(customer.id())
        .kind(kind)
        .channel(channel)
        .priority(priority)
        .status(owner == null ? TicketLifecycle.initialStatus() : TicketStatus.ASSIGNED)
        .subject(subject)
        .openedAt(openedAt)
        .updatedAt(now)
        .version(1);
    if (owner != null) {
      draft.owner(owner.id());
    }
    Ticket bare = draft.build();
    ContactLogEntry first = entry(bare, actor, openedAt, openedAt, channel, 1, 0, firstMessage, Optional.empty());
    Ticket t = bare.toBuilder().addContactLog(first).build();
    TicketOpened opened = new TicketOpened(meta(t, now), t.id(), t.customer(), t.kind(), t.channel(), t.priority());
    UnitOfWork.Builder work = UnitOfWork.builder()
        .addWrites(AggregateWrite.create(t))
        .addEvents(opened, new ContactLogged(meta(t, now), t.id(), first.sequence(), first.channel(), first.handledBy()));
    if (owner != null) {
      work.addEvents(new TicketAssigned(meta(t, now), t.id(), Optional.empty(), owner.id(), actor == null ? owner.id() : actor.id()));
    }
    if (actor != null) {
      // a contact the customer made is acknowledged; work kefu opens by itself (a COD call to make,
      // a review to follow up, a dispute) is the shop's, not the customer's request
      outgoing.toCustomer(customer, Optional.of(t.channel()), opened.eventId(), "ticket.opened",
          Map.of("ticketId", t.id().value(), "subject", t.subject()), now).ifPresent(work::addOutbox);
    }
    sla.opened(t, customer, now, work);
    if (owner == null) {
      routing(work, RoutingService.ROUTE_NEW, t.id(), now);
    }
    LOG.info("ticket {} opened for customer {} ({}, {})", t.id(), t.customer(), t.kind(), t.channel());
    return new Change<>(t, work);
  }

  /**
   * CU-4: a VIP customer is served by the VIP desk or a lead; anyone who handles tickets serves
   * the others.
   *
   * @param member the staff member
   * @param customer the customer
   * @return whether the member may own the customer's tickets
   */
  static boolean mayServe(StaffMember member, Customer customer) {
    return customer.tier() != Tier.VIP || member.role() == Role.VIP_AGENT || member.role().isLead();
  }

  @Override
  public Ticket assign(AssignTicket command) {
    Objects.requireNonNull(command, "command");
    return runner.run("AssignTicket", command, CommandRunner.requestKey(command.origin()), "origin.requestId", Ticket.class, a -> {
      Violations v = a.violations();
      StaffMember actor = actors.resolve(command.origin(), v);
      Ticket before = existing(command.ticketId(), v);
      StaffMember assignee = actors.member(command.assignee(), "assignee", v);
      if (assignee != null && !settings.access().decide(assignee.role(), StaffAction.HANDLE_TICKET).isAllowed()) {
        v.addRule("assignee", "a " + assignee.role() + " does not handle tickets", "ST-1");
      }
      if (assignee != null && before != null
          && a.customers().find(before.customer()).filter(c -> !mayServe(assignee, c)).isPresent()) {
        v.addRule("assignee", "a VIP customer's ticket goes to the VIP desk or a lead", "CU-4");
      }
      v.throwIfAny();
      boolean self = assignee.id().equals(actor.id());
      actors.authorize(actor, self ? StaffAction.ASSIGN_TICKET_TO_SELF : StaffAction.ASSIGN_TICKET_TO_OTHERS);
      TicketStatus next = TicketLifecycle.require(before, TicketAction.ASSIGN);
      if (before.owner().filter(assignee.id()::equals).isPresent()) {
        return Change.none(before);
      }
      Instant now = a.now();
      Ticket t = before.toBuilder().status(next).owner(assignee.id()).version(before.version() + 1).updatedAt(now).build();
      TicketAssigned assigned = new TicketAssigned(meta(t, now), t.id(), before.owner(), assignee.id(), actor.id());
      UnitOfWork.Builder work = UnitOfWork.builder().addWrites(AggregateWrite.update(t)).addEvents(assigned);
      if (!self) {
        work.addOutbox(outgoing.toStaff(assignee.id(), assigned.eventId(), "ticket.assigned",
            Map.of("ticketId", t.id().value(), "subject", t.subject()), now));
      }
      sla.changed(before, t, TicketAction.ASSIGN, null, now, work, a.customers());
      return new Change<>(t, work);
    });
  }

  @Override
  public Ticket respond(RespondToTicket command) {
    Objects.requireNonNull(command, "command");
    return onTicket("RespondToTicket", command, command.origin(), command.ticketId(), TicketAction.RESPOND,
        StaffAction.HANDLE_TICKET, true, s -> {
          if (command.took() != null && command.took().isNegative()) {
            s.violations().add("took", "must not be negative");
          }
          if (s.isValidating()) {
            return null;
          }
          return respondChange(s.before(), s.next(), s.actor(), command.summary(), command.messagesOut(),
              Objects.requireNonNullElse(command.took(), Duration.ZERO), s.now());
        });
  }

  private Change<Ticket> respondChange(Ticket before, TicketStatus next, StaffMember actor, String summary, int messagesOut,
      Duration took, Instant now) {
    boolean first = before.firstRespondedAt().isEmpty();
    ContactLogEntry e = entry(before, actor, now.minus(took), now, before.channel(), 0, messagesOut, summary, Optional.empty());
    Ticket.Builder b = advanced(before, next, now).addContactLog(e);
    if (first) {
      b.firstRespondedAt(now);
    }
    Ticket t = b.build();
    return new Change<>(t, UnitOfWork.builder()
        .addWrites(AggregateWrite.update(t))
        .addEvents(new TicketResponded(meta(t, now), t.id(), actor.id(), first),
            new ContactLogged(meta(t, now), t.id(), e.sequence(), e.channel(), e.handledBy())));
  }

  @Override
  public Ticket awaitCustomer(AwaitCustomer command) {
    Objects.requireNonNull(command, "command");
    return onTicket("AwaitCustomer", command, command.origin(), command.ticketId(), TicketAction.AWAIT_CUSTOMER,
        StaffAction.HANDLE_TICKET, true, s -> {
          if (s.isValidating()) {
            return null;
          }
          Ticket t = s.changed().build();
          return new Change<>(t, UnitOfWork.builder()
              .addWrites(AggregateWrite.update(t))
              .addEvents(new TicketAwaitingCustomer(meta(t, s.now()), t.id(), s.actor().id())));
        });
  }

  @Override
  public Ticket logContact(LogContact command) {
    Objects.requireNonNull(command, "command");
    return onTicket("LogContact", command, command.origin(), command.ticketId(), TicketAction.LOG_CONTACT,
        StaffAction.HANDLE_TICKET, false, s -> {
          Violations v = s.violations();
          checkChannel(command.channel(), "channel", v);
          if (command.start() != null && command.end() != null && command.end().isBefore(command.start())) {
            v.add("end", "must not be before start");
          }
          if (command.end() != null && command.end().isAfter(s.now().plus(Duration.ofMinutes(5)))) {
            v.add("end", "must not be in the future");
          }
          if (command.corrects() != null && s.before() != null && command.corrects() > s.before().contactLog().size()) {
            v.addRule("corrects", "there is no contact " + command.corrects() + " to correct", "TK-3");
          }
          if (s.isValidating()) {
            return null;
          }
          return logChange(s.before(), s.next(), s.actor(), command.start(), command.end(), command.channel(),
              command.messagesIn(), command.messagesOut(), command.summary(), command.corrects(), s.now());
        });
  }

  private Change<Ticket> logChange(Ticket before, TicketStatus next, StaffMember actor, Instant start, Instant end,
      Channel channel, int in, int out, String summary, Integer corrects, Instant now) {
    ContactLogEntry e = entry(before, actor, start, end, channel, in, out, summary, Optional.ofNullable(corrects));
    Ticket t = advanced(before, next, now).addContactLog(e).build();
    return new Change<>(t, UnitOfWork.builder()
        .addWrites(AggregateWrite.update(t))
        .addEvents(new ContactLogged(meta(t, now), t.id(), e.sequence(), e.channel(), e.handledBy())));
  }

  @Override
  public Ticket resolve(ResolveTicket command) {
    Objects.requireNonNull(command, "command");
    return onTicket("ResolveTicket", command, command.origin(), command.ticketId(), TicketAction.RESOLVE,
        StaffAction.RESOLVE_TICKET, true, s -> s.isValidating()
            ? null
            : resolveChange(s.before(), s.next(), s.actor(), command.resolution(), s.now(), s.attempt().customers()));
  }

  private Change<Ticket> resolveChange(Ticket before, TicketStatus next, StaffMember actor, String resolution, Instant now,
      CustomerReads customers) {
    Ticket t = advanced(before, next, now).resolvedAt(now).build();
    TicketResolved resolved = new TicketResolved(meta(t, now), t.id(), t.customer(), actor.id(), resolution);
    UnitOfWork.Builder work = UnitOfWork.builder().addWrites(AggregateWrite.update(t)).addEvents(resolved);
    Optional<Customer> customer = customers.find(t.customer());
    // work kefu opened by itself (a COD call, a review follow-up) was never the customer's request:
    // no "resolved" notice, no survey
    boolean openedByKefu = !t.contactLog().isEmpty() && t.contactLog().get(0).handledBy().isEmpty();
    if (!openedByKefu) {
      customer.flatMap(c -> outgoing.toCustomer(c, Optional.of(t.channel()),
              resolved.eventId(), "ticket.resolved",
              Map.of("ticketId", t.id().value(), "subject", t.subject(), "resolution", resolution), now))
          .ifPresent(work::addOutbox);
    }
    if (t.kind() != TicketKind.REVISIT && !openedByKefu) {
      // QA-8: a satisfaction survey follows the resolution of every request a customer made
      customer.flatMap(c -> outgoing.toCustomer(c, Optional.of(t.channel()), settings.ids().next(), "survey.csat",
          Map.of("ticketId", t.id().value()), now)).ifPresent(work::addOutbox);
    }
    routing(work, RoutingService.RELEASE, t.id(), now);
    return new Change<>(t, work);
  }

  @Override
  public Ticket reopen(ReopenTicket command) {
    Objects.requireNonNull(command, "command");
    return onTicket("ReopenTicket", command, command.origin(), command.ticketId(), TicketAction.REOPEN,
        StaffAction.REOPEN_TICKET, false, s -> {
          if (s.isValidating()) {
            return null;
          }
          Ticket t = s.changed().resolvedAt(Optional.empty()).build();
          return new Change<>(t, UnitOfWork.builder()
              .addWrites(AggregateWrite.update(t))
              .addEvents(new TicketReopened(meta(t, s.now()), t.id(), s.actor().id(), command.reason())));
        });
  }

  @Override
  public Ticket close(CloseTicket command) {
    Objects.requireNonNull(command, "command");
    return onTicket("CloseTicket", command, command.origin(), command.ticketId(), TicketAction.CLOSE,
        StaffAction.CLOSE_TICKET, false, s -> s.isValidating() ? null : closeChange(s.before(), s.next(), s.actor(), s.now()));
  }

  private Change<Ticket> closeChange(Ticket before, TicketStatus next, StaffMember actor, Instant now) {
    Ticket t = advanced(before, next, now).closedAt(now).build();
    UnitOfWork.Builder work = UnitOfWork.builder()
        .addWrites(AggregateWrite.update(t))
        .addEvents(new TicketClosed(meta(t, now), t.id(), actor.id()));
    routing(work, RoutingService.RELEASE, t.id(), now);
    return new Change<>(t, work);
  }

  private static Ticket.Builder advanced(Ticket before, TicketStatus next, Instant now) {
    return before.toBuilder().status(next).version(before.version() + 1).updatedAt(now);
  }

  // ---- moves decided elsewhere: complaints move their ticket with them --------------------------

  /**
   * Opens a ticket inside another command's unit of work, already owned when an owner is given
   * (internal: a complaint opens its ticket with it, so the SLA engine keeps its stage clocks).
   *
   * @param work the other command's unit of work
   * @param actor who opens it, or null when kefu itself does (a planned revisit)
   * @param customer the customer
   * @param kind the kind
   * @param channel the channel
   * @param priority the priority
   * @param subject the subject
   * @param firstMessage the customer's first message
   * @param owner the owner, or null
   * @param now the command's time
   * @return the new ticket
   */
  public Ticket openInto(UnitOfWork.Builder work, StaffMember actor, Customer customer, TicketKind kind, Channel channel,
      Priority priority, String subject, String firstMessage, StaffMember owner, Instant now) {
    return openInto(work, actor, customer, kind, channel, priority, subject, firstMessage, owner, now, now);
  }

  /**
   * Opens a ticket inside another command's unit of work, opened at an earlier instant than now
   * (internal: a ticket for an order event is opened when the event occurred, so its clocks count
   * from there).
   *
   * @param work the other command's unit of work
   * @param actor who opens it, or null when kefu itself does
   * @param customer the customer
   * @param kind the kind
   * @param channel the channel
   * @param priority the priority
   * @param subject the subject
   * @param firstMessage the first message
   * @param owner the owner, or null
   * @param openedAt when the matter arose; not after {@code now}
   * @param now the command's time
   * @return the new ticket
   */
  public Ticket openInto(UnitOfWork.Builder work, StaffMember actor, Customer customer, TicketKind kind, Channel channel,
      Priority priority, String subject, String firstMessage, StaffMember owner, Instant openedAt, Instant now) {
    Change<Ticket> opened = openChange(actor, customer, kind, channel, priority, subject, firstMessage, owner,
        openedAt.isAfter(now) ? now : openedAt, now);
    work.from(opened.work().build());
    return opened.result();
  }

  /**
   * Moves a ticket inside another command's unit of work: respond, resolve, close, or log a
   * contact (a message from the customer when {@code fromCustomer}, else an outbound contact by
   * the actor). The lifecycle table and the SLA engine apply as for the ticket commands.
   *
   * @param work the other command's unit of work
   * @param ticketId the ticket
   * @param actor who acts
   * @param action RESPOND, RESOLVE, CLOSE or LOG_CONTACT
   * @param text the answer, resolution or contact summary
   * @param fromCustomer for LOG_CONTACT: whether the customer wrote
   * @param now the command's time
   * @return the ticket after the move
   * @throws dev.kefu.IllegalTransitionException if the ticket's state does not allow it
   */
  public Ticket moveInto(UnitOfWork.Builder work, TicketId ticketId, StaffMember actor, TicketAction action, String text,
      boolean fromCustomer, Instant now) {
    Ticket before = settings.tickets().find(ticketId).orElseThrow(() -> new IllegalStateException("no ticket " + ticketId));
    TicketStatus next = TicketLifecycle.require(before, action);
    CustomerReads customers = new CustomerReads(settings.customers());
    Change<Ticket> change = switch (action) {
      case RESPOND -> respondChange(before, next, actor, text, 1, Duration.ZERO, now);
      case RESOLVE -> resolveChange(before, next, actor, text, now, customers);
      case CLOSE -> closeChange(before, next, actor, now);
      case LOG_CONTACT -> logChange(before, next, actor, now, now, before.channel(), fromCustomer ? 1 : 0, fromCustomer ? 0 : 1,
          text, null, now);
      default -> throw new IllegalArgumentException("not a move for another command: " + action);
    };
    Ticket after = change.result();
    ContactLogEntry logged = after.contactLog().size() > before.contactLog().size()
        ? after.contactLog().get(after.contactLog().size() - 1)
        : null;
    sla.changed(before, after, action, logged, now, change.work(), customers);
    work.from(change.work().build());
    return after;
  }

  /**
   * Assigns a ticket inside another command's unit of work (routing): the lifecycle table, the
   * assignee's message and the SLA engine apply as for {@link #assign}; the caller has checked
   * who may take it.
   *
   * @param work the other command's unit of work
   * @param before the ticket as read
   * @param assignee the new owner
   * @param by who assigns
   * @param now the command's time
   * @return the ticket after the assignment
   * @throws dev.kefu.IllegalTransitionException if the ticket's state does not allow it
   */
  public Ticket assignInto(UnitOfWork.Builder work, Ticket before, StaffId assignee, StaffId by, Instant now) {
    TicketStatus next = TicketLifecycle.require(before, TicketAction.ASSIGN);
    Ticket t = before.toBuilder().status(next).owner(assignee).version(before.version() + 1).updatedAt(now).build();
    TicketAssigned assigned = new TicketAssigned(meta(t, now), t.id(), before.owner(), assignee, by);
    work.addWrites(AggregateWrite.update(t)).addEvents(assigned);
    work.addOutbox(outgoing.toStaff(assignee, assigned.eventId(), "ticket.assigned",
        Map.of("ticketId", t.id().value(), "subject", t.subject()), now));
    sla.changed(before, t, TicketAction.ASSIGN, null, now, work, new CustomerReads(settings.customers()));
    return t;
  }

  // ---- reads ---------------------------------------------------------------------------------

  @Override
  public Optional<Ticket> find(TicketId id) {
    return settings.tickets().find(Objects.requireNonNull(id, "id"));
  }

  @Override
  public Page<Ticket> list(TicketQuery query, PageRequest page) {
    return settings.tickets().list(Objects.requireNonNull(query, "query"), Objects.requireNonNull(page, "page"));
  }
}
