package dev.kefu.kpi;

import dev.kefu.AccessDeniedException;
import dev.kefu.InvalidCommandException;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.staff.TeamId;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The KPIs per agent, team and period, computed from kefu's stores and event log ({@link Kpi}
 * defines each one), the team lead's assessment (QA-3), the refund rate (QA-7) and the agent daily
 * report and Monday weekly review (QA-4).
 *
 * <p>Thread-safe. Queries read the stores as they are; they change nothing. Each query reads
 * every ticket, complaint, order and event once, so call it for a report, not per request.
 */
public interface Kpis {

  /**
   * The KPIs of every agent, team and the shop for a period.
   *
   * @param from inclusive
   * @param to exclusive
   * @param workforce the rosters and timelines for attendance, adherence and occupancy
   * @return the table
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  KpiTable table(Instant from, Instant to, Workforce workforce);

  /**
   * One agent's KPIs for a period.
   *
   * @param agent the agent
   * @param from inclusive
   * @param to exclusive
   * @param workforce the rosters and timelines
   * @return the figures; empty figures for an agent with nothing in the period
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  KpiFigures agent(StaffId agent, Instant from, Instant to, Workforce workforce);

  /**
   * One team's KPIs for a period: the sums of its agents' measures.
   *
   * @param team the team
   * @param from inclusive
   * @param to exclusive
   * @param workforce the rosters and timelines
   * @return the figures; empty figures for a team with nothing in the period
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  KpiFigures team(TeamId team, Instant from, Instant to, Workforce workforce);

  /**
   * The refund rate of a period, shop-wide and per agent (QA-7).
   *
   * @param from inclusive
   * @param to exclusive
   * @return the rates
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  RefundRate refundRate(Instant from, Instant to);

  /**
   * A team lead's KPI assessment of the agents they lead (QA-3).
   *
   * @param command the lead and period
   * @return the assessment
   * @throws InvalidCommandException if the command is invalid, the lead unknown or the period
   *     reversed or in the future
   * @throws AccessDeniedException if the actor may not assess KPIs
   */
  TeamAssessment assess(AssessTeam command);

  /**
   * An agent's daily report (QA-4).
   *
   * @param agent the agent
   * @param day the day, in the shop's zone
   * @param workforce the rosters and timelines
   * @return the report
   */
  AgentDailyReport dailyReport(StaffId agent, LocalDate day, Workforce workforce);

  /**
   * The weekly review held on a Monday (QA-4): the seven days before it.
   *
   * @param monday the Monday
   * @param workforce the rosters and timelines
   * @return the review
   * @throws IllegalArgumentException if the day is not a Monday
   */
  WeeklyReview weeklyReview(LocalDate monday, Workforce workforce);
}
