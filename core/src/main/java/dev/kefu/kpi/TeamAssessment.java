package dev.kefu.kpi;

import dev.kefu.report.Report;
import dev.kefu.report.Reportable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A team lead's KPI assessment of their agents (QA-3): each agent's KPIs against the targets,
 * contact quality and workload apart, with the team's figures beside them.
 *
 * <p>Immutable and thread-safe.
 *
 * @param lead the lead's id
 * @param from the period's start, inclusive
 * @param to the period's end, exclusive
 * @param agents one per agent the lead leads, by agent id
 * @param team the sum of those agents' figures
 */
public record TeamAssessment(String lead, Instant from, Instant to, List<AgentAssessment> agents, KpiFigures team) implements Reportable {

  /**
   * Creates the assessment.
   *
   * @throws NullPointerException if an argument is null
   */
  public TeamAssessment {
    Objects.requireNonNull(lead, "lead");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    agents = List.copyOf(Objects.requireNonNull(agents, "agents"));
    Objects.requireNonNull(team, "team");
  }

  /** How a KPI compares with its target. */
  public enum Verdict {
    /** The value meets the target. */
    MET,
    /** The value misses the target. */
    MISSED,
    /** The KPI has no value in the period, or no target. */
    NO_DATA
  }

  /**
   * One KPI of one agent against its target.
   *
   * @param kpi the KPI
   * @param value its value, empty for none
   * @param target the threshold, NaN without a target
   * @param verdict met, missed or no data
   */
  public record Finding(Kpi kpi, OptionalDouble value, double target, Verdict verdict) {

    /**
     * Creates a finding.
     *
     * @throws NullPointerException if an argument is null
     */
    public Finding {
      Objects.requireNonNull(kpi, "kpi");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(verdict, "verdict");
    }

    /** @return whether the KPI is one of contact quality (else workload) */
    public boolean isQuality() {
      return AssessmentTargets.QUALITY.contains(kpi);
    }
  }

  /**
   * One agent's assessment.
   *
   * @param figures the agent's KPIs
   * @param findings one per KPI, in {@link Kpi} order
   * @param shareOfTeamContacts the agent's share of the team's contacts handled, empty if the team
   *     handled none
   */
  public record AgentAssessment(KpiFigures figures, List<Finding> findings, OptionalDouble shareOfTeamContacts) {

    /**
     * Creates an agent's assessment.
     *
     * @throws NullPointerException if an argument is null
     */
    public AgentAssessment {
      Objects.requireNonNull(figures, "figures");
      findings = List.copyOf(Objects.requireNonNull(findings, "findings"));
      Objects.requireNonNull(shareOfTeamContacts, "shareOfTeamContacts");
    }

    /** @return the agent's id */
    public String agent() {
      return figures.subject();
    }

    /**
     * @param kpi a KPI
     * @return its finding
     */
    public Finding finding(Kpi kpi) {
      return findings.stream().filter(f -> f.kpi() == kpi).findFirst().orElseThrow();
    }

    /**
     * @param quality true for contact quality, false for workload
     * @return the targets of that part that were missed
     */
    public List<Kpi> missed(boolean quality) {
      return findings.stream().filter(f -> f.isQuality() == quality && f.verdict() == Verdict.MISSED).map(Finding::kpi).toList();
    }
  }

  /** @return a table of agents × KPIs (with the team's row), and a table of missed targets */
  @Override
  public Report toReport() {
    List<String> columns = new ArrayList<>(List.of("agent"));
    for (Kpi k : Kpi.values()) {
      columns.add(k.key() + (k.unit().isEmpty() || k.unit().equals("contacts") ? "" : " (" + k.unit() + ")"));
    }
    List<List<Object>> rows = new ArrayList<>();
    List<List<Object>> missed = new ArrayList<>();
    for (AgentAssessment a : agents) {
      List<Object> row = new ArrayList<>(List.of(a.agent()));
      for (Kpi k : Kpi.values()) {
        row.add(Reports.shown(k, a.figures().value(k)));
      }
      rows.add(row);
      missed.add(Arrays.asList(a.agent(), String.join(", ", a.missed(true).stream().map(Kpi::key).toList()),
          String.join(", ", a.missed(false).stream().map(Kpi::key).toList())));
    }
    List<Object> teamRow = new ArrayList<>(List.of("team"));
    for (Kpi k : Kpi.values()) {
      teamRow.add(Reports.shown(k, team.value(k)));
    }
    rows.add(teamRow);
    return new Report("kpi-assessment", "KPI assessment by " + lead, "QA-3", from, to, List.of(
        new Report.Table("KPIs", columns, rows),
        new Report.Table("Targets missed", List.of("agent", "contact quality", "workload"), missed)));
  }
}
