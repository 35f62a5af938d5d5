package dev.kefu.examples.shopday;

import dev.kefu.Kefu;
import dev.kefu.report.HtmlRenderer;
import dev.kefu.report.Report;
import dev.kefu.report.RevisitCampaignReport;
import dev.kefu.report.StaffingCoverageReport;
import dev.kefu.revisit.CampaignSummary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The day's reports on one HTML page, as kefu renders them: SLA met % over the day, staffing
 * coverage (required against scheduled agents per half-hour), the complaint classification table
 * (QA-5), customer feedback with the CSAT trend (QA-4), the product report (QA-4) and the revisit
 * campaigns (RV-8), each built through {@code kefu.reports()} or from the day's roster.
 */
final class HtmlReport {

  /** Where ShopDay writes the page unless told otherwise. */
  static final Path DEFAULT_PATH = Path.of("target", "shopday-report.html");

  private HtmlReport() {}

  /**
   * The day's reports.
   *
   * @param outcome what the simulated day left behind
   * @return the reports, in reading order
   */
  static List<Report> reports(Simulation.Outcome outcome) {
    Kefu kefu = outcome.kefu();
    BusinessDay day = outcome.day();
    List<CampaignSummary> campaigns = outcome.summary().revisits().campaigns();
    return List.of(
        kefu.reports().slaOverDay(Simulation.DATE, Duration.ofMinutes(30)).toReport(),
        new StaffingCoverageReport(outcome.summary().staffing().coverage(), day.zone()).toReport(),
        kefu.reports().complaintClassification(day.importStart(), day.backOfficeEnd()).toReport(),
        kefu.reports().customerFeedback(day.importStart(), day.backOfficeEnd()).toReport(),
        kefu.reports().products(day.importStart(), day.backOfficeEnd(), 10).toReport(),
        new RevisitCampaignReport(day.backOfficeEnd(), campaigns).toReport());
  }

  /**
   * The page.
   *
   * @param outcome the day
   * @return the HTML
   */
  static String render(Simulation.Outcome outcome) {
    return HtmlRenderer.render("kefu shop day " + Simulation.DATE + ": the day's reports", reports(outcome),
        outcome.day().zone());
  }

  /**
   * Writes the page, creating its directory.
   *
   * @param outcome the day
   * @param path where to
   * @return the absolute path written
   * @throws IOException if it cannot be written
   */
  static Path write(Simulation.Outcome outcome, Path path) throws IOException {
    Path absolute = path.toAbsolutePath();
    if (absolute.getParent() != null) {
      Files.createDirectories(absolute.getParent());
    }
    Files.writeString(absolute, render(outcome), StandardCharsets.UTF_8);
    return absolute;
  }
}
