package dev.kefu.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.spi.order.OrderId;
import dev.kefu.spi.quality.CriterionScore;
import dev.kefu.spi.quality.MentionCheck;
import dev.kefu.spi.quality.QaReview;
import dev.kefu.spi.quality.QaReviewQuery;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.store.AggregateWrite;
import dev.kefu.spi.store.Page;
import dev.kefu.spi.store.PageRequest;
import dev.kefu.spi.store.Storage;
import dev.kefu.spi.store.UnitOfWork;
import dev.kefu.spi.ticket.TicketId;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The contract of the reviews of {@link dev.kefu.spi.quality.QualityStore}: {@code findReview}
 * returns the latest committed review; {@code listReviews} filters exactly as
 * {@link QaReviewQuery#matcher()} (agent, the review window {@code [from, before)}), orders exactly
 * as {@link QaReviewQuery#ORDER} (review time, then id) and pages without overlap or gap; a mention
 * check comes back as committed. See {@link AggregateStoreContract} for every test.
 *
 * <p>Extend it and return a fresh, empty {@link Storage} from {@link #newStorage()}; reviews are
 * written through its unit of work and read through {@link Storage#quality()}. The suite stores 40
 * generated reviews of three agents, made at only five different times.
 */
@Tag("kefu-contract")
@DisplayName("QualityStore contract: reviews")
public abstract class QaReviewStoreContract extends AggregateStoreContract<QaReview, QaReviewQuery> {

  private static final List<StaffId> AGENTS = List.of(StaffId.of("s-1"), StaffId.of("s-2"), StaffId.of("s-3"));
  private static final List<Instant> REVIEWED = IntStream.range(0, 5).mapToObj(h -> Fixtures.T0.plus(Duration.ofHours(h))).toList();

  /** Creates the suite; JUnit calls it through the host's subclass. */
  protected QaReviewStoreContract() {}

  @Override
  final List<QaReview> generate(SplittableRandom random) {
    return IntStream.rangeClosed(1, 40).mapToObj(n -> new QaReview(TicketId.of("t-%03d".formatted(n)), 1 + random.nextInt(4),
        AGENTS.get(random.nextInt(AGENTS.size())), random.nextBoolean() ? Optional.of(StaffId.of("lead")) : Optional.empty(),
        StaffId.of("qa"), "standard",
        List.of(new CriterionScore("greeting", 20, random.nextInt(101), Optional.empty()),
            new CriterionScore("accuracy", 30, random.nextInt(101), random.nextBoolean() ? Optional.of("note") : Optional.empty())),
        "comment " + n, random.nextBoolean(), REVIEWED.get(random.nextInt(REVIEWED.size())), 1)).toList();
  }

  @Override
  final QaReview nextVersion(QaReview r) {
    return new QaReview(r.ticket(), r.contact(), r.agent(), r.teamLead(), r.reviewer(), r.scorecard(), r.scores(),
        r.comment() + " (amended)", r.sampled(), r.reviewedAt(), r.version() + 1);
  }

  @Override
  final Optional<QaReview> find(Storage storage, String id) {
    return storage.quality().findReview(id);
  }

  @Override
  final Page<QaReview> list(Storage storage, QaReviewQuery query, PageRequest page) {
    return storage.quality().listReviews(query, page);
  }

  @Override
  final QaReviewQuery all() {
    return QaReviewQuery.all();
  }

  @Override
  final Predicate<QaReview> matcher(QaReviewQuery query) {
    return query.matcher();
  }

  @Override
  final Comparator<QaReview> order() {
    return QaReviewQuery.ORDER;
  }

  @Override
  final Map<String, QaReviewQuery> filters(List<QaReview> stored) {
    Map<String, QaReviewQuery> queries = new LinkedHashMap<>();
    for (StaffId agent : AGENTS) {
      queries.put("agent " + agent.value(), QaReviewQuery.all().withAgent(agent));
    }
    queries.put("agent without reviews", QaReviewQuery.all().withAgent(StaffId.of("nobody")));
    queries.put("reviewed in [T0+1h, T0+3h)", QaReviewQuery.all().reviewedBetween(REVIEWED.get(1), REVIEWED.get(3)));
    queries.put("empty window", QaReviewQuery.all().reviewedBetween(REVIEWED.get(2), REVIEWED.get(2)));
    queries.put("agent s-2, reviewed in [T0, T0+2h)", QaReviewQuery.all().withAgent(AGENTS.get(1))
        .reviewedBetween(REVIEWED.get(0), REVIEWED.get(2)));
    return queries;
  }

  @Override
  final long seed() {
    return 0x5eed_0a01L;
  }

  /** A mention check is found by its order and agent once committed, and only then. */
  @Test
  @DisplayName("findMentionCheck returns a committed check by order and agent, and nothing for another agent")
  public void mentionChecks() {
    Storage storage = newStorage();
    MentionCheck check = new MentionCheck(OrderId.of("o-1"), StaffId.of("s-1"), true, true, StaffId.of("qa"), Fixtures.T0, 1);
    assertThat(storage.quality().findMentionCheck(check.order(), check.agent())).isEmpty();
    storage.unitOfWork().commit(UnitOfWork.builder().addWrites(AggregateWrite.create(check)).build());
    assertThat(storage.quality().findMentionCheck(OrderId.of("o-1"), StaffId.of("s-1"))).contains(check);
    assertThat(storage.quality().findMentionCheck(OrderId.of("o-1"), StaffId.of("s-2"))).isEmpty();
  }
}
