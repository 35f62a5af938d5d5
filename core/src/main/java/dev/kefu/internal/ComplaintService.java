package dev.kefu.internal;

import dev.kefu.AccessDeniedException;
import dev.kefu.Decision;
import dev.kefu.Origin;
import dev.kefu.complaint.ApproveResolution;
import dev.kefu.complaint.ArchiveComplaint;
import dev.kefu.complaint.AssessComplaint;
import dev.kefu.complaint.CarryOutResolution;
import dev.kefu.complaint.ComplaintAction;
import dev.kefu.complaint.ComplaintLifecycle;
import dev.kefu.complaint.ComplaintRules;
import dev.kefu.complaint.ComplaintStatistics;
import dev.kefu.complaint.Complaints;
import dev.kefu.complaint.DecideAgentRecord;
import dev.kefu.complaint.ProposeResolution;
import dev.kefu.complaint.RecordCause;
import dev.kefu.complaint.RecordComplaintRevisit;
import dev.kefu.complaint.RecordCustomerAnswer;
import dev.kefu.complaint.RegisterComplaint;
import dev.kefu.complaint.ReviewComplaint;
import dev.kefu.spi.OrderVolume;
import dev.kefu.spi.complaint.AgentRecord;
import dev.kefu.spi.complaint.Complaint;
import dev.kefu.spi.complaint.ComplaintClassification;
import dev.kefu.spi.complaint.ComplaintId;
import dev.kefu.spi.complaint.ComplaintQuery;
import dev.kefu.spi.complaint.ComplaintStatus;
import dev.kefu.spi.complaint.ComplaintStep;
import dev.kefu.spi.complaint.ResolutionOption;
import dev.kefu.spi.complaint.Satisfaction;
import dev.kefu.spi.customer.Customer;
import dev.kefu.spi.event.ComplaintEvent;
import dev.kefu.spi.event.OrderRecorded;
import dev.kefu.spi.revisit.Revisit;
import dev.kefu.spi.revisit.RevisitOutcome;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.staff.StaffMember;
import dev.kefu.spi.store.AggregateWrite;
import dev.kefu.spi.store.Page;
import dev.kefu.spi.store.PageRequest;
import dev.kefu.spi.store.UnitOfWork;
import dev.kefu.spi.ticket.Priority;
import dev.kefu.spi.ticket.TicketKind;
import dev.kefu.staff.StaffAction;
import dev.kefu.ticket.TicketAction;
import dev.kefu.ticket.TicketLifecycle;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The {@link Complaints} API over the configured ports. */
public final class ComplaintService implements Complaints {

  private static final Logger LOG = LoggerFactory.getLogger(ComplaintService.class);
  private static final Set<ComplaintStatus> RESOLVED = EnumSet.of(ComplaintStatus.ACCEPTED, ComplaintStatus.REVISITED,
      ComplaintStatus.REJECTED, ComplaintStatus.REVIEWED, ComplaintStatus.ARCHIVED);

  private final Settings settings;
  private final CommandRunner runner;
  private final Actors actors;
  private final Outgoing outgoing;
  private final TicketService tickets;
  private final ComplaintRules rules;
  private final OrderVolume orders;
  private final RevisitService revisits;

  /**
   * Creates the service.
   *
   * @param settings the wiring
   * @param runner the command runner
   * @param tickets the ticket service, which moves each complaint's ticket
   * @param rules the complaint rules
   * @param orders the order volume, for the complaint rate
   * @param revisits the revisit service, which plans the revisit after acceptance (CP-7)
   */
  public ComplaintService(Settings settings, CommandRunner runner, TicketService tickets, ComplaintRules rules, OrderVolume orders,
      RevisitService revisits) {
    this.settings = settings;
    this.runner = runner;
    this.actors = new Actors(settings);
    this.outgoing = new Outgoing(settings);
    this.tickets = tickets;
    this.rules = rules;
    this.orders = orders;
    this.revisits = revisits;
  }

  private ComplaintEvent event(Complaint after, ComplaintAction action, StaffId by, String detail, Instant now) {
    return new ComplaintEvent(runner.meta(after, now), ComplaintLifecycle.row(action).event(), after.id(), after.customer(),
        after.status(), by, detail);
  }

