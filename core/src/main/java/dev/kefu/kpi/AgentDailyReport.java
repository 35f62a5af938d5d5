package dev.kefu.kpi;

import dev.kefu.report.Report;
import dev.kefu.report.Reportable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Each agent's daily report (QA-4): the agent's KPIs for the day beside the team's, and the
 * contacts handled hour by hour.
 *
 * <p>Immutable and thread-safe.
 *
 * @param agent the agent's id
 * @param day the day, in the shop's zone
 * @param figures the agent's KPIs for the day
 * @param team the agent's team's KPIs for the day
 * @param contactsByHour 24 counts: contacts the agent handled that started in each hour of the day
 */
public record AgentDailyReport(String agent, LocalDate day, KpiFigures figures, KpiFigures team, List<Long> contactsByHour)
    implements Reportable {

  /**
   * Creates a report.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if there are not 24 hourly counts
   */
  public AgentDailyReport {
    Objects.requireNonNull(agent, "agent");
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(figures, "figures");
    Objects.requireNonNull(team, "team");
    contactsByHour = List.copyOf(contactsByHour);
    if (contactsByHour.size() != 24) {
      throw new IllegalArgumentException("a day has 24 hours, got " + contactsByHour.size() + " counts");
    }
  }

  /** @return the KPI table (agent and team, with numerators and denominators) and the hourly contacts chart */
  @Override
  public Report toReport() {
    List<List<Object>> rows = new ArrayList<>();
    for (Kpi k : Kpi.values()) {
      Measure m = figures.measure(k);
      rows.add(Arrays.asList(k.key(), k.unit(), Reports.shown(k, figures.value(k)), m.numerator(),
          k.kind() == Kpi.Kind.COUNT ? null : (Object) m.denominator(), Reports.shown(k, team.value(k))));
    }
    List<String> hours = new ArrayList<>();
    List<Double> counts = new ArrayList<>();
    for (int h = 0; h < 24; h++) {
      hours.add(String.format("%02d:00", h));
      counts.add(contactsByHour.get(h).doubleValue());
    }
    return new Report("agent-daily", "Daily report of " + agent + ", " + day, "QA-4", figures.from(), figures.to(), List.of(
        new Report.Table("KPIs", List.of("kpi", "unit", "value", "numerator", "denominator", "team"), rows),
        new Report.Chart("Contacts handled by hour", Report.Chart.Kind.BAR, hours, "contacts",
            List.of(new Report.Series("contacts", counts)))));
  }
}
