package dev.kefu.examples.shopday;

import dev.kefu.Kefu;
import dev.kefu.Origin;
import dev.kefu.complaint.ApproveResolution;
import dev.kefu.complaint.ArchiveComplaint;
import dev.kefu.complaint.AssessComplaint;
import dev.kefu.complaint.CarryOutResolution;
import dev.kefu.complaint.DecideAgentRecord;
import dev.kefu.complaint.ProposeResolution;
import dev.kefu.complaint.RecordCause;
import dev.kefu.complaint.RecordCustomerAnswer;
import dev.kefu.complaint.RegisterComplaint;
import dev.kefu.complaint.ReviewComplaint;
import dev.kefu.examples.shopday.CustomerBase.Shopper;
import dev.kefu.examples.shopday.DayPlan.Contact;
import dev.kefu.revisit.RecordRevisitOutcome;
import dev.kefu.revisit.RestHours;
import dev.kefu.spi.Channel;
import dev.kefu.spi.Money;
import dev.kefu.spi.complaint.AgentRecord;
import dev.kefu.spi.complaint.CauseCategory;
import dev.kefu.spi.complaint.Complaint;
import dev.kefu.spi.complaint.ComplaintId;
import dev.kefu.spi.complaint.ComplaintQuery;
import dev.kefu.spi.complaint.ComplaintStatus;
import dev.kefu.spi.complaint.Department;
import dev.kefu.spi.complaint.ResolutionOption;
import dev.kefu.spi.complaint.ResolutionType;
import dev.kefu.spi.complaint.Satisfaction;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.revisit.Revisit;
import dev.kefu.spi.revisit.RevisitQuery;
import dev.kefu.spi.staff.Role;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.store.Page;
import dev.kefu.spi.store.PageRequest;
import dev.kefu.spi.ticket.Ticket;
import dev.kefu.spi.ticket.TicketId;
import dev.kefu.spi.ticket.TicketKind;
import dev.kefu.spi.ticket.TicketQuery;
import dev.kefu.ticket.AssignTicket;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * The shop's complaints as kefu's closed loop (CP-1 to CP-13). Some of the day's complaint
 * contacts and marketplace disputes need more than an apology on the spot: the desk registers
 * them as complaints at once (CP-2), on the contact's channel, some naming an agent (CP-12), some
 * serious (a VIP customer, a large order, a safety issue, a platform dispute: kefu escalates those
 * to the supervisor at once, CP-11). The owner assesses each (CP-3): rejected with the
 * explanation the customer got, or substantiated and investigated (CP-4): the cause recorded;
 * options that fit the cause proposed (CP-5, CP-11: a quality defect gets an exchange or return, a
 * misuse an explanation, other causes a refund, compensation or an apology); the supervisor, and
 * only the supervisor, approves one; it is carried out (CP-6) and the customer accepts, or refuses
 * and a new round of options follows. kefu plans a revisit for every accepted complaint (CP-7).
 *
 * <p>The quality analyst decides the records complaints put on named agents in rounds (CP-12),
 * and the supervisor reviews and classifies closed complaints in rounds (CP-8), archiving those
 * settled (CP-9): rejected ones, and those whose customer was satisfied on the revisit, once any
 * record on an agent is decided.
 *
 * <p>After the desk closes, the {@linkplain #followOn back office} follows the day's complaints on:
 * it makes the revisit calls kefu planned, each when it comes due, and holds the rounds of the
 * next day and a half. Nothing else goes on then: the complaints still in the loop at close wait
 * for a desk the simulation does not run.
 *
 * <p>Every step reads the complaint afresh and acts only if it still stands where the step
 * expects. Not thread-safe: the simulation runs on one thread.
 */
final class ComplaintDesk {

  /** The campaign kefu plans the revisits after accepted complaints in (CP-7). */
  static final String COMPLAINT_REVISITS = "complaint-revisits";

  /** The share of complaint contacts the desk registers as complaints; the rest are settled as tickets. */
  static final double COMPLAINT_SHARE = 0.07;

  /** The share of marketplace disputes registered as complaints. */
  static final double DISPUTE_SHARE = 0.10;

  /** The share of complaints the owner rejects at assessment, with an explanation. */
  static final double REJECTED_SHARE = 0.15;

  /** The share of customers who cannot be reached on the revisit call. */
  static final double UNREACHABLE_SHARE = 0.10;

  /** The share of pending agent records the quality analyst verifies; the rest are dismissed. */
  static final double VERIFIED_SHARE = 0.65;

  /** A large order: kefu's default rules make a complaint about 5,000 yuan or more serious. */
  private static final double LARGE_ORDER_SHARE = 0.04;

  private static final Currency YUAN = Currency.getInstance("CNY");

  /**
   * What a customer complains about, and how it tends to turn out.
   *
   * @param content what the customer says
   * @param platform true for a dispute on the marketplace platform
   * @param assessedAs the department the owner hands it to when substantiated
   * @param likely the cause investigation usually finds
   * @param likelyShare how often it finds that cause
   * @param otherwise the cause it finds otherwise
   * @param namesAgent true if the customer names the agent who served them
   * @param safety true if the customer reports a safety issue
   * @param goodsAtStake true if an order's value is at stake
   * @param rejection the explanation given when the complaint is not substantiated; null if it is
   *     never rejected
   * @param rejectedAs the cause the supervisor classifies a rejected complaint under
   * @param weight how often it comes up, relative
   */
  record Topic(String content, boolean platform, Department assessedAs, CauseCategory likely, double likelyShare,
      CauseCategory otherwise, boolean namesAgent, boolean safety, boolean goodsAtStake, String rejection,
      CauseCategory rejectedAs, double weight) {}

  static final List<Topic> TOPICS = List.of(
      new Topic("Third order in a row that arrived late", false, Department.LOGISTICS, CauseCategory.LOGISTICS,
          0.85, CauseCategory.OTHER, false, false, false, "Tracking shows each order arrived on the promised day",
          CauseCategory.LOGISTICS, 5),
      new Topic("Parcel left outside in the rain; the box was soaked", false, Department.LOGISTICS,
          CauseCategory.LOGISTICS, 0.75, CauseCategory.PRODUCT_QUALITY, false, false, true,
          "The courier's photo shows the parcel handed over at the door", CauseCategory.LOGISTICS, 3),
      new Topic("The zip broke on the second day", false, Department.QUALITY, CauseCategory.PRODUCT_QUALITY, 0.7,
          CauseCategory.MISUSE, false, false, true, "The photos show the zip torn by force, not a defect",
          CauseCategory.MISUSE, 4),
      new Topic("The jacket shrank after the first wash", false, Department.QUALITY, CauseCategory.PRODUCT_QUALITY,
          0.4, CauseCategory.MISUSE, false, false, true, "The care label says 30 degrees; it was washed at 90",
          CauseCategory.MISUSE, 2),
      new Topic("The charger got hot and smelled of burning", false, Department.QUALITY,
          CauseCategory.PRODUCT_QUALITY, 0.9, CauseCategory.MISUSE, false, true, true, null,
          CauseCategory.PRODUCT_QUALITY, 1),
      new Topic("The agent on the phone was rude and hung up", false, Department.CUSTOMER_SERVICE,
          CauseCategory.SERVICE, 1.0, CauseCategory.SERVICE, true, false, false,
          "The call recording shows a polite agent; the line dropped", CauseCategory.SERVICE, 2),
      new Topic("The agent promised a refund that never came", false, Department.CUSTOMER_SERVICE,
          CauseCategory.SERVICE, 0.7, CauseCategory.PRICING, true, false, true,
          "The refund was paid on Friday; the bank confirms it", CauseCategory.PRICING, 2),
      new Topic("Charged more than the promotion price", false, Department.SALES, CauseCategory.PRICING, 0.85,
          CauseCategory.OTHER, false, false, true, "The promotion ended the day before the order",
          CauseCategory.PRICING, 3),
      new Topic("The free gift promised with the order is missing", false, Department.SALES,
          CauseCategory.LOGISTICS, 0.5, CauseCategory.PRICING, false, false, false,
          "The gift came with orders over 300 yuan; this one was below", CauseCategory.PRICING, 2),
      new Topic("Marketplace dispute: the item is not as described", true, Department.QUALITY,
          CauseCategory.PRODUCT_QUALITY, 0.6, CauseCategory.MISUSE, false, false, true,
          "The item matches the listing's photos and description", CauseCategory.OTHER, 1),
      new Topic("Marketplace dispute: the refund was refused", true, Department.SALES, CauseCategory.PRICING, 0.6,
          CauseCategory.SERVICE, false, false, true, "The return arrived after the 7-day window",
          CauseCategory.PRICING, 1));

  private static final List<String> ACCEPTANCES = List.of(
      "Customer accepted on the phone", "Customer confirmed by message", "Customer said thank you, settled");
  private static final List<String> REFUSALS = List.of(
      "Customer wants their money back instead", "Customer finds the compensation too small",
      "Customer wants an apology from the team lead");

  /** One complaint as the desk remembers it: what it is about and what is at stake. */
  private record Case(Topic topic, Shopper shopper, Money orderValue) {}

  private final Kefu kefu;
  private final Staffing staffing;
  private final BackOffice office;
  private final BusinessDay day;
  private final SplittableRandom random;
  private final Tally tally;
  private final Map<ComplaintId, Case> cases = new HashMap<>();
  private final Map<TicketId, ComplaintId> byTicket = new HashMap<>();
  private final Set<TicketId> revisitTickets = new HashSet<>();
  private Agenda agenda;

  /**
   * Creates the desk.
   *
   * @param kefu kefu
   * @param staffing the roster
   * @param office the back office, for who is VIP
   * @param day the calendar
   * @param agenda the day's agenda
   * @param random the random source
   * @param tally the counters
   */
  ComplaintDesk(Kefu kefu, Staffing staffing, BackOffice office, BusinessDay day, Agenda agenda,
      SplittableRandom random, Tally tally) {
    this.kefu = kefu;
    this.staffing = staffing;
    this.office = office;
    this.day = day;
    this.agenda = agenda;
    this.random = random;
    this.tally = tally;
  }

  // ---- the day -----------------------------------------------------------------------------------

  /**
   * The quality analyst's and the supervisor's rounds during the day: QA at 12:00 and 17:00, the
   * supervisor's review at 17:30.
   */
  void scheduleRounds() {
    agenda.at(day.at(LocalTime.of(12, 0)), this::qualityRound);
    agenda.at(day.at(LocalTime.of(17, 0)), this::qualityRound);
    agenda.at(day.at(LocalTime.of(17, 30)), this::reviewRound);
  }

  /**
   * Whether the desk registers a contact as a complaint rather than settling it as a ticket.
   *
   * @param c the contact
   * @return true for a share of the complaint contacts and marketplace disputes
   */
  boolean takesUp(Contact c) {
    if (c.kind() == TicketKind.COMPLAINT || c.kind() == TicketKind.PLATFORM_DISPUTE) {
      tally.complaintContacts++;
    }
    return switch (c.kind()) {
      case COMPLAINT -> random.nextDouble() < COMPLAINT_SHARE;
      case PLATFORM_DISPUTE -> random.nextDouble() < DISPUTE_SHARE;
      default -> false;
    };
  }

  /**
   * Registers a complaint at once (CP-1, CP-2): a live contact by the agent who takes it (the VIP
   * desk for a VIP customer), an e-mail or app message by the team lead, for the least-loaded
   * agent. Its ticket, which kefu opens with it, is the contact's ticket.
   *
   * @param c the contact
   */
  void register(Contact c) {
    Instant now = agenda.now();
    CustomerId customer = c.shopper().id();
    boolean vip = office.isVip(customer);
    boolean live = vip || c.channel() == Channel.ONLINE_CHAT || c.channel() == Channel.PHONE;
    StaffId taker = vip ? staffing.vipDesk(now) : staffing.takerOfNextContact(now, random);
    StaffId opener = live ? taker : staffing.leadOnDuty(now);
    StaffId owner = live ? taker : staffing.leastLoadedAgent(now);
    Topic topic = pick(TOPICS.stream().filter(t -> t.platform() == (c.kind() == TicketKind.PLATFORM_DISPUTE))
        .toList(), Topic::weight);
    Money value = topic.goodsAtStake() ? orderValue(c.shopper()) : null;
    StaffId about = topic.namesAgent() ? namedAgent(customer, owner) : null;
    Complaint k = kefu.complaints().register(new RegisterComplaint(Origin.of(opener), customer, c.channel(),
        topic.content(), owner, about, value, topic.safety(), topic.platform()));
    staffing.took(owner);
    tally.complaintsRegistered++;
    cases.put(k.id(), new Case(topic, c.shopper(), value));
    byTicket.put(k.ticket(), k.id());
    if (live) {
      // the taker listens, notes it down and tells the customer it is being looked into
      Duration attention = DayPlan.minutes(3, 8, random);
      Instant start = staffing.book(taker, now.plusSeconds(random.nextLong(0, 61)), attention);
      agenda.at(start.plus(attention), () -> assess(k.id()));
    } else {
      agenda.after(paced(customer, DayPlan.minutes(10, 75, random)), () -> assess(k.id()));
    }
  }

  /** An order value at stake: the customer's usual spend, now and then a large order. */
  private Money orderValue(Shopper s) {
    BigDecimal amount = random.nextDouble() < LARGE_ORDER_SHARE
        ? BigDecimal.valueOf(random.nextLong(5_000, 16_001)).setScale(2, RoundingMode.HALF_UP)
        : CustomerBase.orderValue(s.habit(), random);
    return new Money(amount, YUAN);
  }

  /** The agent the customer names: whoever served them last today, else an agent on duty. */
  private StaffId namedAgent(CustomerId customer, StaffId owner) {
    Optional<StaffId> last = tickets(TicketQuery.all().withCustomer(customer)).stream()
        .filter(t -> t.kind() != TicketKind.REVISIT)
        .sorted(Comparator.comparing(Ticket::openedAt).reversed())
        .flatMap(t -> t.owner().stream())
        .filter(o -> !o.equals(owner) && isAgent(o))
        .findFirst();
    if (last.isPresent()) {
      return last.get();
    }
    List<StaffId> agents = staffing.roster().stream()
        .filter(p -> isAgent(p.id()) && !p.id().equals(owner) && staffing.onDuty(p.id(), agenda.now()))
        .map(Staffing.Post::id).toList();
    return agents.get(random.nextInt(agents.size()));
  }

  private boolean isAgent(StaffId id) {
    Role role = staffing.post(id).role();
    return role == Role.AGENT || role == Role.VIP_AGENT;
  }

  /** CP-3: the owner assesses it: rejected with an explanation, or substantiated for investigation. */
  private void assess(ComplaintId id) {
    Complaint k = complaint(id);
    if (k.status() != ComplaintStatus.REGISTERED) {
      return;
    }
    Case c = cases.get(id);
    StaffId owner = ticket(k.ticket()).owner().orElseThrow();
    Origin by = Origin.of(staffing.actingFor(owner, agenda.now()));
    if (c.topic().rejection() != null && random.nextDouble() < REJECTED_SHARE) {
      kefu.complaints().assess(AssessComplaint.rejected(by, id, c.topic().rejection()));
      staffing.released(owner); // kefu resolves the ticket with the explanation
      return;
    }
    kefu.complaints().assess(AssessComplaint.substantiated(by, id, c.topic().assessedAs()));
    agenda.after(paced(k.customer(), DayPlan.minutes(20, 150, random)), () -> investigate(id));
  }

  /** CP-4: investigation finds the cause and who was responsible. */
  private void investigate(ComplaintId id) {
    Complaint k = complaint(id);
    if (k.status() != ComplaintStatus.INVESTIGATING) {
      return;
    }
    Topic topic = cases.get(id).topic();
    CauseCategory cause = random.nextDouble() < topic.likelyShare() ? topic.likely() : topic.otherwise();
    kefu.complaints().recordCause(new RecordCause(by(k), id, cause, responsibleParty(cause, k)));
    agenda.after(paced(k.customer(), DayPlan.minutes(5, 40, random)), () -> propose(id));
  }

  private static String responsibleParty(CauseCategory cause, Complaint k) {
    return switch (cause) {
      case PRODUCT_QUALITY -> "the supplier: a faulty batch";
      case MISUSE -> "the customer: used against the product's instructions";
      case SERVICE -> k.aboutAgent().map(a -> "agent " + a.value()).orElse("the service desk");
      case LOGISTICS -> "the courier company";
      case PRICING -> "the promotion set-up in the shop's back end";
      case OTHER -> "no single party";
    };
  }

  /** CP-5, CP-11: options that fit the cause; after a refusal, a better offer. */
  private void propose(ComplaintId id) {
    Complaint k = complaint(id);
    if (k.status() != ComplaintStatus.INVESTIGATING || k.cause().isEmpty()) {
      return;
    }
    List<ResolutionOption> options = options(k.cause().get(), k.refusals(), cases.get(id));
    kefu.complaints().proposeResolution(new ProposeResolution(by(k), id, options));
    agenda.after(DayPlan.minutes(5, 50, random), () -> approve(id));
  }

  private List<ResolutionOption> options(CauseCategory cause, int refusals, Case c) {
    Money value = c.orderValue() != null ? c.orderValue() : yuan(99);
    boolean better = refusals > 0;
    return switch (cause) {
      case PRODUCT_QUALITY -> c.topic().safety() || better
          ? List.of(new ResolutionOption(ResolutionType.RETURN, "Return for a full refund", value),
              new ResolutionOption(ResolutionType.COMPENSATION, "Coupon for the trouble", yuan(better ? 100 : 200)))
          : List.of(ResolutionOption.of(ResolutionType.EXCHANGE, "Exchange for a new one, shipped today"),
              new ResolutionOption(ResolutionType.RETURN, "Return for a full refund", value));
      case MISUSE -> better
          ? List.of(ResolutionOption.of(ResolutionType.EXPLANATION, "Care instructions explained again"),
              new ResolutionOption(ResolutionType.COMPENSATION, "Goodwill coupon", yuan(30)))
          : List.of(ResolutionOption.of(ResolutionType.EXPLANATION, "Explained correct use and care"),
              new ResolutionOption(ResolutionType.REPAIR, "Repair at cost price", yuan(40)));
      case LOGISTICS -> better
          ? List.of(new ResolutionOption(ResolutionType.COMPENSATION, "Compensation for the delay",
              yuan(50 + 50 * random.nextInt(6))), new ResolutionOption(ResolutionType.REFUND, "Shipping refunded", yuan(12)))
          : List.of(new ResolutionOption(ResolutionType.COMPENSATION, "Coupon for the next order", yuan(20)),
              ResolutionOption.of(ResolutionType.APOLOGY, "Apology from the logistics team"));
      case SERVICE -> better
          ? List.of(new ResolutionOption(ResolutionType.COMPENSATION, "Compensation for the poor service", yuan(100)))
          : List.of(ResolutionOption.of(ResolutionType.APOLOGY, "The team lead apologised"),
              new ResolutionOption(ResolutionType.COMPENSATION, "Coupon for the next order", yuan(20)));
      case PRICING -> List.of(
          new ResolutionOption(ResolutionType.REFUND, "Price difference refunded", percentOf(value, better ? 20 : 10)),
          new ResolutionOption(ResolutionType.COMPENSATION, "Coupon for the next order", yuan(better ? 50 : 20)));
      case OTHER -> List.of(ResolutionOption.of(ResolutionType.APOLOGY, "Apology and explanation"),
          new ResolutionOption(ResolutionType.COMPENSATION, "Coupon for the next order", yuan(better ? 50 : 20)));
    };
  }

  private static Money yuan(long amount) {
    return new Money(BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP), YUAN);
  }

  private static Money percentOf(Money value, int percent) {
    return new Money(value.amount().multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100), 2,
        RoundingMode.HALF_UP), YUAN);
  }

  /** CP-5: the supervisor approves one option; nobody else may. */
  private void approve(ComplaintId id) {
    Complaint k = complaint(id);
    if (k.status() != ComplaintStatus.RESOLUTION_PROPOSED) {
      return;
    }
    int option = k.options().size() > 1 && random.nextDouble() < 0.25 ? 1 : 0;
    kefu.complaints().approveResolution(new ApproveResolution(Origin.of(staffing.supervisor()), id, option));
    agenda.after(paced(k.customer(), DayPlan.minutes(10, 90, random)), () -> carryOut(id));
  }

  /** CP-6: the resolution is carried out and the customer told. */
  private void carryOut(ComplaintId id) {
    Complaint k = complaint(id);
    if (k.status() != ComplaintStatus.RESOLUTION_APPROVED) {
      return;
    }
    Origin by = by(k);
    kefu.complaints().carryOut(new CarryOutResolution(by, id, List.of(by.actor())));
    agenda.after(DayPlan.minutes(15, 180, random), () -> customerAnswers(id));
  }

  /** CP-6: the customer accepts, or refuses and the desk proposes again; a third offer is accepted. */
  private void customerAnswers(ComplaintId id) {
    Complaint k = complaint(id);
    if (k.status() != ComplaintStatus.RESOLUTION_CARRIED_OUT) {
      return;
    }
    double accepts = k.refusals() == 0 ? 0.78 : k.refusals() == 1 ? 0.9 : 1.0;
    boolean accepted = random.nextDouble() < accepts;
    StaffId owner = ticket(k.ticket()).owner().orElseThrow();
    kefu.complaints().recordCustomerAnswer(new RecordCustomerAnswer(by(k), id, accepted,
        Playbook.pick(accepted ? ACCEPTANCES : REFUSALS, random)));
    if (!accepted) {
      agenda.after(paced(k.customer(), DayPlan.minutes(10, 60, random)), () -> propose(id));
      return;
    }
    staffing.released(owner); // kefu resolves the ticket with the resolution
    followRevisit(complaint(id));
  }

  /**
   * kefu planned the revisit (CP-7) for the complaint's owner. A VIP customer's revisit ticket
   * goes to the VIP desk if the owner is not on it (CU-4).
   */
  private void followRevisit(Complaint k) {
    Optional<Revisit> planned = revisitOf(k);
    if (planned.isEmpty()) {
      tally.complaintsWithoutRevisit++; // the customer has no phone, SMS or e-mail (RV-1)
      return;
    }
    TicketId ticket = planned.get().ticket();
    revisitTickets.add(ticket);
    Instant now = agenda.now();
    StaffId owner = ticket(ticket).owner().orElseThrow();
    if (office.isVip(k.customer()) && !staffing.servesVip(owner)) {
      kefu.tickets().assign(new AssignTicket(Origin.of(staffing.leadOnDuty(now)), ticket, staffing.vipDesk(now)));
    }
  }

  private Optional<Revisit> revisitOf(Complaint k) {
    return all(p -> kefu.revisits().list(RevisitQuery.all().withCustomer(k.customer())
        .withCampaign(COMPLAINT_REVISITS), p)).stream()
        .filter(r -> r.source().equals(k.id().value())).findFirst();
  }

  /**
   * Whether a ticket is the ticket of a revisit kefu planned after a complaint: it waits for its
   * call with the complaint's owner, outside the day's handover and load.
   *
   * @param id the ticket
   * @return true for a planned revisit's ticket
   */
  boolean isPlannedRevisit(TicketId id) {
    return revisitTickets.contains(id);
  }

  /**
   * Whether a ticket belongs to a complaint that was rejected.
   *
   * @param id the ticket
   * @return true if it is a rejected complaint's ticket
   */
  boolean isRejectedComplaint(TicketId id) {
    ComplaintId c = byTicket.get(id);
    return c != null && complaint(c).rejectionExplanation().isPresent();
  }

  // ---- the rounds --------------------------------------------------------------------------------

  /** CP-12: the quality analyst verifies or dismisses every pending record on a named agent. */
  private void qualityRound() {
    Origin qa = Origin.of(staffing.qualityAnalyst());
    for (Complaint k : all(p -> kefu.complaints().list(ComplaintQuery.all(), p))) {
      if (k.status() != ComplaintStatus.ARCHIVED
          && k.agentRecord().filter(r -> r.status() == AgentRecord.Status.PENDING).isPresent()) {
        kefu.complaints().decideAgentRecord(new DecideAgentRecord(qa, k.id(), random.nextDouble() < VERIFIED_SHARE));
      }
    }
  }

  /**
   * CP-8, CP-9: the supervisor reviews and classifies every complaint closed since the last round
   * (rejected, or revisited), and archives the settled ones: rejected, or revisited with a
   * satisfied customer, once any record on an agent is decided. The others stay reviewed while
   * the improvement action runs.
   */
  private void reviewRound() {
    Origin supervisor = Origin.of(staffing.supervisor());
    for (Complaint k : all(p -> kefu.complaints().list(ComplaintQuery.all(), p))) {
      if (k.status() == ComplaintStatus.REJECTED || k.status() == ComplaintStatus.REVISITED) {
        CauseCategory cause = k.status() == ComplaintStatus.REJECTED
            ? cases.get(k.id()).topic().rejectedAs() : k.cause().orElseThrow();
        k = kefu.complaints().review(new ReviewComplaint(supervisor, k.id(), cause, departmentOf(cause),
            k.status() == ComplaintStatus.REJECTED ? "" : improvement(cause)));
      }
      boolean settled = k.revisitOutcome().map(s -> s == Satisfaction.SATISFIED).orElse(true);
      boolean recordDecided = k.agentRecord().filter(r -> r.status() == AgentRecord.Status.PENDING).isEmpty();
      if (k.status() == ComplaintStatus.REVIEWED && settled && recordDecided) {
        kefu.complaints().archive(new ArchiveComplaint(supervisor, k.id()));
      }
    }
  }

  /**
   * The department a cause belongs to, for the supervisor's classification.
   *
   * @param cause the cause
   * @return its department
   */
  static Department departmentOf(CauseCategory cause) {
    return switch (cause) {
      case PRODUCT_QUALITY, MISUSE -> Department.QUALITY;
      case SERVICE -> Department.CUSTOMER_SERVICE;
      case LOGISTICS -> Department.LOGISTICS;
      case PRICING -> Department.SALES;
      case OTHER -> Department.OTHER;
    };
  }

  private static String improvement(CauseCategory cause) {
    return switch (cause) {
      case PRODUCT_QUALITY -> "Check the supplier's batch; tighten incoming inspection";
      case MISUSE -> "Make the care and use instructions clearer on the product page";
      case SERVICE -> "Coach the agent; review call handling in the team meeting";
      case LOGISTICS -> "Raise late and careless deliveries with the courier company";
      case PRICING -> "Show promotion end dates and gift conditions at checkout";
      case OTHER -> "No action beyond the resolution";
    };
  }

  // ---- after close -------------------------------------------------------------------------------

  /**
   * The back office after the desk closes: each revisit kefu planned is called when it comes due
   * (never in the customer's rest hours), the quality analyst's rounds at 11:00 and 17:00 and the
   * supervisor's review at 17:30 the next day, and a last round of both at 11:00 and 11:30 the day
   * after, before {@link BusinessDay#backOfficeEnd()}.
   *
   * @param later the back office's agenda, on the same clock
   */
  void followOn(Agenda later) {
    this.agenda = later;
    Instant end = day.backOfficeEnd();
    RevisitQuery scheduled = new RevisitQuery(Optional.empty(), Optional.empty(), Set.of(Revisit.Status.SCHEDULED));
    for (Revisit r : all(p -> kefu.revisits().list(scheduled, p))) {
      scheduleCall(r);
    }
    later.at(day.later(1, LocalTime.of(11, 0)), this::qualityRound);
    later.at(day.later(1, LocalTime.of(17, 0)), this::qualityRound);
    later.at(day.later(1, LocalTime.of(17, 30)), this::reviewRound);
    later.at(day.later(2, LocalTime.of(11, 0)), this::qualityRound);
    later.at(day.later(2, LocalTime.of(11, 30)), this::reviewRound);
  }

  /** Places the call to a scheduled revisit on the back office's agenda, if it falls before the end. */
  private void scheduleCall(Revisit r) {
    Instant at = r.scheduledFor().isBefore(agenda.now()) ? agenda.now() : r.scheduledFor();
    Instant call = at.plus(DayPlan.minutes(0, 30, random));
    if (RestHours.defaults().contains(call.atZone(customerZone(r.customer())).toLocalTime())) {
      call = at; // the call waits no longer than the customer is awake
    }
    if (call.isBefore(day.backOfficeEnd())) {
      agenda.at(call, () -> revisitCall(r.id()));
    }
  }

  private java.time.ZoneId customerZone(CustomerId id) {
    return kefu.customers().find(staffing.supervisor(), id).orElseThrow().timeZone();
  }

  /**
   * RV-4, CP-7: the revisit call. The ticket's owner calls (the lead on duty if the owner is off);
   * a customer not reached is recorded so, and kefu places the call again (out of the customer's
   * rest hours) until its attempts run out; the complaint of a customer never reached stays
   * accepted, as a complaint is reviewed only after its revisit.
   */
  private void revisitCall(String revisitId) {
    Revisit r = kefu.revisits().find(revisitId).orElseThrow();
    if (r.status() != Revisit.Status.SCHEDULED) {
      return;
    }
    StaffId owner = ticket(r.ticket()).owner().orElse(r.owner());
    Origin by = Origin.of(staffing.actingFor(owner, agenda.now()));
    Optional<Complaint> k = kefu.complaints().find(ComplaintId.of(r.source()));
    if (random.nextDouble() < UNREACHABLE_SHARE) {
      Revisit next = kefu.revisits().record(RecordRevisitOutcome.unreachable(by, revisitId));
      if (next.status() == Revisit.Status.SCHEDULED) {
        scheduleCall(next);
      }
      return;
    }
    int refusals = k.map(Complaint::refusals).orElse(0);
    double u = random.nextDouble();
    Satisfaction s = refusals == 0
        ? (u < 0.62 ? Satisfaction.SATISFIED : u < 0.84 ? Satisfaction.NEUTRAL : Satisfaction.UNSATISFIED)
        : (u < 0.45 ? Satisfaction.SATISFIED : u < 0.75 ? Satisfaction.NEUTRAL : Satisfaction.UNSATISFIED);
    CauseCategory cause = k.flatMap(Complaint::cause).orElse(CauseCategory.OTHER);
    String dimension = s == Satisfaction.UNSATISFIED ? dimensionOf(cause) : null;
    String unhappy = s == Satisfaction.SATISFIED ? "" : "Took too long to settle";
    String suggestion = s == Satisfaction.SATISFIED ? "Keep it up" : "Call back sooner";
    // CP-7: recording kefu's revisit revisits the complaint too, with the same outcome
    kefu.revisits().record(new RecordRevisitOutcome(by, revisitId, true, s, dimension, unhappy, suggestion));
  }

  /**
   * What an unsatisfied customer is unhappy about (RV-7), by the complaint's cause.
   *
   * @param cause the cause
   * @return the dimension
   */
  static String dimensionOf(CauseCategory cause) {
    return switch (cause) {
      case PRODUCT_QUALITY -> "product quality";
      case MISUSE -> "product instructions";
      case SERVICE -> "agent attitude";
      case LOGISTICS -> "delivery speed";
      case PRICING -> "refund speed";
      case OTHER -> "compensation amount";
    };
  }

  // ---- helpers -----------------------------------------------------------------------------------

  /** Who acts on a complaint now: its ticket's owner if on duty, else the lead on duty. */
  private Origin by(Complaint k) {
    return Origin.of(staffing.actingFor(ticket(k.ticket()).owner().orElseThrow(), agenda.now()));
  }

  /** The VIP desk works its customers' complaints at twice the pace. */
  private Duration paced(CustomerId customer, Duration delay) {
    return office.isVip(customer) ? delay.dividedBy(2) : delay;
  }

  private Complaint complaint(ComplaintId id) {
    return kefu.complaints().find(id).orElseThrow(() -> new IllegalStateException("complaint vanished: " + id));
  }

  private Ticket ticket(TicketId id) {
    return kefu.tickets().find(id).orElseThrow(() -> new IllegalStateException("ticket vanished: " + id));
  }

  private List<Ticket> tickets(TicketQuery query) {
    return all(p -> kefu.tickets().list(query, p));
  }

  /**
   * Every item of a paged listing.
   *
   * @param page one page of it
   * @param <T> the item type
   * @return the items, in the listing's order
   */
  static <T> List<T> all(Function<PageRequest, Page<T>> page) {
    List<T> all = new ArrayList<>();
    for (PageRequest p = PageRequest.first(PageRequest.MAX_LIMIT); ; p = p.next()) {
      Page<T> items = page.apply(p);
      all.addAll(items.items());
      if (!items.hasNext()) {
        return all;
      }
    }
  }

  private <T> T pick(List<T> items, java.util.function.ToDoubleFunction<T> weight) {
    double total = items.stream().mapToDouble(weight).sum();
    double r = random.nextDouble() * total;
    for (T item : items) {
      r -= weight.applyAsDouble(item);
      if (r < 0) {
        return item;
      }
    }
    return items.get(items.size() - 1);
  }
}