  /** Checks the row's roles (ST-1; CP-5 for approval, CP-12 for the agent record). */
  private static void authorize(StaffMember actor, ComplaintAction action) {
    ComplaintLifecycle.Row row = ComplaintLifecycle.row(action);
    if (!row.roles().contains(actor.role())) {
      String rule = switch (action) {
        case APPROVE_RESOLUTION -> "CP-5";
        case VERIFY_AGENT_RECORD -> "CP-12";
        default -> "ST-1";
      };
      throw new AccessDeniedException(actor.id(), actor.role(), action.name(), rule, "only " + row.roles() + " may " + action);
    }
  }

  /** The nearest supervisor (or above) up a member's reporting line. */
  private Optional<StaffId> supervisorOf(StaffId member) {
    return settings.staff().reportingLine(member).stream()
        .filter(m -> m.role().isSupervisorOrAbove()).findFirst().map(StaffMember::id);
  }

  /** Moves the complaint's ticket if its state allows the move; a ticket handled by hand is left alone. */
  private void moveTicket(UnitOfWork.Builder work, Complaint c, StaffMember actor, TicketAction action, String text,
      boolean fromCustomer, Instant now) {
    settings.tickets().find(c.ticket())
        .filter(t -> TicketLifecycle.target(t.status(), action).isPresent())
        .ifPresent(t -> tickets.moveInto(work, t.id(), actor, action, text, fromCustomer, now));
  }

  // ---- registration ----------------------------------------------------------------------------

  @Override
  public Complaint register(RegisterComplaint command) {
    Objects.requireNonNull(command, "command");
    return runner.run("RegisterComplaint", command, CommandRunner.requestKey(command.origin()), "origin.requestId", Complaint.class, a -> {
      Violations v = a.violations();
      StaffMember actor = actors.resolve(command.origin(), v);
      Customer customer = v.found(command.customerId(), "customerId", settings.customers()::find, "customer");
      StaffMember owner = command.owner() == null ? actor : actors.member(command.owner(), "owner", v);
      if (owner != null && !settings.access().decide(owner.role(), StaffAction.HANDLE_TICKET).isAllowed()) {
        v.addRule("owner", "a " + owner.role() + " cannot own a complaint", "CP-1");
      }
      if (owner != null && customer != null && !TicketService.mayServe(owner, customer)) {
        v.addRule("owner", "a VIP customer's complaint is owned by the VIP desk or a lead", "CU-4");
      }
      actors.member(command.aboutAgent(), "aboutAgent", v);
      if (command.channel() != null && !settings.enabledChannels().contains(command.channel())) {
        v.add("channel", "channel " + command.channel() + " is not enabled for this shop");
      }
      if (command.orderValue() != null && !command.orderValue().currency().equals(settings.shopCurrency())) {
        v.add("orderValue.currency", "must be " + settings.shopCurrency().getCurrencyCode() + ", the shop currency");
      }
      v.throwIfAny();
      authorize(actor, ComplaintAction.REGISTER);
      Instant now = a.now();
      List<String> serious = rules.seriousBecause(customer.tier(), Optional.ofNullable(command.orderValue()),
          command.safetyIssue(), command.platformDispute());
      UnitOfWork.Builder work = UnitOfWork.builder();
      var ticket = tickets.openInto(work, actor, customer, TicketKind.COMPLAINT, command.channel(),
          serious.isEmpty() ? Priority.HIGH : Priority.URGENT, "Complaint", command.content(), owner, now);
      Complaint c = Complaint.builder()
          .id(ComplaintId.of(settings.ids().next().toString()))
          .customer(customer.id())
          .channel(command.channel())
          .owner(owner.id())
          .ticket(ticket.id())
          .content(command.content())
          .registeredAt(now)
          .status(ComplaintStatus.REGISTERED)
          .aboutAgent(Optional.ofNullable(command.aboutAgent()))
          .orderValue(Optional.ofNullable(command.orderValue()))
          .safetyIssue(command.safetyIssue())
          .platformDispute(command.platformDispute())
          .seriousBecause(serious)
          .refusals(0)
          .addHistory(new ComplaintStep(ComplaintAction.REGISTER.name(), actor.id(), now, ""))
          .version(1)
          .build();
      work.addWrites(AggregateWrite.create(c)).addEvents(event(c, ComplaintAction.REGISTER, actor.id(), c.channel().name(), now));
      if (!serious.isEmpty()) {
        // a serious case goes to the supervisor at once (CP-11, TK-5)
        Optional<StaffId> supervisor = supervisorOf(owner.id());
        ComplaintEvent escalated = new ComplaintEvent(runner.meta(c, now), "complaint.escalated", c.id(), c.customer(), c.status(),
            actor.id(), String.join(", ", serious));
        work.addEvents(escalated);
        supervisor.ifPresent(s -> work.addOutbox(outgoing.toStaff(s, escalated.eventId(), "complaint.escalated",
            Map.of("complaintId", c.id().value(), "reasons", String.join(", ", serious)), now)));
        LOG.info("complaint {} is serious ({}); escalated to {}", c.id(), serious, supervisor.map(StaffId::value).orElse("nobody"));
      }
      return new Change<>(c, work);
    });
  }

