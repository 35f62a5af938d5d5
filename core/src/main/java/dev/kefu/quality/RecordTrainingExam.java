package dev.kefu.quality;

import dev.kefu.Origin;
import dev.kefu.spi.staff.StaffId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Records an agent's training-exam score, for the monthly summary (QA-2).
 *
 * @param origin QA or a supervisor
 * @param agent who sat the exam
 * @param exam the exam's name
 * @param score 0 to 100
 * @param takenOn the day it was taken, in the shop's zone; not in the future
 */
public record RecordTrainingExam(
    @NotNull @Valid Origin origin,
    @NotNull @Valid StaffId agent,
    @NotBlank @Size(max = 200) String exam,
    @Min(0) @Max(100) int score,
    @NotNull LocalDate takenOn) {}
