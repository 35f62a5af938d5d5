package dev.kefu.staffing;

import dev.kefu.spi.staff.StaffId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A request for leave: whose, who asked, which kind, which calendar days, when it was asked, and
 * the approvals given so far, level by level (ST-5 to ST-8). {@link LeavePolicy} decides it.
 *
 * @param id the host's id for the request
 * @param agent whose leave it is
 * @param requestedBy who asked for it: the agent, or for sick leave someone else (ST-7)
 * @param kind the kind
 * @param firstDay the first day of leave
 * @param lastDay the last day of leave, inclusive
 * @param requestedAt when it was asked
 * @param approvals the approvals given, in order
 * @param refusal the refusal, if an approver refused it
 */
public record LeaveRequest(String id, StaffId agent, StaffId requestedBy, LeaveKind kind, LocalDate firstDay,
    LocalDate lastDay, Instant requestedAt, List<LeaveApproval> approvals, Optional<LeaveApproval> refusal) {

  /**
   * Creates a request.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the id is blank or the days are reversed
   */
  public LeaveRequest {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(agent, "agent");
    Objects.requireNonNull(requestedBy, "requestedBy");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(firstDay, "firstDay");
    Objects.requireNonNull(lastDay, "lastDay");
    Objects.requireNonNull(requestedAt, "requestedAt");
    approvals = List.copyOf(Objects.requireNonNull(approvals, "approvals"));
    Objects.requireNonNull(refusal, "refusal");
    List<String> problems = new ArrayList<>();
    if (id.isBlank()) {
      problems.add("id must not be blank");
    }
    if (lastDay.isBefore(firstDay)) {
      problems.add("lastDay " + lastDay + " is before firstDay " + firstDay);
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("leave request: " + String.join("; ", problems));
    }
  }

  /**
   * A new request without approvals.
   *
   * @param id the host's id
   * @param agent whose leave
   * @param requestedBy who asks
   * @param kind the kind
   * @param firstDay the first day
   * @param lastDay the last day, inclusive
   * @param requestedAt when
   * @return the request
   */
  public static LeaveRequest of(String id, StaffId agent, StaffId requestedBy, LeaveKind kind, LocalDate firstDay,
      LocalDate lastDay, Instant requestedAt) {
    return new LeaveRequest(id, agent, requestedBy, kind, firstDay, lastDay, requestedAt, List.of(), Optional.empty());
  }

  /** @return how many calendar days of leave (ST-6 counts these) */
  public long days() {
    return ChronoUnit.DAYS.between(firstDay, lastDay) + 1;
  }

  /** @return the days of leave, first to last */
  public List<LocalDate> dates() {
    return firstDay.datesUntil(lastDay.plusDays(1)).toList();
  }

  /**
   * A copy with one more approval.
   *
   * @param approval the approval
   * @return the copy
   */
  LeaveRequest with(LeaveApproval approval) {
    List<LeaveApproval> more = new ArrayList<>(approvals);
    more.add(approval);
    return new LeaveRequest(id, agent, requestedBy, kind, firstDay, lastDay, requestedAt, more, refusal);
  }

  /**
   * A copy refused by an approver.
   *
   * @param by the refusal
   * @return the copy
   */
  LeaveRequest refusedBy(LeaveApproval by) {
    return new LeaveRequest(id, agent, requestedBy, kind, firstDay, lastDay, requestedAt, approvals, Optional.of(by));
  }
}
