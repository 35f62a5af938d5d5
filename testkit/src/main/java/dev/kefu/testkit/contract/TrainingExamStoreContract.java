package dev.kefu.testkit.contract;

import dev.kefu.spi.quality.TrainingExam;
import dev.kefu.spi.quality.TrainingExamQuery;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.store.Page;
import dev.kefu.spi.store.PageRequest;
import dev.kefu.spi.store.Storage;
import java.time.LocalDate;
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

/**
 * The contract of the training exams of {@link dev.kefu.spi.quality.QualityStore}: {@code findExam}
 * returns the latest committed exam; {@code listExams} filters exactly as
 * {@link TrainingExamQuery#matcher()} (agent, the days {@code [from, before)}), orders exactly as
 * {@link TrainingExamQuery#ORDER} (day taken, then id) and pages without overlap or gap. See
 * {@link AggregateStoreContract} for every test.
 *
 * <p>Extend it and return a fresh, empty {@link Storage} from {@link #newStorage()}. The suite
 * stores 40 generated exams of three agents, taken on only four different days.
 */
@Tag("kefu-contract")
@DisplayName("QualityStore contract: training exams")
public abstract class TrainingExamStoreContract extends AggregateStoreContract<TrainingExam, TrainingExamQuery> {

  private static final List<StaffId> AGENTS = List.of(StaffId.of("s-1"), StaffId.of("s-2"), StaffId.of("s-3"));
  private static final List<LocalDate> DAYS = IntStream.range(0, 4).mapToObj(d -> LocalDate.of(2025, 3, 1).plusDays(d)).toList();

  /** Creates the suite; JUnit calls it through the host's subclass. */
  protected TrainingExamStoreContract() {}

  @Override
  final List<TrainingExam> generate(SplittableRandom random) {
    return IntStream.rangeClosed(1, 40).mapToObj(n -> new TrainingExam("ex-%03d".formatted(n), AGENTS.get(random.nextInt(AGENTS.size())),
        random.nextBoolean() ? "returns policy" : "product knowledge", random.nextInt(101), DAYS.get(random.nextInt(DAYS.size())),
        StaffId.of("qa"), Fixtures.T0, 1)).toList();
  }

  @Override
  final TrainingExam nextVersion(TrainingExam e) {
    return new TrainingExam(e.id(), e.agent(), e.exam(), (e.score() + 1) % 101, e.takenOn(), e.recordedBy(), e.recordedAt(),
        e.version() + 1);
  }

  @Override
  final Optional<TrainingExam> find(Storage storage, String id) {
    return storage.quality().findExam(id);
  }

  @Override
  final Page<TrainingExam> list(Storage storage, TrainingExamQuery query, PageRequest page) {
    return storage.quality().listExams(query, page);
  }

  @Override
  final TrainingExamQuery all() {
    return TrainingExamQuery.all();
  }

  @Override
  final Predicate<TrainingExam> matcher(TrainingExamQuery query) {
    return query.matcher();
  }

  @Override
  final Comparator<TrainingExam> order() {
    return TrainingExamQuery.ORDER;
  }

  @Override
  final Map<String, TrainingExamQuery> filters(List<TrainingExam> stored) {
    Map<String, TrainingExamQuery> queries = new LinkedHashMap<>();
    for (StaffId agent : AGENTS) {
      queries.put("agent " + agent.value(), TrainingExamQuery.all().withAgent(agent));
    }
    queries.put("taken on days 2 and 3", TrainingExamQuery.all().takenBetween(DAYS.get(1), DAYS.get(3)));
    queries.put("agent s-3, taken on day 1", TrainingExamQuery.all().withAgent(AGENTS.get(2)).takenBetween(DAYS.get(0), DAYS.get(1)));
    return queries;
  }

  @Override
  final long seed() {
    return 0x5eed_0e02L;
  }
}
