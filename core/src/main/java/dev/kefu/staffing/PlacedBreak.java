package dev.kefu.staffing;

import dev.kefu.spi.staff.StaffId;
import java.time.Instant;
import java.util.Objects;

/**
 * A break placed in a shift (ST-12).
 *
 * @param agent whose
 * @param name the break's name
 * @param start when it begins
 * @param end when it ends
 */
public record PlacedBreak(StaffId agent, String name, Instant start, Instant end) {

  /**
   * Creates a placed break.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if it does not end after it begins
   */
  public PlacedBreak {
    Objects.requireNonNull(agent, "agent");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("a break must end after it begins");
    }
  }
}
