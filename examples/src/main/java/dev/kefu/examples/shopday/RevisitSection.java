package dev.kefu.examples.shopday;

import static dev.kefu.examples.shopday.TextTable.count;
import static dev.kefu.examples.shopday.TextTable.percent;

import dev.kefu.Kefu;
import dev.kefu.revisit.CampaignSummary;
import dev.kefu.spi.revisit.Revisit;
import dev.kefu.spi.revisit.RevisitQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The revisits part of the summary (RV-1 to RV-8): every campaign kefu planned revisits in, with
 * {@code kefu.revisits().summary(campaign)}: planned, reached, not reached, satisfied, and the
 * issues raised by dimension; and when the member campaign runs next.
 *
 * <p>Immutable.
 */
final class RevisitSection {

  private final BusinessDay day;
  private final List<CampaignSummary> campaigns;
  private final Optional<Instant> nextMemberCampaign;
  private final Optional<Instant> firstCall;
  private final Optional<Instant> lastCall;

  private RevisitSection(BusinessDay day, List<CampaignSummary> campaigns, Optional<Instant> nextMemberCampaign,
      Optional<Instant> firstCall, Optional<Instant> lastCall) {
    this.day = day;
    this.campaigns = List.copyOf(campaigns);
    this.nextMemberCampaign = nextMemberCampaign;
    this.firstCall = firstCall;
    this.lastCall = lastCall;
  }

  /**
   * Reads the revisits after the back office.
   *
   * @param day the calendar
   * @param kefu kefu
   * @param nextMemberCampaign when kefu's member revisit duty is due next, if scheduled
   * @return the section
   */
  static RevisitSection of(BusinessDay day, Kefu kefu, Optional<Instant> nextMemberCampaign) {
    List<Revisit> all = ComplaintDesk.all(p -> kefu.revisits().list(RevisitQuery.all(), p));
    List<CampaignSummary> campaigns = new ArrayList<>();
    new TreeSet<>(all.stream().map(Revisit::campaign).toList())
        .forEach(c -> campaigns.add(kefu.revisits().summary(c)));
    Optional<Instant> first = all.stream().map(Revisit::scheduledFor).min(Instant::compareTo);
    Optional<Instant> last = all.stream().map(Revisit::scheduledFor).max(Instant::compareTo);
    return new RevisitSection(day, campaigns, nextMemberCampaign, first, last);
  }

  /** @return the campaign summaries, by campaign */
  List<CampaignSummary> campaigns() {
    return campaigns;
  }

  /**
   * Appends the section.
   *
   * @param out where to
   */
  void render(StringBuilder out) {
    out.append("\nRevisits, from kefu.revisits().summary(campaign)\n");
    out.append("  kefu plans a revisit a day after each accepted complaint (CP-7), never in the customer's rest\n"
        + "  hours, 21:00 to 09:00 their time (RV-2); the back office called each when it came due");
    if (firstCall.isPresent()) {
      out.append("\n  (due ").append(day.format(firstCall.get())).append(" to ").append(day.format(lastCall.get()))
          .append(')');
    }
    out.append('\n');
    out.append(nextMemberCampaign
        .map(at -> "  no member campaign fell in the run: kefu revisits members on the 1st and 15th, next "
            + day.format(at) + "\n")
        .orElse(""));
    out.append('\n');
    TextTable t = new TextTable("campaign", "planned", "reached", "not reached", "still scheduled", "satisfied",
        "satisfied %", "issues raised");
    Map<String, Long> issues = new TreeMap<>();
    for (CampaignSummary c : campaigns) {
      long raised = c.issues().values().stream().mapToLong(Long::longValue).sum();
      t.row(c.campaign(), count(c.planned()), count(c.reached()), count(c.unreachable()),
          count(c.planned() - c.reached() - c.unreachable()), count(c.satisfied()), percent(c.satisfied(), c.reached()),
          count(raised));
      c.issues().forEach((d, n) -> issues.merge(d, n, Long::sum));
    }
    if (campaigns.isEmpty()) {
      t.row("none", "0", "0", "0", "0", "0", "-", "0");
    }
    out.append(t.render("  "));
    out.append("  (satisfied % of those reached; each issue is an unsatisfied customer's dimension, and opens an\n"
        + "  improvement item, RV-7)\n");
    if (!issues.isEmpty()) {
      StringBuilder line = new StringBuilder();
      issues.forEach((d, n) -> line.append(line.length() == 0 ? "" : ", ").append(d).append(' ').append(count(n)));
      out.append(String.format(Locale.ROOT, "  issues raised: %s%n", line));
    }
  }
}
