package dev.kefu.internal;

import dev.kefu.AccessDeniedException;
import dev.kefu.Decision;
import dev.kefu.IllegalTransitionException;
import dev.kefu.customer.MarketingConsentPolicy;
import dev.kefu.revisit.CampaignSummary;
import dev.kefu.revisit.RecordRevisitOutcome;
import dev.kefu.revisit.RevisitRules;
import dev.kefu.revisit.Revisits;
import dev.kefu.spi.Channel;
import dev.kefu.spi.complaint.Complaint;
import dev.kefu.spi.complaint.Satisfaction;
import dev.kefu.spi.customer.Customer;
import dev.kefu.spi.customer.CustomerQuery;
import dev.kefu.spi.event.RevisitEvent;
import dev.kefu.spi.revisit.Revisit;
import dev.kefu.spi.revisit.RevisitOutcome;
import dev.kefu.spi.revisit.RevisitQuery;
import dev.kefu.spi.revisit.RevisitReason;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.staff.StaffMember;
import dev.kefu.spi.store.AggregateWrite;
import dev.kefu.spi.store.DueItem;
import dev.kefu.spi.store.Page;
import dev.kefu.spi.store.PageRequest;
import dev.kefu.spi.store.ScheduledWork;
import dev.kefu.spi.store.UnitOfWork;
import dev.kefu.spi.ticket.Priority;
import dev.kefu.spi.ticket.Ticket;
import dev.kefu.spi.ticket.TicketKind;
import dev.kefu.staff.StaffAction;
import dev.kefu.ticket.TicketAction;
import dev.kefu.ticket.TicketLifecycle;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plans, reminds and records revisits (RV-1 to RV-8). A revisit is a task on a REVISIT ticket
 * (whose SLA clock keeps RV-5's 3 days), placed outside the customer's rest hours (RV-2), with a
 * due item that reminds its owner when the time comes.
 */
public final class RevisitService implements Revisits {

  private static final Logger LOG = LoggerFactory.getLogger(RevisitService.class);

  /** The due-work kind of a revisit's reminder. */
  public static final String KIND = "revisit.due";

  /** The id of the member revisit duty (RV-3, RV-6). */
  public static final String MEMBER_DUTY = "member-revisits";

  private final Settings settings;
  private final CommandRunner runner;
  private final Actors actors;
  private final Outgoing outgoing;
  private final TicketService tickets;
  private final RevisitRules rules;
  private final ComplaintFollowUp complaints;
  private final MarketingConsentPolicy marketing = new MarketingConsentPolicy();

  /**
   * Creates the service.
   *
   * @param settings the wiring
   * @param runner the command runner
   * @param tickets the ticket service, for the revisit tickets
   * @param rules the revisit rules
   */
  public RevisitService(Settings settings, CommandRunner runner, TicketService tickets, RevisitRules rules,
      ComplaintFollowUp complaints) {
    this.complaints = complaints;
    this.settings = settings;
    this.runner = runner;
    this.actors = new Actors(settings);
    this.outgoing = new Outgoing(settings);
    this.tickets = tickets;
    this.rules = rules;
  }

  /**
   * What recording a complaint's revisit does to the complaint (CP-7), in the same unit of work:
   * {@link ComplaintService#revisitedInto}. An interface, as the complaint service in turn plans
   * its revisits here.
   */
  @FunctionalInterface
  public interface ComplaintFollowUp {
    /**
     * @param work the revisit's unit of work
     * @param revisit the revisit, done
     * @param actor who recorded it
     * @param now the time
     */
    void revisited(UnitOfWork.Builder work, Revisit revisit, StaffMember actor, Instant now);
  }

  /** @return the revisit rules */
  public RevisitRules rules() {
    return rules;
  }

  /** The customer's first contact channel among those revisits use (RV-1). */
  private Optional<Channel> channel(Customer c) {
    return rules.channels().stream().filter(ch -> c.contactOn(ch).isPresent()).findFirst();
  }

  /**
   * Plans a revisit inside another command's unit of work: a REVISIT ticket (the 3-day clock of
   * RV-5 starts now), the revisit placed at {@code wanted} or, if the customer rests then, when
   * they wake (RV-2), and a due item reminding the owner then.
   *
   * @param work the unit of work
   * @param customer the customer
   * @param reason why
   * @param source what it follows up
   * @param campaign the campaign
   * @param owner who makes it, or null for the queue (also where a VIP customer's revisit goes if
   *     the owner may not serve them, CU-4)
   * @param wanted the wished-for time
   * @param now the time
   * @return the revisit, or empty if the customer has no phone, SMS or e-mail (RV-1)
   */
  public Optional<Revisit> plan(UnitOfWork.Builder work, Customer customer, RevisitReason reason, String source, String campaign,
      StaffMember owner, Instant wanted, Instant now) {
    Optional<Channel> channel = channel(customer);
    if (channel.isEmpty()) {
      LOG.info("customer {} has no phone, SMS or e-mail; no {} revisit", customer.id(), reason);
      return Optional.empty();
    }
    Instant at = rules.rest().nextAwake(wanted, customer.timeZone());
    if (owner != null && !TicketService.mayServe(owner, customer)) {
      owner = null; // CU-4: a VIP customer's revisit waits in the queue for the VIP desk
    }
    Ticket ticket = tickets.openInto(work, owner, customer, TicketKind.REVISIT, channel.get(), Priority.NORMAL,
        "Revisit", reason + " revisit: " + source, owner, now);
    Revisit r = Revisit.builder()
        .id(settings.ids().next().toString())
        .customer(customer.id())
        .reason(reason)
        .source(source)
        .campaign(campaign)
        .channel(channel.get())
        .scheduledFor(at)
        .ticket(ticket.id())
        .owner(owner == null ? StaffId.of("queue") : owner.id())
        .status(Revisit.Status.SCHEDULED)
        .version(1)
        .build();
    work.addWrites(AggregateWrite.create(r))
        .addEvents(new RevisitEvent(runner.meta(r, now), "revisit.scheduled", r.id(), r.customer(), campaign, reason.name()))
        .addSchedule(new ScheduledWork("revisit/" + r.id(), KIND, at, Map.of("revisit", r.id())));
    return Optional.of(r);
  }

  /**
   * Plans the revisit after a complaint the customer accepted (CP-7).
   *
   * @param work the complaint's unit of work
   * @param complaint the complaint
   * @param now the time
   */
  public void afterComplaint(UnitOfWork.Builder work, Complaint complaint, Instant now) {
    Customer customer = settings.customers().find(complaint.customer()).orElseThrow();
    StaffMember owner = settings.staff().find(complaint.owner()).orElse(null);
    plan(work, customer, RevisitReason.COMPLAINT, complaint.id().value(), "complaint-revisits", owner,
        now.plus(rules.afterComplaint()), now);
  }

  /**
   * The reminder of a revisit whose time has come: the due-work handler of {@link #KIND}.
   *
   * @param item the claimed item
   * @param now the time
   * @return the effects
   */
  public UnitOfWork.Builder remind(DueItem item, Instant now) {
    UnitOfWork.Builder work = UnitOfWork.builder();
    settings.revisits().find(item.attributes().getOrDefault("revisit", ""))
        .filter(r -> r.status() == Revisit.Status.SCHEDULED && !r.owner().value().equals("queue"))
        .ifPresent(r -> work.addOutbox(outgoing.toStaff(r.owner(), settings.ids().next(), "revisit.due",
            Map.of("revisitId", r.id(), "channel", r.channel().name()), now)));
    return work;
  }

  /**
   * The member revisit campaign (RV-3, RV-6): a revisit for every customer holding a valid
   * membership card today, and a renewal reminder to those whose card expires within the window and
   * who consented to marketing (CU-10).
   *
   * @param occurrence the campaign's instant
   * @param now the time
   * @return the effects, to be committed with the duty's occurrence
   */
  public UnitOfWork.Builder memberCampaign(Instant occurrence, Instant now) {
    UnitOfWork.Builder work = UnitOfWork.builder();
    String campaign = "members-" + LocalDate.ofInstant(occurrence, settings.shopZone());
    LongAdder planned = new LongAdder();
    Pages.forEach(page -> settings.customers().list(CustomerQuery.all(), page), c -> {
      if (planMember(work, c, campaign, occurrence, now)) {
        planned.increment();
      }
    });
    LOG.info("member revisit campaign {}: {} revisit(s) planned", campaign, planned.sum());
    return work;
  }

  /** Plans a member's revisit and renewal reminder, if the card is valid on the day; true if a revisit was planned. */
  private boolean planMember(UnitOfWork.Builder work, Customer c, String campaign, Instant occurrence, Instant now) {
    LocalDate today = LocalDate.ofInstant(occurrence, c.timeZone());
    if (c.membership().filter(m -> m.isValidOn(today)).isEmpty()) {
      return false;
    }
    StaffMember owner = c.owner().flatMap(settings.staff()::find).orElse(null);
    boolean planned = plan(work, c, RevisitReason.MEMBER, campaign, campaign, owner, occurrence, now).isPresent();
    LocalDate validUntil = c.membership().get().validUntil();
    if (!validUntil.isAfter(today.plusDays(rules.renewalWindow().toDays()))) {
      // a renewal reminder sells: marketing, so only with the customer's consent (CU-10); the
      // member revisit above is service (RV-3) and goes to every member
      Decision consent = marketing.decide(c);
      if (!consent.isAllowed()) {
        LOG.debug("customer {}: no renewal reminder ({}: {})", c.id(), consent.ruleId(), consent.reason());
        return planned;
      }
      outgoing.toCustomer(c, Optional.empty(), settings.ids().next(), "membership.renewal",
          Map.of("validUntil", validUntil.toString()), now).ifPresent(work::addOutbox);
    }
    return planned;
  }

  @Override
  public Revisit record(RecordRevisitOutcome command) {
    Objects.requireNonNull(command, "command");
    return runner.run("RecordRevisitOutcome", command, CommandRunner.requestKey(command.origin()), "origin.requestId", Revisit.class, a -> {
      Violations v = a.violations();
      StaffMember actor = actors.resolve(command.origin(), v);
      Revisit before = v.found(command.revisitId(), "revisitId", settings.revisits()::find, "revisit");
      if (command.reached() && command.satisfaction() == null) {
        v.addRule("satisfaction", "a reached customer's verdict is recorded", "RV-4");
      }
      if (command.reached() && command.satisfaction() == Satisfaction.UNSATISFIED
          && (command.dimension() == null || command.dimension().isBlank())) {
        v.addRule("dimension", "an unsatisfied outcome names the dimension of dissatisfaction", "RV-7");
      }
      v.throwIfAny();
      if (!settings.access().decide(actor.role(), StaffAction.HANDLE_TICKET).isAllowed()) {
        throw new AccessDeniedException(actor.id(), actor.role(), "record a revisit", "ST-1", "only the desk makes revisits");
      }
      if (before.status() != Revisit.Status.SCHEDULED) {
        throw new IllegalTransitionException(Revisit.TYPE, before.id(), before.status().name(), "RECORD", List.of());
      }
      Instant now = a.now();
      UnitOfWork.Builder work = UnitOfWork.builder();
      Revisit after;
      if (!command.reached() && before.attempt() < rules.attempts()) {
        return new Change<>(retry(work, before, actor, now), work);
      }
      if (!command.reached()) {
        after = before.toBuilder().status(Revisit.Status.UNREACHABLE).version(before.version() + 1).build();
        RevisitEvent unreachable = new RevisitEvent(runner.meta(after, now), "revisit.unreachable", after.id(), after.customer(),
            after.campaign(), "attempt " + after.attempt() + " of " + rules.attempts());
        work.addEvents(unreachable);
        if (after.reason() == RevisitReason.COMPLAINT) {
          // CP-7 holds the complaint until a revisit is recorded: its owner's supervisor decides how to reach the customer
          supervisorOf(after.owner()).ifPresent(s -> work.addOutbox(outgoing.toStaff(s, unreachable.eventId(), "revisit.unreachable",
              Map.of("revisitId", after.id(), "complaintId", after.source(), "attempts", Integer.toString(after.attempt())), now)));
        }
      } else {
        RevisitOutcome outcome = new RevisitOutcome(command.satisfaction(), Optional.ofNullable(command.dimension()).filter(d -> !d.isBlank()),
            Objects.requireNonNullElse(command.complaints(), ""), Objects.requireNonNullElse(command.suggestions(), ""));
        Revisit.Builder b = before.toBuilder().status(Revisit.Status.DONE).outcome(outcome).version(before.version() + 1);
        String improvement = null;
        if (outcome.satisfaction() == Satisfaction.UNSATISFIED) {
          improvement = settings.ids().next().toString(); // RV-7: an improvement item
          b.improvementItem(improvement);
        }
        after = b.build();
        work.addEvents(new RevisitEvent(runner.meta(after, now), "revisit.recorded", after.id(), after.customer(), after.campaign(),
            outcome.satisfaction().name()));
        if (improvement != null) {
          RevisitEvent opened = new RevisitEvent(runner.meta(after, now), "improvement.opened", after.id(), after.customer(),
              after.campaign(), outcome.dimension().orElseThrow());
          work.addEvents(opened);
          String item = improvement;
          supervisorOf(actor.id()).ifPresent(s -> work.addOutbox(outgoing.toStaff(s, opened.eventId(), "improvement.opened",
              Map.of("item", item, "dimension", outcome.dimension().orElseThrow()), now)));
        }
      }
      work.addWrites(AggregateWrite.update(after)).addCancel("revisit/" + after.id());
      if (after.status() == Revisit.Status.DONE && after.reason() == RevisitReason.COMPLAINT) {
        complaints.revisited(work, after, actor, now); // CP-7: the complaint is revisited with this outcome
      }
      settings.tickets().find(after.ticket())
          .filter(t -> TicketLifecycle.target(t.status(), TicketAction.RESOLVE).isPresent())
          .ifPresent(t -> tickets.moveInto(work, t.id(), actor, TicketAction.RESOLVE,
              command.reached() ? "Revisit done: " + command.satisfaction() : "Customer not reached", false, now));
      return new Change<>(after, work);
    });
  }

  /**
   * A failed attempt with attempts left: the same revisit, placed again {@code retryAfter} later
   * and out of the customer's rest hours (RV-2); its ticket stays open, so RV-5's clock runs on.
   */
  private Revisit retry(UnitOfWork.Builder work, Revisit before, StaffMember actor, Instant now) {
    ZoneId zone = settings.customers().find(before.customer()).map(Customer::timeZone).orElse(settings.shopZone());
    Instant next = rules.rest().nextAwake(now.plus(rules.retryAfter()), zone);
    Revisit after = before.toBuilder().attempt(before.attempt() + 1).scheduledFor(next).version(before.version() + 1).build();
    work.addWrites(AggregateWrite.update(after))
        .addEvents(new RevisitEvent(runner.meta(after, now), "revisit.retried", after.id(), after.customer(), after.campaign(),
            "attempt " + after.attempt() + " of " + rules.attempts()))
        .addSchedule(new ScheduledWork("revisit/" + after.id(), KIND, next, Map.of("revisit", after.id())));
    settings.tickets().find(after.ticket())
        .filter(t -> TicketLifecycle.target(t.status(), TicketAction.LOG_CONTACT).isPresent())
        .ifPresent(t -> tickets.moveInto(work, t.id(), actor, TicketAction.LOG_CONTACT,
            "Customer not reached on attempt " + before.attempt() + "; next attempt " + next, false, now));
    return after;
  }

  private Optional<StaffId> supervisorOf(StaffId member) {
    return settings.staff().reportingLine(member).stream().filter(m -> m.role().isSupervisorOrAbove()).findFirst()
        .map(StaffMember::id);
  }

  @Override
  public Optional<Revisit> find(String id) {
    return settings.revisits().find(Objects.requireNonNull(id, "id"));
  }

  @Override
  public Page<Revisit> list(RevisitQuery query, PageRequest page) {
    return settings.revisits().list(Objects.requireNonNull(query, "query"), Objects.requireNonNull(page, "page"));
  }

  @Override
  public CampaignSummary summary(String campaign) {
    Objects.requireNonNull(campaign, "campaign");
    List<Revisit> all = Pages.all(page -> settings.revisits().list(RevisitQuery.all().withCampaign(campaign), page));
    long reached = all.stream().filter(r -> r.status() == Revisit.Status.DONE).count();
    long unreachable = all.stream().filter(r -> r.status() == Revisit.Status.UNREACHABLE).count();
    long satisfied = all.stream().filter(r -> r.outcome().filter(o -> o.satisfaction() == Satisfaction.SATISFIED).isPresent()).count();
    Map<String, Long> issues = new TreeMap<>();
    all.forEach(r -> r.outcome().flatMap(RevisitOutcome::dimension).ifPresent(d -> issues.merge(d, 1L, Long::sum)));
    return new CampaignSummary(campaign, all.size(), reached, unreachable, satisfied, issues);
  }
}
