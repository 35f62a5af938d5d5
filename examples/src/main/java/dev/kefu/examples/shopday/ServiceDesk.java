package dev.kefu.examples.shopday;

import dev.kefu.Kefu;
import dev.kefu.Origin;
import dev.kefu.examples.shopday.DayPlan.Contact;
import dev.kefu.examples.shopday.Playbook.Script;
import dev.kefu.examples.shopday.Staffing.Shift;
import dev.kefu.spi.Channel;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.store.Page;
import dev.kefu.spi.store.PageRequest;
import dev.kefu.spi.ticket.Priority;
import dev.kefu.spi.ticket.Ticket;
import dev.kefu.spi.ticket.TicketId;
import dev.kefu.spi.ticket.TicketKind;
import dev.kefu.spi.ticket.TicketQuery;
import dev.kefu.spi.ticket.TicketStatus;
import dev.kefu.ticket.AssignTicket;
import dev.kefu.ticket.AwaitCustomer;
import dev.kefu.ticket.CloseTicket;
import dev.kefu.ticket.LogContact;
import dev.kefu.ticket.OpenTicket;
import dev.kefu.ticket.ReopenTicket;
import dev.kefu.ticket.ResolveTicket;
import dev.kefu.ticket.RespondToTicket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The customer-service desk at work (TK-1 to TK-3, ST-1, ST-2, CU-4): takes each contact, opens
 * its ticket, gets it to an agent on duty, and plays it out step by step on the {@link Agenda}:
 * answers, waits on the customer, customer replies, resolution, closing, now and then a reopen.
 * Chat, phone and the shop's own outbound contacts are taken live by the agent on duty who is
 * free first, who opens the ticket and answers once through with the live contacts before it (at
 * a busy hour customers wait, and their SLA clocks run meanwhile); e-mail and app messages are
 * opened by the team lead and assigned a few minutes later. The VIP desk takes every VIP
 * customer's contact itself, on any channel, and works its tickets at twice the pace. At the end
 * of the early shift its open tickets are handed to the late shift. A contact that needs the
 * complaint loop goes to the {@link ComplaintDesk}, whose commands move its ticket.
 *
 * <p>Every step reads the ticket afresh, so it acts for whoever owns the ticket by then.
 *
 * <p>Not thread-safe: the simulation runs on one thread.
 */
final class ServiceDesk {

  private final Kefu kefu;
  private final Staffing staffing;
  private final BackOffice office;
  private final Agenda agenda;
  private final SplittableRandom random;
  private final Tally tally;
  private final ComplaintDesk complaints;
  private final Map<TicketId, Contact> cases = new HashMap<>();

  /**
   * Creates the desk.
   *
   * @param kefu kefu
   * @param staffing the roster
   * @param office the back office, for orders that follow an inquiry and for who is VIP
   * @param agenda the agenda to schedule the next steps on
   * @param random the random source
   * @param tally the counters
   * @param complaints the complaint desk, which takes the contacts that need the complaint loop
   */
  ServiceDesk(Kefu kefu, Staffing staffing, BackOffice office, Agenda agenda, SplittableRandom random, Tally tally,
      ComplaintDesk complaints) {
    this.complaints = complaints;
    this.kefu = kefu;
    this.staffing = staffing;
    this.office = office;
    this.agenda = agenda;
    this.random = random;
    this.tally = tally;
  }

  // ---- a contact arrives -----------------------------------------------------------------------

