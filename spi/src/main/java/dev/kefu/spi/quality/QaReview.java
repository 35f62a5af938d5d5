package dev.kefu.spi.quality;

import dev.kefu.spi.Aggregate;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.ticket.TicketId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * QA's review of one contact an agent handled (QA-1): a score per scorecard criterion with
 * comments, an overall comment, and to whom the feedback went. One review per contact: its id is
 * {@link #idOf(TicketId, int)}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param ticket the ticket
 * @param contact the contact's sequence in the ticket's log
 * @param agent who handled the contact
 * @param teamLead the agent's team lead, who got the feedback too, if the agent has one
 * @param reviewer the QA who scored it
 * @param scorecard the scorecard's id
 * @param scores one per criterion of the scorecard, in its order
 * @param comment the overall comment
 * @param sampled whether the contact was in the QA sample
 * @param reviewedAt when it was scored
 * @param version 1 when created
 */
public record QaReview(
    TicketId ticket, int contact, StaffId agent, Optional<StaffId> teamLead, StaffId reviewer, String scorecard,
    List<CriterionScore> scores, String comment, boolean sampled, Instant reviewedAt, long version) implements Aggregate {

  /** The aggregate type name of reviews. */
  public static final String TYPE = "qa-review";

  /**
   * Creates a review.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the contact or version is below 1, there are no scores or
   *     a criterion is scored twice
   */
  public QaReview {
    Objects.requireNonNull(ticket, "ticket");
    Objects.requireNonNull(agent, "agent");
    Objects.requireNonNull(teamLead, "teamLead");
    Objects.requireNonNull(reviewer, "reviewer");
    Objects.requireNonNull(scorecard, "scorecard");
    scores = List.copyOf(Objects.requireNonNull(scores, "scores"));
    Objects.requireNonNull(comment, "comment");
    Objects.requireNonNull(reviewedAt, "reviewedAt");
    if (contact < 1 || version < 1) {
      throw new IllegalArgumentException("contact and version must be at least 1, were " + contact + " and " + version);
    }
    if (scores.isEmpty() || scores.stream().map(CriterionScore::criterion).distinct().count() != scores.size()) {
      throw new IllegalArgumentException("a review scores each criterion once, got " + scores);
    }
  }

  /**
   * The id of the review of a contact.
   *
   * @param ticket the ticket
   * @param contact the contact's sequence
   * @return {@code <ticket>#<contact>}
   */
  public static String idOf(TicketId ticket, int contact) {
    return Objects.requireNonNull(ticket, "ticket").value() + "#" + contact;
  }

  /** @return the review's id, {@link #idOf(TicketId, int)} */
  public String id() {
    return idOf(ticket, contact);
  }

  /**
   * The total: the weighted mean of the criterion scores, {@code Σ weight·score ÷ Σ weight}, 0 to 100.
   *
   * @return the total
   */
  public double total() {
    long weighted = 0;
    long weights = 0;
    for (CriterionScore s : scores) {
      weighted += (long) s.weight() * s.score();
      weights += s.weight();
    }
    return (double) weighted / weights;
  }

  @Override
  public String aggregateType() {
    return TYPE;
  }

  @Override
  public String aggregateId() {
    return id();
  }
}
