package dev.kefu.kpi;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The KPIs of a period for every agent, every team and the shop. A team's figures are the sums of
 * its agents' measures; the shop's are the sums of all agents'.
 *
 * <p>Immutable and thread-safe.
 *
 * @param from the period's start, inclusive
 * @param to the period's end, exclusive
 * @param agents one per agent, by agent id
 * @param teams one per team, by team id; agents without a team are in {@code "none"}
 * @param shop all agents together
 */
public record KpiTable(Instant from, Instant to, List<KpiFigures> agents, List<KpiFigures> teams, KpiFigures shop) {

  /**
   * Creates a table.
   *
   * @throws NullPointerException if an argument is null
   */
  public KpiTable {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    agents = List.copyOf(Objects.requireNonNull(agents, "agents"));
    teams = List.copyOf(Objects.requireNonNull(teams, "teams"));
    Objects.requireNonNull(shop, "shop");
  }

  /**
   * @param agentId the agent's id
   * @return the agent's figures, if the agent is in the table
   */
  public Optional<KpiFigures> agent(String agentId) {
    return agents.stream().filter(f -> f.subject().equals(agentId)).findFirst();
  }

  /**
   * @param teamId the team's id
   * @return the team's figures, if the team is in the table
   */
  public Optional<KpiFigures> team(String teamId) {
    return teams.stream().filter(f -> f.subject().equals(teamId)).findFirst();
  }
}