  // ---- the steps ---------------------------------------------------------------------------------

  /** One step of the loop: the complaint before, the actor, the status after, the time. */
  private record Step(Attempt attempt, StaffMember actor, Complaint before, ComplaintStatus next) {
    Instant now() {
      return attempt.now();
    }

    Complaint.Builder moved(ComplaintAction action, String note) {
      return before.toBuilder().status(next).version(before.version() + 1)
          .addHistory(new ComplaintStep(action.name(), actor.id(), now(), note));
    }
  }

  private Complaint step(String commandType, Object command, Origin origin, ComplaintId id, ComplaintAction action,
      BiConsumer<Violations, Complaint> validate, Function<Step, Change<Complaint>> body) {
    return runner.run(commandType, command, CommandRunner.requestKey(origin), "origin.requestId", Complaint.class, a -> {
      Violations v = a.violations();
      StaffMember actor = actors.resolve(origin, v);
      Complaint before = v.found(id, "complaintId", settings.complaints()::find, "complaint");
      if (before != null) {
        validate.accept(v, before);
      }
      v.throwIfAny();
      if (action != ComplaintAction.APPROVE_RESOLUTION) {
        authorize(actor, action); // approval is checked against the configured approvers (CP-5, CP-13)
      }
      ComplaintStatus next = ComplaintLifecycle.require(before, action);
      return body.apply(new Step(a, actor, before, next));
    });
  }

  private static BiConsumer<Violations, Complaint> nothing() {
    return (v, c) -> { };
  }

  @Override
  public Complaint assess(AssessComplaint command) {
    Objects.requireNonNull(command, "command");
    ComplaintAction action = command.substantiated() ? ComplaintAction.SUBSTANTIATE : ComplaintAction.REJECT;
    return step("AssessComplaint", command, command.origin(), command.complaintId(), action, (v, c) -> {
      if (command.substantiated() && command.department() == null) {
        v.addRule("department", "a substantiated complaint names the responsible department", "CP-3");
      }
      if (!command.substantiated() && (command.explanation() == null || command.explanation().isBlank())) {
        v.addRule("explanation", "a rejected complaint records the explanation given to the customer", "CP-3");
      }
    }, s -> {
      UnitOfWork.Builder work = UnitOfWork.builder();
      Complaint c;
      if (command.substantiated()) {
        Complaint.Builder b = s.moved(action, command.department().name()).department(command.department());
        s.before().aboutAgent().ifPresent(agent -> b.agentRecord(AgentRecord.pending(agent))); // CP-12
        c = b.build();
        moveTicket(work, c, s.actor(), TicketAction.RESPOND, "We are investigating and ask for a little time.", false, s.now());
      } else {
        c = s.moved(action, "").rejectionExplanation(command.explanation()).build();
        moveTicket(work, c, s.actor(), TicketAction.RESOLVE, command.explanation(), false, s.now());
      }
      work.addWrites(AggregateWrite.update(c))
          .addEvents(event(c, action, s.actor().id(), c.department().map(Enum::name).orElse(""), s.now()));
      return new Change<>(c, work);
    });
  }

