package dev.kefu.spi.complaint;

import dev.kefu.spi.Channel;
import java.util.Objects;

/**
 * How a closed complaint is classified at review (CP-8): the supervisor's statistics table and
 * improvement actions come from these (QA-5).
 *
 * @param cause the cause category
 * @param department the responsible department
 * @param channel the channel it came in on
 * @param improvement the improvement action decided, or empty
 */
public record ComplaintClassification(CauseCategory cause, Department department, Channel channel, String improvement) {

  /**
   * Creates a classification.
   *
   * @throws NullPointerException if an argument is null
   */
  public ComplaintClassification {
    Objects.requireNonNull(cause, "cause");
    Objects.requireNonNull(department, "department");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(improvement, "improvement");
  }
}
