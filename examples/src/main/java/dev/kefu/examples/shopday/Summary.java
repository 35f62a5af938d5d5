package dev.kefu.examples.shopday;

import static dev.kefu.examples.shopday.TextTable.count;
import static dev.kefu.examples.shopday.TextTable.percent;

import dev.kefu.Kefu;
import dev.kefu.examples.shopday.Staffing.Post;
import dev.kefu.spi.Channel;
import dev.kefu.spi.customer.Customer;
import dev.kefu.spi.customer.RelationshipStage;
import dev.kefu.spi.customer.Tier;
import dev.kefu.spi.customer.ValueSegment;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.store.Page;
import dev.kefu.spi.store.PageRequest;
import dev.kefu.spi.ticket.ContactLogEntry;
import dev.kefu.spi.ticket.Ticket;
import dev.kefu.spi.ticket.TicketKind;
import dev.kefu.spi.ticket.TicketQuery;
import dev.kefu.spi.ticket.TicketStatus;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The report at the end of the day: customers by tier, segment and stage; tickets by kind, channel
 * and status; contacts handled per member of staff, from the tickets' contact logs; SLA
 * achievement, warnings, breaches and escalations ({@link SlaSection}); complaints
 * ({@link ComplaintSection}), revisits ({@link RevisitSection}) and satisfaction
 * ({@link SatisfactionSection}); notifications delivered, retried and parked. Counts come from
 * kefu's store, read through its public API, and from what the simulation counted along the way;
 * the day's figures as the desk left them at close, the complaints and revisits after the back
 * office.
 *
 * <p>Immutable.
 */
final class Summary {

  private final DayOptions options;
  private final BusinessDay day;
  private final Staffing staffing;
  private final Tally tally;
  private final Map<Tier, Map<ValueSegment, Long>> customers;
  private final Map<RelationshipStage, Long> stages;
  private final Map<TicketKind, Map<TicketStatus, Long>> kinds;
  private final Map<Channel, Map<TicketStatus, Long>> channels;
  private final Map<StaffId, Long> contacts;
  private final Map<StaffId, Long> owned;
  private final Map<StaffId, Long> stillOpen;
  private final long unattributedContacts;
  private final Map<Channel, Integer> deliveredByChannel;
  private final Map<String, Integer> deliveredByTemplate;
  private final SlaSection sla;
  private final ComplaintSection complaints;
  private final RevisitSection revisits;
  private final SatisfactionSection satisfaction;
  private final StaffingSection staffingSection;
  private final long ticketsOpened;

  private Summary(DayOptions options, BusinessDay day, Staffing staffing, Tally tally, List<Customer> files,
      List<Ticket> tickets, Gateways gateways, SlaSection sla, ComplaintSection complaints, RevisitSection revisits,
      SatisfactionSection satisfaction, StaffingSection staffingSection) {
    this.staffingSection = staffingSection;
    this.complaints = complaints;
    this.revisits = revisits;
    this.satisfaction = satisfaction;
    this.ticketsOpened = tickets.size();
    this.options = options;
    this.day = day;
    this.staffing = staffing;
    this.tally = tally;
    this.customers = crossTab(files, Tier.class, Customer::tier, ValueSegment.class, Customer::segment);
    this.stages = counts(files, RelationshipStage.class, Customer::stage);
    this.kinds = crossTab(tickets, TicketKind.class, Ticket::kind, TicketStatus.class, Ticket::status);
    this.channels = crossTab(tickets, Channel.class, Ticket::channel, TicketStatus.class, Ticket::status);
    Map<StaffId, Long> handled = new LinkedHashMap<>();
    Map<StaffId, Long> owners = new LinkedHashMap<>();
    Map<StaffId, Long> open = new LinkedHashMap<>();
    for (Post p : staffing.roster()) {
      handled.put(p.id(), 0L);
      owners.put(p.id(), 0L);
      open.put(p.id(), 0L);
    }
    long nobody = 0;
    for (Ticket t : tickets) {
      for (ContactLogEntry e : t.contactLog()) {
        if (e.handledBy().isPresent()) {
          handled.merge(e.handledBy().get(), 1L, Long::sum);
        } else {
          nobody++;
        }
      }
      t.owner().ifPresent(o -> owners.merge(o, 1L, Long::sum));
      if (isOpen(t.status())) {
        t.owner().ifPresent(o -> open.merge(o, 1L, Long::sum));
      }
    }
    this.contacts = Collections.unmodifiableMap(handled);
    this.owned = Collections.unmodifiableMap(owners);
    this.stillOpen = Collections.unmodifiableMap(open);
    this.unattributedContacts = nobody;
    this.deliveredByChannel = gateways.deliveredByChannel();
    this.deliveredByTemplate = gateways.deliveredByTemplate();
    this.sla = sla;
  }