  /**
   * A contact reaches the desk (or the desk makes one): its ticket is opened and set going.
   *
   * @param c the contact
   */
  void arrive(Contact c) {
    if (complaints.takesUp(c)) {
      complaints.register(c); // kefu opens the complaint's ticket with it
      tally.ticketsOpened++;
      return;
    }
    Instant now = agenda.now();
    CustomerId customer = c.shopper().id();
    boolean vip = office.isVip(customer);
    Script script = Playbook.of(c.kind());
    String subject = Playbook.pick(script.subjects(), random);
    boolean outbound = Playbook.isOutbound(c.kind());
    // the VIP desk takes every VIP contact itself, whatever the channel; others' e-mail and app
    // messages wait in the lead's queue
    boolean live = vip || c.channel() == Channel.ONLINE_CHAT || c.channel() == Channel.PHONE || outbound;
    StaffId taker = vip ? staffing.vipDesk(now) : staffing.takerOfNextContact(now, random);
    StaffId opener = live ? taker : staffing.leadOnDuty(now);
    String firstMessage = outbound ? "Shop contacts the customer: " + subject : subject;
    Ticket t = kefu.tickets().open(
        OpenTicket.of(Origin.of(opener), customer, c.kind(), c.channel(), subject, firstMessage)
            .withPriority(priority(c.kind(), vip)));
    tally.ticketsOpened++;
    cases.put(t.id(), c);
    if (live) {
      assign(t, taker, taker);
      takeLive(t.id(), taker, c.channel(), outbound, vip);
    } else {
      agenda.after(DayPlan.minutes(2, 20, random), () -> triage(t.id()));
    }
  }

  /**
   * The taker gets to a live contact once they are free (a call waits in the queue, a chat in the
   * taker's list) and answers it; the first answer comes that long after the contact arrived, so
   * at busy hours it comes late.
   */
  private void takeLive(TicketId id, StaffId taker, Channel channel, boolean outbound, boolean vip) {
    Instant now = agenda.now();
    if (channel == Channel.PHONE) {
      Duration call = DayPlan.minutes(1, 6, random);
      Instant pickUp = staffing.book(taker, now.plus(outbound ? Duration.ZERO : seconds(0, 40)), call);
      agenda.at(pickUp.plus(call), () -> answer(id, 1, call));
      return;
    }
    Duration notice; // until the taker can see it
    Duration attention; // how long it keeps them from other live contacts
    Duration writing; // from starting on it to the answer going out
    switch (channel) {
      case ONLINE_CHAT -> {
        notice = outbound ? Duration.ZERO : seconds(0, vip ? 30 : 60);
        attention = seconds(20, 60);
        writing = outbound ? seconds(0, 60) : vip ? seconds(20, 80) : seconds(30, 180);
      }
      case APP -> {
        notice = outbound ? Duration.ZERO : seconds(0, 30);
        attention = seconds(30, 90);
        writing = seconds(20, 80);
      }
      default -> { // a VIP customer's e-mail
        notice = DayPlan.minutes(1, 15, random);
        attention = DayPlan.minutes(2, 4, random);
        writing = DayPlan.minutes(2, 10, random);
      }
    }
    Instant start = staffing.book(taker, now.plus(notice), attention);
    agenda.at(start.plus(writing), () -> answer(id, 1, null));
  }

  private Duration seconds(int min, int max) {
    return Duration.ofSeconds(random.nextLong(min, max + 1L));
  }

  private static Priority priority(TicketKind kind, boolean vip) {
    return switch (kind) {
      case COMPLAINT, PLATFORM_DISPUTE, NEGATIVE_REVIEW -> Priority.HIGH;
      case SUGGESTION -> vip ? Priority.NORMAL : Priority.LOW;
      default -> vip ? Priority.HIGH : Priority.NORMAL;
    };
  }

  /** The lead on duty gives an e-mail or app ticket to an agent (or the VIP desk). */
  private void triage(TicketId id) {
    Instant now = agenda.now();
    Ticket t = ticket(id);
    StaffId to = office.isVip(t.customer()) ? staffing.vipDesk(now) : staffing.leastLoadedAgent(now);
    assign(t, staffing.leadOnDuty(now), to);
    agenda.after(firstAnswerDelay(t), () -> answer(id, 1, null));
  }

  // ---- the ticket is worked ----------------------------------------------------------------------

  /** The owner answers; then the ticket is settled, waits on the customer, or needs another answer. */
  private void answer(TicketId id, int round, Duration took) {
    Ticket t = ticket(id);
    if (!isWorkable(t)) {
      return;
    }
    Script script = Playbook.of(t.kind());
    int messages = t.channel() == Channel.ONLINE_CHAT ? 1 + random.nextInt(4) : 1;
    kefu.tickets().respond(new RespondToTicket(
        Origin.of(handler(t)), id, Playbook.pick(script.answers(), random), messages, took));
    double r = random.nextDouble();
    if (r < script.settledAtOnce() || round >= 3) {
      agenda.after(paced(t, resolveDelay(t.channel())), () -> resolve(id));
    } else if (r < script.settledAtOnce() + script.waitsOnCustomer()) {
      kefu.tickets().awaitCustomer(new AwaitCustomer(Origin.of(handler(t)), id));
      if (random.nextDouble() < 0.8) {
        agenda.after(DayPlan.minutes(15, 300, random), () -> customerWritesBack(id, round));
      }
    } else {
      agenda.after(paced(t, followUpDelay(t.channel())), () -> answer(id, round + 1, null));
    }
  }