  @Override
  public Complaint recordCause(RecordCause command) {
    Objects.requireNonNull(command, "command");
    return step("RecordCause", command, command.origin(), command.complaintId(), ComplaintAction.RECORD_CAUSE, nothing(), s -> {
      // CP-4: quality causes go to the quality owner, service causes to the service supervisor
      Optional<StaffId> routed = switch (command.cause()) {
        case PRODUCT_QUALITY -> rules.qualityOwner().or(() -> supervisorOf(s.before().owner()));
        case SERVICE -> rules.serviceSupervisor().or(() -> supervisorOf(s.before().owner()));
        default -> Optional.empty();
      };
      Complaint c = s.moved(ComplaintAction.RECORD_CAUSE, command.cause().name())
          .cause(command.cause()).responsibleParty(command.responsibleParty()).routedTo(routed).build();
      ComplaintEvent e = event(c, ComplaintAction.RECORD_CAUSE, s.actor().id(), command.cause().name(), s.now());
      UnitOfWork.Builder work = UnitOfWork.builder().addWrites(AggregateWrite.update(c)).addEvents(e);
      routed.ifPresent(to -> work.addOutbox(outgoing.toStaff(to, e.eventId(), "complaint.investigate",
          Map.of("complaintId", c.id().value(), "cause", command.cause().name()), s.now())));
      return new Change<>(c, work);
    });
  }

  @Override
  public Complaint proposeResolution(ProposeResolution command) {
    Objects.requireNonNull(command, "command");
    return step("ProposeResolution", command, command.origin(), command.complaintId(), ComplaintAction.PROPOSE_RESOLUTION, (v, c) -> {
      if (c.cause().isEmpty()) {
        v.addRule("complaintId", "investigation has not recorded a cause yet", "CP-4");
      } else if (command.options() != null && !v.has("options")) {
        rules.misfit(c.cause().get(), command.options()).ifPresent(why -> v.addRule("options", why, "CP-11"));
      }
      if (command.options() != null) {
        for (int i = 0; i < command.options().size(); i++) {
          ResolutionOption o = command.options().get(i);
          if (o != null && o.amount() != null && !o.amount().currency().equals(settings.shopCurrency())) {
            v.add("options[" + i + "].amount.currency", "must be " + settings.shopCurrency().getCurrencyCode() + ", the shop currency");
          }
        }
      }
    }, s -> {
      Complaint c = s.moved(ComplaintAction.PROPOSE_RESOLUTION, command.options().size() + " option(s)")
          .options(command.options()).build();
      return new Change<>(c, UnitOfWork.builder().addWrites(AggregateWrite.update(c))
          .addEvents(event(c, ComplaintAction.PROPOSE_RESOLUTION, s.actor().id(),
              String.join(",", command.options().stream().map(o -> o.type().name()).toList()), s.now())));
    });
  }

  @Override
  public Complaint approveResolution(ApproveResolution command) {
    Objects.requireNonNull(command, "command");
    return step("ApproveResolution", command, command.origin(), command.complaintId(), ComplaintAction.APPROVE_RESOLUTION, (v, c) -> {
      if (command.option() >= c.options().size()) {
        v.addRule("option", "there are only " + c.options().size() + " option(s)", "CP-5");
      }
    }, s -> {
      ResolutionOption chosen = s.before().options().get(command.option());
      Decision d = rules.mayApprove(s.actor().role(), chosen);
      if (!d.isAllowed()) {
        throw new AccessDeniedException(s.actor().id(), s.actor().role(), "approve " + chosen.type(), d.ruleId(), d.reason());
      }
      Complaint c = s.moved(ComplaintAction.APPROVE_RESOLUTION, chosen.type().name())
          .approved(chosen).approvedBy(s.actor().id()).build();
      return new Change<>(c, UnitOfWork.builder().addWrites(AggregateWrite.update(c))
          .addEvents(event(c, ComplaintAction.APPROVE_RESOLUTION, s.actor().id(), chosen.type().name(), s.now())));
    });
  }

