package dev.kefu.kpi;

import dev.kefu.report.Report;
import dev.kefu.report.Reportable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The weekly review held each Monday (QA-4): last week's KPIs per team and agent beside the week
 * before, and the shop's daily trend of CSAT and SLA met through the week.
 *
 * <p>Immutable and thread-safe.
 *
 * @param monday the Monday the review is held; the week reviewed is the seven days before it
 * @param week the KPIs of the week reviewed
 * @param weekBefore the KPIs of the week before it, for comparison
 * @param shopByDay the shop's KPIs for each of the seven days reviewed
 */
public record WeeklyReview(LocalDate monday, KpiTable week, KpiTable weekBefore, List<KpiFigures> shopByDay) implements Reportable {

  /** The KPIs a weekly review shows in its tables. */
  public static final List<Kpi> SHOWN = List.of(Kpi.CONTACTS_HANDLED, Kpi.AVERAGE_HANDLE_TIME, Kpi.FIRST_CONTACT_RESOLUTION,
      Kpi.FIRST_RESPONSE_SLA_MET, Kpi.RESOLUTION_SLA_MET, Kpi.CSAT, Kpi.COMPLAINT_RATE, Kpi.RESOLUTION_RATE, Kpi.REFUND_RATE,
      Kpi.QA_SCORE, Kpi.ATTENDANCE, Kpi.ADHERENCE, Kpi.OCCUPANCY);

  /**
   * Creates a review.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if there are not seven days
   */
  public WeeklyReview {
    Objects.requireNonNull(monday, "monday");
    Objects.requireNonNull(week, "week");
    Objects.requireNonNull(weekBefore, "weekBefore");
    shopByDay = List.copyOf(shopByDay);
    if (shopByDay.size() != 7) {
      throw new IllegalArgumentException("a week has 7 days, got " + shopByDay.size());
    }
  }

  /** @return the shop and team table against the week before, the agent table, and the daily trend chart */
  @Override
  public Report toReport() {
    List<String> columns = new ArrayList<>(List.of("subject"));
    for (Kpi k : SHOWN) {
      columns.add(k.key());
      columns.add(k.key() + " week before");
    }
    List<List<Object>> teams = new ArrayList<>();
    teams.add(row(week.shop(), weekBefore.shop()));
    for (KpiFigures t : week.teams()) {
      teams.add(row(t, weekBefore.team(t.subject()).orElse(KpiFigures.empty(t.subject(), weekBefore.from(), weekBefore.to()))));
    }
    List<List<Object>> agents = new ArrayList<>();
    for (KpiFigures a : week.agents()) {
      agents.add(row(a, weekBefore.agent(a.subject()).orElse(KpiFigures.empty(a.subject(), weekBefore.from(), weekBefore.to()))));
    }
    List<String> days = new ArrayList<>();
    for (int d = 7; d >= 1; d--) {
      days.add(monday.minusDays(d).toString());
    }
    List<Report.Series> trend = new ArrayList<>();
    for (Kpi k : List.of(Kpi.CSAT, Kpi.FIRST_RESPONSE_SLA_MET, Kpi.RESOLUTION_SLA_MET)) {
      trend.add(new Report.Series(k.key(), shopByDay.stream().map(f -> Reports.plotted(k, f.value(k))).toList()));
    }
    return new Report("weekly-review", "Weekly review " + monday, "QA-4", week.from(), week.to(), List.of(
        new Report.Table("Shop and teams", columns, teams),
        new Report.Table("Agents", columns, agents),
        new Report.Chart("CSAT and SLA met by day", Report.Chart.Kind.LINE, days, "%", trend)));
  }

  private static List<Object> row(KpiFigures now, KpiFigures before) {
    List<Object> row = new ArrayList<>(List.of(now.subject()));
    for (Kpi k : SHOWN) {
      row.add(Reports.shown(k, now.value(k)));
      row.add(Reports.shown(k, before.value(k)));
    }
    return row;
  }
}
