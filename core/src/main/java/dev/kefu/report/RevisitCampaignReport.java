package dev.kefu.report;

import dev.kefu.revisit.CampaignSummary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The revisit campaign summary (RV-8): per campaign, revisits planned, customers reached and not
 * reached, satisfied and their share of those reached, and the issues raised.
 *
 * <p>Immutable and thread-safe.
 *
 * @param asOf when the summaries were read; campaigns run on, so the figures are as of then
 * @param campaigns one summary per campaign, from {@link dev.kefu.revisit.Revisits#summary}
 */
public record RevisitCampaignReport(Instant asOf, List<CampaignSummary> campaigns) implements Reportable {

  /** The report's id. */
  public static final String ID = "revisit-campaigns";

  /**
   * Creates the report.
   *
   * @throws NullPointerException if an argument is null
   */
  public RevisitCampaignReport {
    Objects.requireNonNull(asOf, "asOf");
    campaigns = List.copyOf(Objects.requireNonNull(campaigns, "campaigns"));
  }

  @Override
  public Report toReport() {
    List<List<Object>> rows = new ArrayList<>();
    List<List<Object>> issues = new ArrayList<>();
    for (CampaignSummary c : campaigns) {
      rows.add(List.of(c.campaign(), c.planned(), c.reached(), c.unreachable(), c.satisfied(),
          c.reached() == 0 ? Double.NaN : c.satisfiedPercent()));
      new TreeMap<>(c.issues()).forEach((dimension, n) -> issues.add(List.of(c.campaign(), dimension, n)));
    }
    Report.Table table = new Report.Table("Campaigns", List.of("campaign", "planned", "reached", "unreachable", "satisfied",
        "satisfied %"), rows);
    List<String> labels = campaigns.stream().map(CampaignSummary::campaign).toList();
    Report.Chart chart = new Report.Chart("Reached and satisfied", Report.Chart.Kind.BAR, labels, "customers", List.of(
        new Report.Series("planned", campaigns.stream().map(c -> (double) c.planned()).toList()),
        new Report.Series("reached", campaigns.stream().map(c -> (double) c.reached()).toList()),
        new Report.Series("satisfied", campaigns.stream().map(c -> (double) c.satisfied()).toList())));
    Report.Table issueTable = new Report.Table("Issues raised", List.of("campaign", "dimension", "count"), issues);
    return new Report(ID, "Revisit campaigns", "RV-8", asOf, asOf, List.of(table, chart, issueTable));
  }

  /** @return issues raised over every campaign, by dimension */
  public Map<String, Long> issues() {
    Map<String, Long> all = new TreeMap<>();
    campaigns.forEach(c -> c.issues().forEach((k, v) -> all.merge(k, v, Long::sum)));
    return all;
  }
}
