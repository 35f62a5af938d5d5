package dev.kefu.spi.event;

import dev.kefu.spi.staff.StaffId;
import java.time.LocalDate;

/**
 * A training-exam score was recorded for an agent (QA-2).
 *
 * @param meta the event metadata
 * @param agent the agent
 * @param exam the exam's name
 * @param score 0 to 100
 * @param takenOn the day it was taken
 */
public record TrainingExamRecorded(EventMeta meta, StaffId agent, String exam, int score, LocalDate takenOn) implements DomainEvent {

  /** The stable type name. */
  public static final String TYPE = "quality.training-exam-recorded";

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public int schemaVersion() {
    return 1;
  }
}