  @Override
  public Complaint carryOut(CarryOutResolution command) {
    Objects.requireNonNull(command, "command");
    return step("CarryOutResolution", command, command.origin(), command.complaintId(), ComplaintAction.CARRY_OUT, (v, c) -> {
      if (command.responsibleStaff() != null) {
        for (int i = 0; i < command.responsibleStaff().size(); i++) {
          actors.member(command.responsibleStaff().get(i), "responsibleStaff[" + i + "]", v);
        }
      }
    }, s -> {
      Complaint c = s.moved(ComplaintAction.CARRY_OUT, "").responsibleStaff(command.responsibleStaff()).build();
      UnitOfWork.Builder work = UnitOfWork.builder();
      moveTicket(work, c, s.actor(), TicketAction.RESPOND, c.approved().orElseThrow().description(), false, s.now());
      return new Change<>(c, work.addWrites(AggregateWrite.update(c))
          .addEvents(event(c, ComplaintAction.CARRY_OUT, s.actor().id(), c.approved().orElseThrow().type().name(), s.now())));
    });
  }

  @Override
  public Complaint recordCustomerAnswer(RecordCustomerAnswer command) {
    Objects.requireNonNull(command, "command");
    ComplaintAction action = command.accepted() ? ComplaintAction.RECORD_ACCEPTANCE : ComplaintAction.RECORD_REFUSAL;
    return step("RecordCustomerAnswer", command, command.origin(), command.complaintId(), action, nothing(), s -> {
      UnitOfWork.Builder work = UnitOfWork.builder();
      Complaint c;
      if (command.accepted()) {
        c = s.moved(action, command.confirmation()).acceptedAt(s.now()).build();
        moveTicket(work, c, s.actor(), TicketAction.RESOLVE, c.approved().orElseThrow().description(), false, s.now());
        revisits.afterComplaint(work, c, s.now()); // CP-7: every handled complaint is revisited
      } else {
        // back to proposal: a new round of options and approval
        c = s.moved(action, command.confirmation()).options(List.of()).approved(Optional.empty()).approvedBy(Optional.empty())
            .refusals(s.before().refusals() + 1).build();
        moveTicket(work, c, s.actor(), TicketAction.LOG_CONTACT, "The customer refused the resolution.", true, s.now());
      }
      return new Change<>(c, work.addWrites(AggregateWrite.update(c)).addEvents(event(c, action, s.actor().id(), "", s.now())));
    });
  }

  /**
   * CP-7 inside a revisit's unit of work: kefu's revisit reached the customer of an accepted
   * complaint, so the complaint is revisited with the revisit's outcome, by the agent who recorded
   * it. Does nothing if the complaint no longer waits for its revisit (one was recorded on the
   * complaint directly) or the agent's role may not record it.
   *
   * @param work the revisit's unit of work
   * @param revisit the revisit, done
   * @param actor who recorded it
   * @param now the time
   */
  public void revisitedInto(UnitOfWork.Builder work, Revisit revisit, StaffMember actor, Instant now) {
    Optional<Satisfaction> outcome = revisit.outcome().map(RevisitOutcome::satisfaction);
    settings.complaints().find(ComplaintId.of(revisit.source()))
        .filter(c -> outcome.isPresent())
        .filter(c -> ComplaintLifecycle.target(c.status(), ComplaintAction.RECORD_REVISIT).isPresent())
        .filter(c -> ComplaintLifecycle.row(ComplaintAction.RECORD_REVISIT).roles().contains(actor.role()))
        .ifPresent(before -> {
          Complaint c = before.toBuilder().status(ComplaintLifecycle.target(before.status(), ComplaintAction.RECORD_REVISIT).get())
              .version(before.version() + 1)
              .addHistory(new ComplaintStep(ComplaintAction.RECORD_REVISIT.name(), actor.id(), now, "revisit " + revisit.id()))
              .revisitOutcome(outcome.get())
              .build();
          moveTicket(work, c, actor, TicketAction.LOG_CONTACT, "Revisit: " + outcome.get(), false, now);
          work.addWrites(AggregateWrite.update(c))
              .addEvents(event(c, ComplaintAction.RECORD_REVISIT, actor.id(), outcome.get().name(), now));
        });
  }

