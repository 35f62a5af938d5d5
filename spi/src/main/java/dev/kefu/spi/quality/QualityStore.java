package dev.kefu.spi.quality;

import dev.kefu.spi.order.OrderId;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.store.Page;
import dev.kefu.spi.store.PageRequest;
import java.util.Optional;

/**
 * Reads what QA keeps: reviews of contacts, training exams and checks of agent mentions. Writes go
 * through one {@link dev.kefu.spi.store.UnitOfWorkCommitter} commit, with the version checks every
 * aggregate gets (a second review of the same contact is a create of an existing aggregate, so it
 * is stale).
 *
 * <p>Run {@code QaReviewStoreContract} and {@code TrainingExamStoreContract} from
 * {@code kefu-testkit} against an implementation.
 *
 * <p><b>Threading:</b> thread-safe. Evolves only by adding default methods.
 */
public interface QualityStore {

  /**
   * Loads a review.
   *
   * @param id the review's id, {@link QaReview#idOf}
   * @return the review, or empty
   */
  Optional<QaReview> findReview(String id);

  /**
   * Lists reviews filtered as {@link QaReviewQuery#matcher()}, ordered by {@link QaReviewQuery#ORDER}.
   *
   * @param query the filters
   * @param page which slice
   * @return the page
   */
  Page<QaReview> listReviews(QaReviewQuery query, PageRequest page);

  /**
   * Loads a training exam.
   *
   * @param id the id
   * @return the exam, or empty
   */
  Optional<TrainingExam> findExam(String id);

  /**
   * Lists exams filtered as {@link TrainingExamQuery#matcher()}, ordered by {@link TrainingExamQuery#ORDER}.
   *
   * @param query the filters
   * @param page which slice
   * @return the page
   */
  Page<TrainingExam> listExams(TrainingExamQuery query, PageRequest page);

  /**
   * Loads the check of a mention.
   *
   * @param order the order reviewed
   * @param agent the agent named
   * @return the check, or empty if QA has not checked it
   */
  Optional<MentionCheck> findMentionCheck(OrderId order, StaffId agent);
}