  /** The customer sends what the agent waited for; it is logged, and the owner answers again. */
  private void customerWritesBack(TicketId id, int round) {
    Ticket t = ticket(id);
    if (t.status() != TicketStatus.WAITING_ON_CUSTOMER) {
      return;
    }
    Instant now = agenda.now();
    kefu.tickets().logContact(new LogContact(Origin.of(handler(t)), id, now.minusSeconds(30 + random.nextInt(270)),
        now, t.channel(), 1 + random.nextInt(3), 0, Playbook.pick(Playbook.of(t.kind()).customerReplies(), random),
        null));
    agenda.after(paced(t, followUpDelay(t.channel())), () -> answer(id, round + 1, null));
  }

  private void resolve(TicketId id) {
    Ticket t = ticket(id);
    if (!isWorkable(t)) {
      return;
    }
    StaffId owner = t.owner().orElseThrow();
    kefu.tickets().resolve(new ResolveTicket(
        Origin.of(handler(t)), id, Playbook.pick(Playbook.of(t.kind()).resolutions(), random)));
    staffing.released(owner);
    Contact c = cases.get(id);
    if (t.kind() == TicketKind.PRE_SALE_INQUIRY && random.nextDouble() < 0.45) {
      agenda.after(DayPlan.minutes(5, 90, random), () -> office.placeOrder(t.customer(),
          CustomerBase.orderValue(c.shopper().habit(), random),
          CustomerBase.category(c.shopper().favouriteCategory(), random), true));
    }
    double r = random.nextDouble();
    if (r < 0.04) {
      agenda.after(DayPlan.minutes(20, 180, random), () -> customerReopens(id));
    } else if (r < 0.60) {
      agenda.after(DayPlan.minutes(30, 240, random), () -> close(id));
    }
  }

  /** The customer says the problem is back (TK-3: the history stays, the ticket moves on). */
  private void customerReopens(TicketId id) {
    Ticket t = ticket(id);
    if (t.status() != TicketStatus.RESOLVED) {
      return;
    }
    kefu.tickets().reopen(new ReopenTicket(Origin.of(handler(t)), id, "Customer says the problem is back"));
    tally.reopened++;
    staffing.took(t.owner().orElseThrow());
    Ticket reopened = ticket(id);
    StaffId owner = reopened.owner().orElseThrow();
    Instant now = agenda.now();
    boolean vip = office.isVip(reopened.customer());
    if (!staffing.onDuty(owner, now) || (vip && !staffing.servesVip(owner))) {
      assign(reopened, staffing.leadOnDuty(now), vip ? staffing.vipDesk(now) : staffing.leastLoadedAgent(now));
    }
    agenda.after(followUpDelay(t.channel()), () -> answer(id, 2, null));
  }

  private void close(TicketId id) {
    Ticket t = ticket(id);
    if (t.status() != TicketStatus.RESOLVED) {
      return;
    }
    kefu.tickets().close(new CloseTicket(Origin.of(handler(t)), id));
  }

  // ---- moving tickets between people --------------------------------------------------------

  /**
   * The end of a shift: the next shift's lead takes over every ticket its members still work on
   * and gives each to someone on duty (ST-2 handover). A revisit call kefu planned for tomorrow
   * stays with the complaint's owner, who works tomorrow too.
   *
   * @param ending the shift that ends now
   */
  void handOver(Shift ending) {
    Instant now = agenda.now();
    for (StaffId member : staffing.membersOf(ending)) {
      for (Ticket t : tickets(inWork(TicketQuery.all().withOwner(member)))) {
        if (complaints.isPlannedRevisit(t.id())) {
          continue;
        }
        StaffId to = office.isVip(t.customer()) ? staffing.vipDesk(now) : staffing.leastLoadedAgent(now);
        assign(t, staffing.leadOnDuty(now), to);
        tally.handedOver++;
      }
    }
  }

