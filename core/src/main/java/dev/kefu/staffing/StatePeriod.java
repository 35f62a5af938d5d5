package dev.kefu.staffing;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A stretch of time in one state.
 *
 * @param state the state
 * @param start when it began
 * @param end when it ended, after {@code start}
 */
public record StatePeriod(AgentState state, Instant start, Instant end) {

  /**
   * Creates a period.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if it does not end after it starts
   */
  public StatePeriod {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("a period must end after it starts: " + start + " to " + end);
    }
  }

  /** @return how long it lasted */
  public Duration length() {
    return Duration.between(start, end);
  }
}
