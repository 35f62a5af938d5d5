package dev.kefu.survey;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Customer satisfaction for a period (QA-8): CSAT is the share of 4s and 5s among the answers, in
 * all, per agent and per team.
 *
 * @param from inclusive
 * @param to exclusive
 * @param overall every answer in the period
 * @param byAgent per ticket owner
 * @param byTeam per owner's team
 */
public record CsatReport(Instant from, Instant to, Row overall, List<Row> byAgent, List<Row> byTeam) {

  /** Creates a report; lists are copied. */
  public CsatReport {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(overall, "overall");
    byAgent = List.copyOf(byAgent);
    byTeam = List.copyOf(byTeam);
  }

  /**
   * One line.
   *
   * @param key the agent or team, or "all"
   * @param answers answers
   * @param satisfied answers of 4 or 5
   */
  public record Row(String key, long answers, long satisfied) {

    /** @return CSAT in percent; 0 without answers */
    public double csatPercent() {
      return answers == 0 ? 0.0 : 100.0 * satisfied / answers;
    }
  }
}