  /**
   * A customer just became VIP: the lead on duty moves their open tickets to the VIP desk (CU-4).
   *
   * @param customer the customer
   */
  void moveToVipDesk(CustomerId customer) {
    Instant now = agenda.now();
    for (Ticket t : tickets(inWork(TicketQuery.all().withCustomer(customer)))) {
      if (!staffing.servesVip(t.owner().orElseThrow())) {
        assign(t, staffing.leadOnDuty(now), staffing.vipDesk(now));
        tally.movedToVipDesk++;
      }
    }
  }

  /** Assigns a ticket and moves it between members' loads; a planned revisit call is nobody's load today. */
  private void assign(Ticket t, StaffId by, StaffId to) {
    boolean load = !complaints.isPlannedRevisit(t.id());
    t.owner().filter(o -> load && t.status() != TicketStatus.RESOLVED).ifPresent(staffing::released);
    kefu.tickets().assign(new AssignTicket(Origin.of(by), t.id(), to));
    if (load) {
      staffing.took(to);
    }
  }

  // ---- helpers ---------------------------------------------------------------------------------

  /** Who acts on a ticket now: its owner if on duty, else the lead on duty (leads may step in). */
  private StaffId handler(Ticket t) {
    return staffing.actingFor(t.owner().orElseThrow(), agenda.now());
  }

  /** Restricts a query to tickets someone is working on: assigned, in progress or waiting. */
  private static TicketQuery inWork(TicketQuery query) {
    return query.withStatuses(TicketStatus.ASSIGNED, TicketStatus.IN_PROGRESS, TicketStatus.WAITING_ON_CUSTOMER);
  }

  private static boolean isWorkable(Ticket t) {
    return t.status() == TicketStatus.ASSIGNED || t.status() == TicketStatus.IN_PROGRESS
        || t.status() == TicketStatus.WAITING_ON_CUSTOMER;
  }

  private Ticket ticket(TicketId id) {
    return kefu.tickets().find(id).orElseThrow(() -> new IllegalStateException("ticket vanished: " + id));
  }

  private List<Ticket> tickets(TicketQuery query) {
    List<Ticket> all = new ArrayList<>();
    PageRequest page = PageRequest.first(PageRequest.MAX_LIMIT);
    while (true) {
      Page<Ticket> p = kefu.tickets().list(query, page);
      all.addAll(p.items());
      if (!p.hasNext()) {
        return all;
      }
      page = page.next();
    }
  }

  /**
   * How long an agent takes to answer an e-mail or app message after the lead assigned it; a
   * high-priority one (a complaint, a bad review, a marketplace dispute) is answered first, within
   * the complaints' one-hour acknowledgement as a rule.
   */
  private Duration firstAnswerDelay(Ticket t) {
    boolean first = t.priority() == Priority.HIGH || t.priority() == Priority.URGENT;
    if (t.channel() == Channel.APP) {
      return first ? DayPlan.minutes(3, 30, random) : DayPlan.minutes(3, 45, random);
    }
    return first ? DayPlan.minutes(5, 45, random) : DayPlan.minutes(10, 150, random);
  }

  /** The VIP desk works its customers' tickets at twice the pace. */
  private Duration paced(Ticket t, Duration delay) {
    return office.isVip(t.customer()) ? delay.dividedBy(2) : delay;
  }

  private Duration followUpDelay(Channel channel) {
    return switch (channel) {
      case ONLINE_CHAT -> DayPlan.minutes(1, 10, random);
      case PHONE -> DayPlan.minutes(5, 60, random);
      case APP -> DayPlan.minutes(10, 90, random);
      default -> DayPlan.minutes(30, 240, random);
    };
  }

  private Duration resolveDelay(Channel channel) {
    return channel == Channel.ONLINE_CHAT || channel == Channel.PHONE
        ? DayPlan.minutes(1, 15, random)
        : DayPlan.minutes(5, 60, random);
  }
}
