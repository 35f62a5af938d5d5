package dev.kefu.examples.shopday;

import static dev.kefu.examples.shopday.TextTable.count;
import static dev.kefu.examples.shopday.TextTable.percent;

import dev.kefu.Kefu;
import dev.kefu.complaint.ComplaintAction;
import dev.kefu.complaint.ComplaintStatistics;
import dev.kefu.spi.complaint.AgentRecord;
import dev.kefu.spi.complaint.Complaint;
import dev.kefu.spi.complaint.ComplaintQuery;
import dev.kefu.spi.complaint.ComplaintStatus;
import dev.kefu.spi.complaint.ComplaintStep;
import dev.kefu.spi.complaint.ResolutionType;
import dev.kefu.spi.event.ComplaintEvent;
import dev.kefu.spi.event.StoredEvent;
import dev.kefu.spi.revisit.Revisit;
import dev.kefu.spi.revisit.RevisitQuery;
import dev.kefu.spi.sla.SlaClock;
import dev.kefu.spi.sla.SlaMetric;
import dev.kefu.spi.store.EventLog;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The complaints part of the summary (CP-1 to CP-13): the complaint rate against its 3% target,
 * the resolution rate against 100% and the classification table by cause, department and channel
 * with the change from the previous period, from {@code kefu.complaints().statistics(from, to)};
 * complaints by status at close and after the back office; the serious cases kefu escalated; the
 * resolution rounds; the stage SLAs on the complaints' tickets; and the records on named agents
 * QA decided. Figures come from kefu's store, read through its public API, and the event log.
 *
 * <p>Immutable.
 */
final class ComplaintSection {

  /**
   * One stage SLA over the complaints' tickets.
   *
   * @param metric the clock's metric: first response is the acknowledgement, resolution the
   *     resolution
   * @param fulfilled clocks fulfilled
   * @param met of those, within the target
   * @param breached of those, late
   * @param open clocks still running or paused
   */
  record Stage(SlaMetric metric, long fulfilled, long met, long breached, long open) {}

  private final BusinessDay day;
  private final ComplaintStatistics statistics;
  private final Map<ComplaintStatus, Long> atClose;
  private final Map<ComplaintStatus, Long> atEnd;
  private final long serious;
  private final Map<String, Long> seriousBecause;
  private final long escalated;
  private final Map<AgentRecord.Status, Long> agentRecords;
  private final long approvals;
  private final Map<String, Long> approvedBy;
  private final long refusals;
  private final Map<ResolutionType, Long> accepted;
  private final long notReached;
  private final List<Stage> stages;
  private final long contacts;

  private ComplaintSection(BusinessDay day, ComplaintStatistics statistics, Map<ComplaintStatus, Long> atClose,
      List<Complaint> complaints, List<Revisit> revisits, long escalated, List<Stage> stages, long contacts) {
    this.day = day;
    this.contacts = contacts;
    this.statistics = statistics;
    this.atClose = Collections.unmodifiableMap(new EnumMap<>(atClose));
    this.atEnd = byStatus(complaints);
    this.serious = complaints.stream().filter(Complaint::serious).count();
    Map<String, Long> because = new TreeMap<>();
    complaints.forEach(c -> c.seriousBecause().forEach(r -> because.merge(reason(r), 1L, Long::sum)));
    this.seriousBecause = Collections.unmodifiableMap(because);
    this.escalated = escalated;
    Map<AgentRecord.Status, Long> records = new EnumMap<>(AgentRecord.Status.class);
    for (AgentRecord.Status s : AgentRecord.Status.values()) {
      records.put(s, complaints.stream().filter(c -> c.agentRecord().filter(r -> r.status() == s).isPresent()).count());
    }
    this.agentRecords = Collections.unmodifiableMap(records);
    Map<String, Long> approvers = new TreeMap<>();
    complaints.forEach(c -> c.history().stream()
        .filter(h -> h.action().equals(ComplaintAction.APPROVE_RESOLUTION.name()))
        .map(ComplaintStep::by).forEach(by -> approvers.merge(by.value(), 1L, Long::sum)));
    this.approvedBy = Collections.unmodifiableMap(approvers);
    this.approvals = approvers.values().stream().mapToLong(Long::longValue).sum();
    this.refusals = complaints.stream().mapToLong(Complaint::refusals).sum();
    Map<ResolutionType, Long> types = new EnumMap<>(ResolutionType.class);
    complaints.stream().filter(c -> c.acceptedAt().isPresent())
        .forEach(c -> types.merge(c.approved().orElseThrow().type(), 1L, Long::sum));
    this.accepted = Collections.unmodifiableMap(types);
    this.notReached = revisits.stream().filter(r -> r.status() == Revisit.Status.UNREACHABLE).count();
    this.stages = List.copyOf(stages);
  }