  /**
   * What the summary reads from kefu when the desk closes, before the back office.
   *
   * @param customers every customer file
   * @param tickets every ticket
   */
  record AtClose(List<Customer> customers, List<Ticket> tickets) {}

  /**
   * Reads the customers and tickets, at close.
   *
   * @param kefu kefu
   * @param staffing the roster, for who reads
   * @return what the desk left at close
   */
  static AtClose atClose(Kefu kefu, Staffing staffing) {
    return new AtClose(BackOffice.everyone(kefu, staffing.supervisor()), allTickets(kefu));
  }

  /**
   * Builds the summary.
   *
   * @param options what was simulated
   * @param day the calendar
   * @param staffing the roster
   * @param tally what the simulation counted
   * @param gateways the notification gateways
   * @param closing the customers and tickets at close
   * @param sla the SLA figures
   * @param complaints the complaint figures, after the back office
   * @param revisits the revisit campaigns, after the back office
   * @param satisfaction the survey answers
   * @param staffingSection the requirement against the roster, and the leave decisions
   * @return the summary
   */
  static Summary of(DayOptions options, BusinessDay day, Staffing staffing, Tally tally, Gateways gateways,
      AtClose closing, SlaSection sla, ComplaintSection complaints, RevisitSection revisits,
      SatisfactionSection satisfaction, StaffingSection staffingSection) {
    return new Summary(options, day, staffing, tally, closing.customers(), closing.tickets(), gateways, sla,
        complaints, revisits, satisfaction, staffingSection);
  }

  /**
   * Every ticket, through kefu's listing, page by page.
   *
   * @param kefu kefu
   * @return the tickets, oldest first
   */
  static List<Ticket> allTickets(Kefu kefu) {
    List<Ticket> all = new ArrayList<>();
    PageRequest page = PageRequest.first(PageRequest.MAX_LIMIT);
    while (true) {
      Page<Ticket> p = kefu.tickets().list(TicketQuery.all(), page);
      all.addAll(p.items());
      if (!p.hasNext()) {
        return all;
      }
      page = page.next();
    }
  }

  private static boolean isOpen(TicketStatus s) {
    return s != TicketStatus.RESOLVED && s != TicketStatus.CLOSED;
  }

  private static <T, E extends Enum<E>> Map<E, Long> counts(List<T> items, Class<E> type, Function<T, E> key) {
    Map<E, Long> m = zeros(type);
    items.forEach(i -> m.merge(key.apply(i), 1L, Long::sum));
    return Collections.unmodifiableMap(m);
  }

  private static <T, R extends Enum<R>, C extends Enum<C>> Map<R, Map<C, Long>> crossTab(
      List<T> items, Class<R> rowType, Function<T, R> row, Class<C> columnType, Function<T, C> column) {
    Map<R, Map<C, Long>> m = new EnumMap<>(rowType);
    for (R r : rowType.getEnumConstants()) {
      m.put(r, counts(items.stream().filter(i -> row.apply(i) == r).toList(), columnType, column));
    }
    return Collections.unmodifiableMap(m);
  }

  // ---- figures, for tests --------------------------------------------------------------------------

  /** @return customers per tier */
  Map<Tier, Long> customersByTier() {
    Map<Tier, Long> m = new EnumMap<>(Tier.class);
    customers.forEach((tier, bySegment) -> m.put(tier, sum(bySegment)));
    return m;
  }

  /** @return tickets per status */
  Map<TicketStatus, Long> ticketsByStatus() {
    Map<TicketStatus, Long> m = new EnumMap<>(TicketStatus.class);
    kinds.values().forEach(byStatus -> byStatus.forEach((s, n) -> m.merge(s, n, Long::sum)));
    return m;
  }

  /** @return contact-log entries per member of staff who handled them, in roster order */
  Map<StaffId, Long> contactsHandled() {
    return contacts;
  }

  /** @return contact-log entries no member of staff handled */
  long unattributedContacts() {
    return unattributedContacts;
  }

  /** @return notifications delivered, summed over kefu's delivery reports */
  int notificationsDelivered() {
    return tally.delivered;
  }

  /** @return the SLA section */
  SlaSection sla() {
    return sla;
  }

  /** @return the complaints section */
  ComplaintSection complaints() {
    return complaints;
  }

