package dev.kefu.spi.quality;

import dev.kefu.spi.staff.StaffId;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Which training exams to list; ordered by {@link #ORDER}: day taken, then id.
 *
 * @param agent only this agent's exams
 * @param takenFrom only exams taken on or after this day
 * @param takenBefore only exams taken before this day
 */
public record TrainingExamQuery(Optional<StaffId> agent, Optional<LocalDate> takenFrom, Optional<LocalDate> takenBefore) {

  /** The order every store lists exams in. */
  public static final Comparator<TrainingExam> ORDER = Comparator.comparing(TrainingExam::takenOn).thenComparing(TrainingExam::id);

  /**
   * Creates a query.
   *
   * @throws NullPointerException if an argument is null
   */
  public TrainingExamQuery {
    Objects.requireNonNull(agent, "agent");
    Objects.requireNonNull(takenFrom, "takenFrom");
    Objects.requireNonNull(takenBefore, "takenBefore");
  }

  /** @return every exam */
  public static TrainingExamQuery all() {
    return new TrainingExamQuery(Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * @param value the agent
   * @return this query, restricted to an agent
   */
  public TrainingExamQuery withAgent(StaffId value) {
    return new TrainingExamQuery(Optional.of(value), takenFrom, takenBefore);
  }

  /**
   * @param from inclusive
   * @param before exclusive
   * @return this query, restricted to exams taken in {@code [from, before)}
   */
  public TrainingExamQuery takenBetween(LocalDate from, LocalDate before) {
    return new TrainingExamQuery(agent, Optional.of(from), Optional.of(before));
  }

  /** @return the reference filter every store must agree with */
  public Predicate<TrainingExam> matcher() {
    return e -> agent.map(a -> a.equals(e.agent())).orElse(true)
        && takenFrom.map(f -> !e.takenOn().isBefore(f)).orElse(true)
        && takenBefore.map(b -> e.takenOn().isBefore(b)).orElse(true);
  }
}