  /**
   * Complaints by status now.
   *
   * @param kefu kefu
   * @return the count per status, every status present
   */
  static Map<ComplaintStatus, Long> byStatus(Kefu kefu) {
    return byStatus(ComplaintDesk.all(p -> kefu.complaints().list(ComplaintQuery.all(), p)));
  }

  private static Map<ComplaintStatus, Long> byStatus(List<Complaint> complaints) {
    Map<ComplaintStatus, Long> m = new EnumMap<>(ComplaintStatus.class);
    for (ComplaintStatus s : ComplaintStatus.values()) {
      m.put(s, complaints.stream().filter(c -> c.status() == s).count());
    }
    return Collections.unmodifiableMap(m);
  }

  /**
   * Reads the complaints after the back office.
   *
   * @param day the calendar
   * @param kefu kefu
   * @param atClose complaints by status when the desk closed
   * @param events the event log, for the escalations of serious cases
   * @param tally what the simulation counted: the complaint contacts and disputes
   * @return the section
   */
  static ComplaintSection of(BusinessDay day, Kefu kefu, Map<ComplaintStatus, Long> atClose, EventLog events,
      Tally tally) {
    ComplaintStatistics statistics = kefu.complaints().statistics(day.open(), day.backOfficeEnd());
    List<Complaint> complaints = ComplaintDesk.all(p -> kefu.complaints().list(ComplaintQuery.all(), p));
    List<Revisit> revisits = ComplaintDesk.all(p -> kefu.revisits().list(
        RevisitQuery.all().withCampaign(ComplaintDesk.COMPLAINT_REVISITS), p));
    long escalated = 0;
    for (long after = 0; ; ) {
      List<StoredEvent> batch = events.readAfter(after, 1_000);
      if (batch.isEmpty()) {
        break;
      }
      escalated += batch.stream().filter(s -> s.event() instanceof ComplaintEvent e
          && e.type().equals("complaint.escalated")).count();
      after = batch.get(batch.size() - 1).position();
    }
    List<Stage> stages = List.of(stage(kefu, complaints, SlaMetric.FIRST_RESPONSE),
        stage(kefu, complaints, SlaMetric.RESOLUTION));
    return new ComplaintSection(day, statistics, atClose, complaints, revisits, escalated, stages,
        tally.complaintContacts);
  }

  private static Stage stage(Kefu kefu, List<Complaint> complaints, SlaMetric metric) {
    long fulfilled = 0;
    long met = 0;
    long open = 0;
    for (Complaint c : complaints) {
      for (SlaClock k : kefu.sla().clocks(c.ticket())) {
        if (k.metric() != metric) {
          continue;
        }
        if (k.status() == SlaClock.Status.FULFILLED) {
          fulfilled++;
          met += k.breached() ? 0 : 1;
        } else if (k.status().isOpen()) {
          open++;
        }
      }
    }
    return new Stage(metric, fulfilled, met, fulfilled - met, open);
  }

  /** A reason kefu gave for a serious case, without its figures: "order value 6000 CNY reaches 5000 CNY" is "large order". */
  private static String reason(String because) {
    return because.startsWith("order value") ? "large order" : because;
  }

  // ---- figures, for tests -------------------------------------------------------------------------

  /** @return kefu's statistics for the day and its back office */
  ComplaintStatistics statistics() {
    return statistics;
  }

  /** @return complaints by status when the desk closed */
  Map<ComplaintStatus, Long> atClose() {
    return atClose;
  }

  /** @return complaints by status after the back office */
  Map<ComplaintStatus, Long> atEnd() {
    return atEnd;
  }

  /** @return serious cases */
  long serious() {
    return serious;
  }

  /** @return the escalations of serious cases in the event log */
  long escalated() {
    return escalated;
  }

  /** @return records on named agents, by status */
  Map<AgentRecord.Status, Long> agentRecords() {
    return agentRecords;
  }

  /** @return approvals per approver */
  Map<String, Long> approvedBy() {
    return approvedBy;
  }

  /** @return the stage SLAs */
  List<Stage> stages() {
    return stages;
  }

  // ---- the text -----------------------------------------------------------------------------------