  /** @return the revisits section */
  RevisitSection revisits() {
    return revisits;
  }

  /** @return the staffing section: requirement against the roster, leave decisions */
  StaffingSection staffing() {
    return staffingSection;
  }

  /** @return the satisfaction section */
  SatisfactionSection satisfaction() {
    return satisfaction;
  }

  /** @return notifications delivered, as the gateways counted them per channel */
  Map<Channel, Integer> deliveredByChannel() {
    return deliveredByChannel;
  }

  private static <E extends Enum<E>> Map<E, Long> zeros(Class<E> type) {
    Map<E, Long> m = new EnumMap<>(type);
    for (E e : type.getEnumConstants()) {
      m.put(e, 0L);
    }
    return m;
  }

  private static <K> long sum(Map<K, Long> m) {
    return m.values().stream().mapToLong(Long::longValue).sum();
  }

  // ---- the text --------------------------------------------------------------------------------

  /**
   * The summary as text: a header, then customers, tickets, contacts per staff member, SLA
   * achievement and escalations, complaints, revisits, satisfaction, and notifications, in aligned
   * columns.
   *
   * @return the text, ending in a newline
   */
  String render() {
    StringBuilder out = new StringBuilder();
    header(out);
    customerSection(out);
    ticketSection(out);
    staffSection(out);
    staffingSection.render(out);
    sla.render(out);
    complaints.render(out);
    revisits.render(out);
    satisfaction.render(out);
    notificationSection(out);
    return out.toString();
  }

  private void header(StringBuilder out) {
    out.append("kefu shop day: one day of an online shop's customer service\n");
    out.append(String.format(Locale.ROOT, "  seed %d, %s customers, %s contacts%n",
        options.seed(), count(options.customers()), count(options.contacts())));
    out.append("  simulated ").append(day.format(day.importStart())).append(" to ").append(day.format(day.close()))
        .append(" (").append(day.zone()).append(") on kefu's in-memory defaults;\n")
        .append("  then the back office followed the day's complaints on to ").append(day.format(day.backOfficeEnd()))
        .append('\n');
    out.append("  shifts: ").append(staffing.describe(Staffing.EARLY)).append('\n');
    out.append("          ").append(staffing.describe(Staffing.LATE)).append('\n');
    out.append("          a supervisor over both team leads and a quality analyst, a shop manager over the supervisor\n");
  }

  private void customerSection(StringBuilder out) {
    long total = sum(customersByTier());
    out.append("\nCustomers: ").append(count(total)).append('\n');
    out.append(String.format(Locale.ROOT, "  %s on file this morning, imported with %s past orders; %s signed up today%n",
        count(tally.customersImported), count(tally.pastOrdersImported), count(tally.customersSignedUp)));
    out.append(String.format(Locale.ROOT, "  %s orders placed today, %s of them after a pre-sale inquiry%n",
        count(tally.ordersToday), count(tally.ordersAfterInquiry)));
    out.append(String.format(Locale.ROOT,
        "  %s membership cards sold; VIP status granted by the supervisor to %s, earned with a purchase by %s%n",
        count(tally.cardsSold), count(tally.vipGranted), count(tally.vipPromotedByPurchase)));
    out.append(String.format(Locale.ROOT,
        "  daily reclassification (kefu due work, %s run): %s customers changed stage, segment or tier%n%n",
        count(tally.reclassificationRuns), count(tally.reclassifiedOvernight)));

    TextTable byTier = new TextTable(header("tier \\ segment", ValueSegment.class, "total", "share"));
    for (Tier tier : Tier.values()) {
      Map<ValueSegment, Long> row = customers.get(tier);
      byTier.row(cells(label(tier), row, sum(row), percent(sum(row), total)));
    }
    Map<ValueSegment, Long> columns = zeros(ValueSegment.class);
    customers.values().forEach(row -> row.forEach((s, n) -> columns.merge(s, n, Long::sum)));
    byTier.total(cells("total", columns, total, percent(total, total)));
    out.append(byTier.render("  ")).append('\n');

    TextTable byStage = new TextTable("stage", "customers", "share");
    stages.forEach((stage, n) -> byStage.row(label(stage), count(n), percent(n, total)));
    out.append(byStage.render("  "));
  }

