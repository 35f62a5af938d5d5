package dev.kefu.spi.quality;

import dev.kefu.spi.staff.StaffId;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Which reviews to list; ordered by {@link #ORDER}: review time, then id.
 *
 * @param agent only reviews of this agent's contacts
 * @param reviewedFrom only reviews made at or after this instant
 * @param reviewedBefore only reviews made before this instant
 */
public record QaReviewQuery(Optional<StaffId> agent, Optional<Instant> reviewedFrom, Optional<Instant> reviewedBefore) {

  /** The order every store lists reviews in. */
  public static final Comparator<QaReview> ORDER = Comparator.comparing(QaReview::reviewedAt).thenComparing(QaReview::id);

  /**
   * Creates a query.
   *
   * @throws NullPointerException if an argument is null
   */
  public QaReviewQuery {
    Objects.requireNonNull(agent, "agent");
    Objects.requireNonNull(reviewedFrom, "reviewedFrom");
    Objects.requireNonNull(reviewedBefore, "reviewedBefore");
  }

  /** @return every review */
  public static QaReviewQuery all() {
    return new QaReviewQuery(Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * @param value the agent
   * @return this query, restricted to an agent
   */
  public QaReviewQuery withAgent(StaffId value) {
    return new QaReviewQuery(Optional.of(value), reviewedFrom, reviewedBefore);
  }

  /**
   * @param from inclusive
   * @param before exclusive
   * @return this query, restricted to reviews made in {@code [from, before)}
   */
  public QaReviewQuery reviewedBetween(Instant from, Instant before) {
    return new QaReviewQuery(agent, Optional.of(from), Optional.of(before));
  }

  /** @return the reference filter every store must agree with */
  public Predicate<QaReview> matcher() {
    return r -> agent.map(a -> a.equals(r.agent())).orElse(true)
        && reviewedFrom.map(f -> !r.reviewedAt().isBefore(f)).orElse(true)
        && reviewedBefore.map(b -> r.reviewedAt().isBefore(b)).orElse(true);
  }
}
