package dev.kefu.staffing;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The leave rules' parameters.
 *
 * @param ordinaryNotice the least notice for ordinary leave before the shift (ST-5, 1 day)
 * @param urgentNotice the least notice for urgent and sick leave (ST-5, 2 hours)
 * @param supervisorMaxDays the most calendar days the CS supervisor approves; longer leave needs
 *     the general manager (ST-6, 3 days)
 * @param nightRequestDeadline the local time on a night shift's day before which its leave must
 *     be requested (ST-8, 12:00)
 */
public record LeaveRules(Duration ordinaryNotice, Duration urgentNotice, int supervisorMaxDays, LocalTime nightRequestDeadline) {

  /**
   * Creates the rules.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException listing every problem
   */
  public LeaveRules {
    Objects.requireNonNull(ordinaryNotice, "ordinaryNotice");
    Objects.requireNonNull(urgentNotice, "urgentNotice");
    Objects.requireNonNull(nightRequestDeadline, "nightRequestDeadline");
    List<String> problems = new ArrayList<>();
    if (ordinaryNotice.isNegative()) {
      problems.add("ordinaryNotice must not be negative");
    }
    if (urgentNotice.isNegative()) {
      problems.add("urgentNotice must not be negative");
    }
    if (supervisorMaxDays < 1) {
      problems.add("supervisorMaxDays must be at least 1, got " + supervisorMaxDays);
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("leave rules: " + String.join("; ", problems));
    }
  }

  /** @return the source shop's rules: 1 day, 2 hours, 3 days, 12:00 */
  public static LeaveRules defaults() {
    return new LeaveRules(Duration.ofDays(1), Duration.ofHours(2), 3, LocalTime.NOON);
  }

  /**
   * The notice a kind of leave needs.
   *
   * @param kind the kind
   * @return the notice
   */
  public Duration noticeFor(LeaveKind kind) {
    return kind == LeaveKind.ORDINARY ? ordinaryNotice : urgentNotice;
  }
}
