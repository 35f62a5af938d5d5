package dev.kefu.quality;

import dev.kefu.AccessDeniedException;
import dev.kefu.InvalidCommandException;
import dev.kefu.complaint.DecideAgentRecord;
import dev.kefu.spi.complaint.Complaint;
import dev.kefu.spi.quality.MentionCheck;
import dev.kefu.spi.quality.QaReview;
import dev.kefu.spi.quality.QaReviewQuery;
import dev.kefu.spi.quality.TrainingExam;
import dev.kefu.spi.ticket.TicketId;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * Quality assurance (QA-1, QA-2, CP-12, TK-18): the QA sample, reviews of contacts on the
 * scorecard with feedback to the agent and team lead, training exams, verification of complaints
 * and praise about agents, and the monthly summary.
 *
 * <p>Thread-safe. Commands are validated first: bad input throws one
 * {@link InvalidCommandException} listing every violation and changes nothing; a role that may
 * not make the command gets an {@link AccessDeniedException} (ST-1).
 */
public interface Quality {

  /** @return the scorecard reviews are scored on */
  Scorecard scorecard();

  /**
   * Whether one contact is in the QA sample. Deterministic: every instance with the same rules and
   * data answers the same.
   *
   * @param ticket the ticket
   * @param contact the contact's sequence
   * @return the decision
   * @throws IllegalArgumentException if the ticket or contact is unknown or the contact was not
   *     handled by staff
   */
  SamplingDecision sampling(TicketId ticket, int contact);

  /**
   * The contacts staff handled that started in a period, each with its sampling decision.
   *
   * @param from inclusive
   * @param to exclusive
   * @return the decisions, sampled or not, by start time then ticket and sequence
   */
  List<SamplingDecision> contacts(Instant from, Instant to);

  /**
   * The sampled contacts of a period that QA has not reviewed yet: QA's worklist.
   *
   * @param from inclusive
   * @param to exclusive
   * @return the sampled, unreviewed contacts, by start time
   */
  List<SamplingDecision> toReview(Instant from, Instant to);

  /**
   * Scores a contact (QA-1) and sends the feedback to the agent and their team lead.
   *
   * @param command the scores and comments
   * @return the review
   * @throws InvalidCommandException if the command is invalid, the contact unknown, not handled
   *     by staff or already reviewed, a criterion is missing or unknown, or QA reviews their own
   *     contact
   * @throws AccessDeniedException if the actor may not score contacts
   */
  QaReview score(ScoreContact command);

  /**
   * Records a training-exam score (QA-2).
   *
   * @param command the score
   * @return the record
   * @throws InvalidCommandException if the command is invalid, the agent unknown or the day in
   *     the future
   * @throws AccessDeniedException if the actor may not record exams
   */
  TrainingExam recordExam(RecordTrainingExam command);

  /**
   * Verifies or dismisses the praise or criticism of an agent in a review (TK-18).
   *
   * @param command the decision
   * @return the check
   * @throws InvalidCommandException if the command is invalid, no review of the order named the
   *     agent or the mention was already checked
   * @throws AccessDeniedException if the actor may not verify
   */
  MentionCheck verifyMention(VerifyMention command);

  /**
   * Verifies or dismisses the record a substantiated complaint put on an agent (CP-12); the same
   * as {@code kefu.complaints().decideAgentRecord(command)}, offered here because it is QA's
   * work.
   *
   * @param command the decision
   * @return the complaint as the decision leaves it
   * @throws InvalidCommandException if the complaint holds no pending record
   * @throws AccessDeniedException if the actor is not QA
   */
  Complaint verifyComplaintRecord(DecideAgentRecord command);

  /**
   * Lists reviews.
   *
   * @param query which
   * @return the reviews, in {@link QaReviewQuery#ORDER}
   */
  List<QaReview> reviews(QaReviewQuery query);

  /**
   * The monthly summary of QA and training-exam scores per agent (QA-2).
   *
   * @param month the month, in the shop's zone
   * @return the summary
   */
  QaMonthlySummary monthlySummary(YearMonth month);
}
