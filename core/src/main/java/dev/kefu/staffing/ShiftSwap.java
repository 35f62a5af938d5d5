package dev.kefu.staffing;

import dev.kefu.spi.staff.StaffId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Two agents exchanging days: the first takes the second's shift of the second date, the second
 * the first's of the first date (the same date for a same-day swap) (ST-4).
 *
 * @param first one agent
 * @param firstDate the first agent's day given up
 * @param second the other agent
 * @param secondDate the second agent's day given up
 * @param approvedBy the lead who approved it, if anyone did
 */
public record ShiftSwap(StaffId first, LocalDate firstDate, StaffId second, LocalDate secondDate, Optional<StaffId> approvedBy) {

  /**
   * Creates a swap.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if an agent swaps with themself
   */
  public ShiftSwap {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(firstDate, "firstDate");
    Objects.requireNonNull(second, "second");
    Objects.requireNonNull(secondDate, "secondDate");
    Objects.requireNonNull(approvedBy, "approvedBy");
    if (first.equals(second)) {
      throw new IllegalArgumentException("a swap needs two agents, got " + first + " twice");
    }
  }
}