  @Override
  public Complaint recordRevisit(RecordComplaintRevisit command) {
    Objects.requireNonNull(command, "command");
    return step("RecordComplaintRevisit", command, command.origin(), command.complaintId(), ComplaintAction.RECORD_REVISIT, nothing(), s -> {
      Complaint c = s.moved(ComplaintAction.RECORD_REVISIT, Objects.requireNonNullElse(command.notes(), ""))
          .revisitOutcome(command.outcome()).build();
      UnitOfWork.Builder work = UnitOfWork.builder();
      moveTicket(work, c, s.actor(), TicketAction.LOG_CONTACT, "Revisit: " + command.outcome(), false, s.now());
      return new Change<>(c, work.addWrites(AggregateWrite.update(c))
          .addEvents(event(c, ComplaintAction.RECORD_REVISIT, s.actor().id(), command.outcome().name(), s.now())));
    });
  }

  @Override
  public Complaint review(ReviewComplaint command) {
    Objects.requireNonNull(command, "command");
    return step("ReviewComplaint", command, command.origin(), command.complaintId(), ComplaintAction.REVIEW, nothing(), s -> {
      ComplaintClassification classification = new ComplaintClassification(command.cause(), command.department(),
          s.before().channel(), Objects.requireNonNullElse(command.improvement(), ""));
      Complaint c = s.moved(ComplaintAction.REVIEW, command.cause() + "/" + command.department()).classification(classification).build();
      UnitOfWork.Builder work = UnitOfWork.builder();
      moveTicket(work, c, s.actor(), TicketAction.CLOSE, "", false, s.now());
      return new Change<>(c, work.addWrites(AggregateWrite.update(c))
          .addEvents(event(c, ComplaintAction.REVIEW, s.actor().id(), command.cause() + "/" + command.department(), s.now())));
    });
  }

  @Override
  public Complaint archive(ArchiveComplaint command) {
    Objects.requireNonNull(command, "command");
    return step("ArchiveComplaint", command, command.origin(), command.complaintId(), ComplaintAction.ARCHIVE, nothing(), s -> {
      Complaint c = s.moved(ComplaintAction.ARCHIVE, "").build();
      return new Change<>(c, UnitOfWork.builder().addWrites(AggregateWrite.update(c))
          .addEvents(event(c, ComplaintAction.ARCHIVE, s.actor().id(), "", s.now())));
    });
  }

  @Override
  public Complaint decideAgentRecord(DecideAgentRecord command) {
    Objects.requireNonNull(command, "command");
    return step("DecideAgentRecord", command, command.origin(), command.complaintId(), ComplaintAction.VERIFY_AGENT_RECORD, (v, c) -> {
      if (c.agentRecord().filter(r -> r.status() == AgentRecord.Status.PENDING).isEmpty()) {
        v.addRule("complaintId", "the complaint holds no pending record on an agent", "CP-12");
      }
    }, s -> {
      AgentRecord pending = s.before().agentRecord().orElseThrow();
      AgentRecord decided = new AgentRecord(pending.agent(), command.verified() ? AgentRecord.Status.VERIFIED : AgentRecord.Status.DISMISSED,
          Optional.of(s.actor().id()));
      Complaint c = s.moved(ComplaintAction.VERIFY_AGENT_RECORD, decided.status().name()).agentRecord(decided).build();
      return new Change<>(c, UnitOfWork.builder().addWrites(AggregateWrite.update(c))
          .addEvents(event(c, ComplaintAction.VERIFY_AGENT_RECORD, s.actor().id(), decided.status().name(), s.now())));
    });
  }

  // ---- reads and statistics ---------------------------------------------------------------------

  @Override
  public Optional<Complaint> find(ComplaintId id) {
    return settings.complaints().find(Objects.requireNonNull(id, "id"));
  }

  @Override
  public Page<Complaint> list(ComplaintQuery query, PageRequest page) {
    return settings.complaints().list(Objects.requireNonNull(query, "query"), Objects.requireNonNull(page, "page"));
  }

  private List<Complaint> all(ComplaintQuery query) {
    return Pages.all(page -> settings.complaints().list(query, page));
  }


