package dev.kefu.spi.quality;

import dev.kefu.spi.Aggregate;
import dev.kefu.spi.staff.StaffId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A training-exam score the host recorded for an agent (QA-2).
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the id
 * @param agent who sat the exam
 * @param exam the exam's name, for example {@code "returns policy 2026"}
 * @param score 0 to 100
 * @param takenOn the day it was taken, in the shop's zone
 * @param recordedBy who recorded it
 * @param recordedAt when
 * @param version 1 when created
 */
public record TrainingExam(
    String id, StaffId agent, String exam, int score, LocalDate takenOn, StaffId recordedBy, Instant recordedAt, long version)
    implements Aggregate {

  /** The aggregate type name of training exams. */
  public static final String TYPE = "training-exam";

  /**
   * Creates an exam record.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the id or exam is blank, the score outside 0 to 100 or the
   *     version below 1
   */
  public TrainingExam {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(agent, "agent");
    Objects.requireNonNull(exam, "exam");
    Objects.requireNonNull(takenOn, "takenOn");
    Objects.requireNonNull(recordedBy, "recordedBy");
    Objects.requireNonNull(recordedAt, "recordedAt");
    if (id.isBlank() || exam.isBlank() || score < 0 || score > 100 || version < 1) {
      throw new IllegalArgumentException("an exam needs an id, a name, a score of 0 to 100 and a version of 1 or more");
    }
  }

  @Override
  public String aggregateType() {
    return TYPE;
  }

  @Override
  public String aggregateId() {
    return id;
  }
}