  /**
   * Appends the section.
   *
   * @param out where to
   */
  void render(StringBuilder out) {
    ComplaintStatistics s = statistics;
    out.append("\nComplaints, from kefu.complaints().statistics(").append(day.format(s.from())).append(", ")
        .append(day.format(s.to())).append(")\n");
    out.append("  the period runs from the desk's opening through the back office, which followed the day's\n"
        + "  complaints on after close; complaints and orders all came in before close\n");
    out.append(String.format(Locale.ROOT,
        "  %s registered out of %s complaint contacts and marketplace disputes; the others were settled as tickets%n%n",
        count(s.received()), count(contacts)));
    TextTable rates = new TextTable("rate", "value", "counted", "target", "on target").leftAligned(1);
    rates.row("complaint rate", percent(s.received(), s.orders()),
        count(s.received()) + (s.received() == 1 ? " complaint / " : " complaints / ") + count(s.orders()) + " orders",
        "below " + rate(ComplaintStatistics.COMPLAINT_RATE_TARGET), s.complaintRateOnTarget() ? "yes" : "no");
    rates.row("resolution rate", rate(s.resolutionRate()),
        count(s.resolved()) + " of " + count(s.received()) + " with an outcome",
        rate(ComplaintStatistics.RESOLUTION_RATE_TARGET), s.resolutionRateOnTarget() ? "yes" : "no");
    out.append(rates.render("  "));
    out.append("  (orders: kefu's default order volume, the orders recorded on customer files in the period; the\n"
        + "  morning's import of past orders, 08:00 to 08:25, lies before it. An outcome: accepted or later,\n"
        + "  or rejected with an explanation)\n\n");

    TextTable byStatus = new TextTable("status", "at close", "after the back office");
    for (ComplaintStatus st : ComplaintStatus.values()) {
      byStatus.row(Summary.label(st), count(atClose.get(st)), count(atEnd.get(st)));
    }
    byStatus.total("total", count(sum(atClose)), count(sum(atEnd)));
    out.append(byStatus.render("  "));
    out.append("  (after close nobody works the complaints still in the loop; an accepted complaint is reviewed\n"
        + "  only after its revisit, CP-7; kefu calls a customer not reached again, up to three times: ")
        .append(count(notReached)).append(" not reached at all)\n\n");
    out.append(String.format(Locale.ROOT, "  serious cases, escalated to the supervisor at registration: %s (%s)%n",
        count(serious), seriousBecause.isEmpty() ? "none" : joined(seriousBecause)));
    out.append(String.format(Locale.ROOT,
        "  resolutions approved %s (by %s), refused by the customer and proposed again %s%n",
        count(approvals), approvedBy.isEmpty() ? "nobody" : joined(approvedBy), count(refusals)));
    Map<String, Long> types = new LinkedHashMap<>();
    accepted.forEach((t, n) -> types.put(Summary.label(t), n));
    out.append(String.format(Locale.ROOT, "  resolutions accepted: %s%n", types.isEmpty() ? "none" : joined(types)));
    out.append(String.format(Locale.ROOT,
        "  records on named agents %s: QA verified %s, dismissed %s, pending %s%n%n",
        count(sum(agentRecords)), count(agentRecords.get(AgentRecord.Status.VERIFIED)),
        count(agentRecords.get(AgentRecord.Status.DISMISSED)), count(agentRecords.get(AgentRecord.Status.PENDING))));

    TextTable sla = new TextTable("stage SLA on the complaint's ticket", "target", "fulfilled", "met", "breached",
        "met %", "open");
    for (Stage st : stages) {
      boolean ack = st.metric() == SlaMetric.FIRST_RESPONSE;
      sla.row(ack ? "acknowledge (first response)" : "resolve (resolution)",
          ack ? "1 business hour" : "1 business day", count(st.fulfilled()), count(st.met()), count(st.breached()),
          percent(st.met(), st.fulfilled()), count(st.open()));
    }
    out.append(sla.render("  ")).append('\n');

    out.append("  classification of the complaints reviewed in the period (CP-8), with the change from the previous\n");
    long previous = s.rows("cause").stream().mapToLong(ComplaintStatistics.Row::previous).sum();
    out.append("  period, ").append(day.format(s.from().minus(Duration.between(s.from(), s.to())))).append(" to ")
        .append(day.format(s.from())).append(previous == 0
            ? ":\n  nothing was reviewed then, as kefu's store starts empty this morning\n" : "\n");
    TextTable table = new TextTable("by", "value", "reviewed", "previous", "change").leftAligned(2);
    String last = "";
    for (ComplaintStatistics.Row r : s.rows()) {
      table.row(r.dimension().equals(last) ? "" : r.dimension(), r.value().toLowerCase(Locale.ROOT).replace('_', ' '),
          count(r.count()), count(r.previous()), change(r.change()));
      last = r.dimension();
    }
    if (s.rows().isEmpty()) {
      table.row("-", "none reviewed", "0", "0", "0");
    }
    out.append(table.render("  "));
  }

  private static String rate(double share) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * share);
  }

  private static String change(long n) {
    return n > 0 ? "+" + count(n) : count(n);
  }

  private static <K> long sum(Map<K, Long> m) {
    return m.values().stream().mapToLong(Long::longValue).sum();
  }

  private static String joined(Map<String, Long> m) {
    StringBuilder b = new StringBuilder();
    m.forEach((k, n) -> b.append(b.length() == 0 ? "" : ", ").append(k).append(' ').append(count(n)));
    return b.toString();
  }
}