  /**
   * The improvement actions decided in the complaints reviewed in a period (CP-8, QA-5): each
   * distinct action per cause, with how many complaints named it; by cause, then most named first.
   *
   * @param from inclusive
   * @param to exclusive
   * @return the actions
   */
  public List<dev.kefu.report.ComplaintClassificationReport.Improvement> improvements(Instant from, Instant to) {
    Map<List<String>, Long> counts = new TreeMap<>(java.util.Comparator.comparing((List<String> k) -> k.get(0))
        .thenComparing(k -> k.get(1)));
    for (Complaint c : all(ComplaintQuery.all().registeredBetween(from.minus(Duration.ofDays(3650)), to))) {
      Optional<Instant> reviewedAt = c.history().stream().filter(h -> h.action().equals(ComplaintAction.REVIEW.name()))
          .map(ComplaintStep::at).findFirst();
      if (c.classification().isEmpty() || reviewedAt.isEmpty() || reviewedAt.get().isBefore(from)
          || !reviewedAt.get().isBefore(to) || c.classification().get().improvement().isBlank()) {
        continue;
      }
      ComplaintClassification k = c.classification().get();
      counts.merge(List.of(k.cause().name(), k.improvement().strip()), 1L, Long::sum);
    }
    List<dev.kefu.report.ComplaintClassificationReport.Improvement> out = new ArrayList<>();
    counts.forEach((k, n) -> out.add(new dev.kefu.report.ComplaintClassificationReport.Improvement(k.get(0), k.get(1), n)));
    out.sort(java.util.Comparator.comparing(dev.kefu.report.ComplaintClassificationReport.Improvement::cause)
        .thenComparing(java.util.Comparator.comparingLong(dev.kefu.report.ComplaintClassificationReport.Improvement::complaints)
            .reversed()));
    return out;
  }

  @Override
  public ComplaintStatistics statistics(Instant from, Instant to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (!to.isAfter(from)) {
      throw new IllegalArgumentException("the period must end after it starts: " + from + " to " + to);
    }
    List<Complaint> received = all(ComplaintQuery.all().registeredBetween(from, to));
    long resolved = received.stream().filter(c -> RESOLVED.contains(c.status())).count();
    Instant previousFrom = from.minus(Duration.between(from, to));
    Map<List<String>, long[]> table = new TreeMap<>((x, y) -> {
      int d = Integer.compare(List.of("cause", "department", "channel").indexOf(x.get(0)),
          List.of("cause", "department", "channel").indexOf(y.get(0)));
      return d != 0 ? d : x.get(1).compareTo(y.get(1));
    });
    for (Complaint c : all(ComplaintQuery.all().registeredBetween(previousFrom.minus(Duration.ofDays(3650)), to))) {
      Optional<Instant> reviewedAt = c.history().stream().filter(h -> h.action().equals(ComplaintAction.REVIEW.name()))
          .map(ComplaintStep::at).findFirst();
      if (c.classification().isEmpty() || reviewedAt.isEmpty()) {
        continue;
      }
      Instant at = reviewedAt.get();
      int column = !at.isBefore(from) && at.isBefore(to) ? 0 : !at.isBefore(previousFrom) && at.isBefore(from) ? 1 : -1;
      if (column < 0) {
        continue;
      }
      ComplaintClassification k = c.classification().get();
      for (List<String> key : List.of(List.of("cause", k.cause().name()), List.of("department", k.department().name()),
          List.of("channel", k.channel().name()))) {
        table.computeIfAbsent(key, x -> new long[2])[column]++;
      }
    }
    List<ComplaintStatistics.Row> rows = new ArrayList<>();
    table.forEach((key, counts) -> rows.add(new ComplaintStatistics.Row(key.get(0), key.get(1), counts[0], counts[1])));
    return new ComplaintStatistics(from, to, received.size(), resolved, orders.ordersBetween(from, to), rows);
  }

  /**
   * The default order volume: the orders recorded on customer files, from the event log, counted
   * by when they were placed (an import of past orders does not count in today's period).
   *
   * @param settings the wiring
   * @return the order volume
   */
  public static OrderVolume recordedOrders(Settings settings) {
    return (from, to) -> {
      long count = 0;
      long after = 0;
      while (true) {
        var page = settings.eventLog().readAfter(after, 1000);
        if (page.isEmpty()) {
          return count;
        }
        for (var stored : page) {
          if (stored.event() instanceof OrderRecorded order) {
            Instant at = order.placedAt();
            if (!at.isBefore(from) && at.isBefore(to)) {
              count++;
            }
          }
          after = stored.position();
        }
      }
    };
  }
}