  private void ticketSection(StringBuilder out) {
    long total = sum(ticketsByStatus());
    out.append("\nTickets at close: ").append(count(total)).append(" opened\n");
    out.append(String.format(Locale.ROOT,
        "  %s for the day's contacts, %s of them opened by kefu with a complaint; %s by kefu for the revisit%n"
            + "  calls it planned after accepted complaints%n",
        count(tally.ticketsOpened), count(tally.complaintsRegistered), count(ticketsOpened - tally.ticketsOpened)));
    out.append(String.format(Locale.ROOT,
        "  %s handed from the early to the late shift at 18:00, %s moved to the VIP desk, %s reopened%n",
        count(tally.handedOver), count(tally.movedToVipDesk), count(tally.reopened)));
    out.append(String.format(Locale.ROOT,
        "  %s scheduled follow-ups (answers, customer replies, closings, complaint steps, survey answers)%n"
            + "  carried over to tomorrow%n%n",
        count(tally.followUpsCarriedOver)));
    out.append(statusTable("kind", kinds).render("  ")).append('\n');
    out.append(statusTable("channel", channels).render("  "));
  }

  private <R extends Enum<R>> TextTable statusTable(String title, Map<R, Map<TicketStatus, Long>> rows) {
    TextTable table = new TextTable(header(title, TicketStatus.class, "total"));
    Map<TicketStatus, Long> columns = zeros(TicketStatus.class);
    rows.forEach((r, byStatus) -> {
      if (sum(byStatus) > 0) {
        table.row(cells(label(r), byStatus, sum(byStatus)));
        byStatus.forEach((s, n) -> columns.merge(s, n, Long::sum));
      }
    });
    table.total(cells("total", columns, sum(columns)));
    return table;
  }

  private void staffSection(StringBuilder out) {
    long total = sum(contacts);
    out.append("\nContacts handled, from the tickets' contact logs: ").append(count(total));
    if (unattributedContacts > 0) {
      out.append(" (and ").append(count(unattributedContacts)).append(" handled by nobody)");
    }
    out.append('\n');
    out.append("  (a ticket's first entry counts for whoever opened it: the team leads open e-mail and app tickets,\n"
        + "  except VIP customers', which the VIP desk opens)\n");
    TextTable table = new TextTable("staff", "role", "shift", "contacts", "share", "tickets owned", "still open")
        .leftAligned(3);
    for (Post p : staffing.roster()) {
      long n = contacts.get(p.id());
      table.row(p.id().value(), label(p.role()), p.shift().map(Staffing.Shift::name).orElse("office"), count(n),
          percent(n, total), count(owned.get(p.id())), count(stillOpen.get(p.id())));
    }
    table.total("total", "", "", count(total), percent(total, total), count(sum(owned)), count(sum(stillOpen)));
    out.append(table.render("  "));
  }

  private void notificationSection(StringBuilder out) {
    out.append("\nNotifications, from kefu's delivery reports (").append(count(tally.deliveryRuns))
        .append(" delivery runs)\n");
    out.append(String.format(Locale.ROOT,
        "  delivered %s, retried %s (gateway busy, tried again after back-off), parked %s (no such address)%n",
        count(tally.delivered), count(tally.retried), count(tally.parked)));
    out.append(String.format(Locale.ROOT, "  still pending at close: %s%n%n", count(tally.pendingNotificationsAtClose)));
    TextTable byChannel = new TextTable("channel", "delivered");
    deliveredByChannel.forEach((c, n) -> byChannel.row(label(c), count(n)));
    byChannel.total("total", count(deliveredByChannel.values().stream().mapToLong(Integer::longValue).sum()));
    out.append(byChannel.render("  ")).append('\n');
    TextTable byTemplate = new TextTable("template", "delivered");
    deliveredByTemplate.forEach((t, n) -> byTemplate.row(t, count(n)));
    byTemplate.total("total", count(deliveredByTemplate.values().stream().mapToLong(Integer::longValue).sum()));
    out.append(byTemplate.render("  "));
  }

  private static <C extends Enum<C>> String[] header(String first, Class<C> columns, String... last) {
    List<String> h = new ArrayList<>();
    h.add(first);
    for (C c : columns.getEnumConstants()) {
      h.add(label(c));
    }
    h.addAll(List.of(last));
    return h.toArray(String[]::new);
  }

  private static <C extends Enum<C>> String[] cells(String first, Map<C, Long> row, long total, String... last) {
    List<String> c = new ArrayList<>();
    c.add(first);
    row.values().forEach(n -> c.add(count(n)));
    c.add(count(total));
    c.addAll(List.of(last));
    return c.toArray(String[]::new);
  }

  /** An enum constant as a readable label: {@code IN_PROGRESS} becomes {@code in progress}. */
  static String label(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
