package dev.kefu.survey;

import dev.kefu.spi.revisit.SurveyResponse;
import java.time.Instant;

/**
 * Satisfaction surveys (QA-8): kefu invites the customer when a ticket is resolved; the host
 * records the answer; the report gives CSAT per agent, team and period.
 *
 * <p>Thread-safe.
 */
public interface Surveys {

  /**
   * Records an answer; a second answer for the same ticket is refused.
   *
   * @param command the answer
   * @return the recorded response
   */
  SurveyResponse record(RecordSurveyAnswer command);

  /**
   * CSAT for a period.
   *
   * @param from inclusive
   * @param to exclusive
   * @return the report
   */
  CsatReport report(Instant from, Instant to);
}
