package dev.kefu.complaint;

import static dev.kefu.spi.complaint.ComplaintStatus.ACCEPTED;
import static dev.kefu.spi.complaint.ComplaintStatus.ARCHIVED;
import static dev.kefu.spi.complaint.ComplaintStatus.INVESTIGATING;
import static dev.kefu.spi.complaint.ComplaintStatus.REGISTERED;
import static dev.kefu.spi.complaint.ComplaintStatus.REJECTED;
import static dev.kefu.spi.complaint.ComplaintStatus.RESOLUTION_APPROVED;
import static dev.kefu.spi.complaint.ComplaintStatus.RESOLUTION_CARRIED_OUT;
import static dev.kefu.spi.complaint.ComplaintStatus.RESOLUTION_PROPOSED;
import static dev.kefu.spi.complaint.ComplaintStatus.REVIEWED;
import static dev.kefu.spi.complaint.ComplaintStatus.REVISITED;
import static dev.kefu.spi.staff.Role.AGENT;
import static dev.kefu.spi.staff.Role.GENERAL_MANAGER;
import static dev.kefu.spi.staff.Role.QA;
import static dev.kefu.spi.staff.Role.SHIFT_LEAD;
import static dev.kefu.spi.staff.Role.SHOP_MANAGER;
import static dev.kefu.spi.staff.Role.SUPERVISOR;
import static dev.kefu.spi.staff.Role.TEAM_LEAD;
import static dev.kefu.spi.staff.Role.VIP_AGENT;

import dev.kefu.IllegalTransitionException;
import dev.kefu.spi.complaint.Complaint;
import dev.kefu.spi.complaint.ComplaintStatus;
import dev.kefu.spi.staff.Role;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The complaint's closed loop: every legal move, who may make it and the event it raises, in one
 * table. No complaint reaches review without an approved resolution, the customer's acceptance
 * and a revisit — or a rejection with its explanation.
 *
 * <pre>
 * action              from                     to                      roles          event
 * REGISTER            (new)                    REGISTERED              desk           complaint.registered
 * REJECT              REGISTERED               REJECTED                desk           complaint.rejected
 * SUBSTANTIATE        REGISTERED               INVESTIGATING           desk           complaint.substantiated
 * RECORD_CAUSE        INVESTIGATING            INVESTIGATING           desk           complaint.cause-recorded
 * PROPOSE_RESOLUTION  INVESTIGATING            RESOLUTION_PROPOSED     desk           complaint.resolution-proposed
 * APPROVE_RESOLUTION  RESOLUTION_PROPOSED      RESOLUTION_APPROVED     supervisor     complaint.resolution-approved
 * CARRY_OUT           RESOLUTION_APPROVED      RESOLUTION_CARRIED_OUT  desk           complaint.resolution-carried-out
 * RECORD_ACCEPTANCE   RESOLUTION_CARRIED_OUT   ACCEPTED                desk           complaint.accepted
 * RECORD_REFUSAL      RESOLUTION_CARRIED_OUT   INVESTIGATING           desk           complaint.refused
 * RECORD_REVISIT      ACCEPTED                 REVISITED               desk           complaint.revisited
 * REVIEW              REVISITED, REJECTED      REVIEWED                supervisor     complaint.reviewed
 * ARCHIVE             REVIEWED                 ARCHIVED                supervisor     complaint.archived
 * VERIFY_AGENT_RECORD every state but ARCHIVED (unchanged)             QA             complaint.agent-record-decided
 * </pre>
 *
 * <p>"desk" is agent, VIP agent, team lead, shift lead, supervisor, shop manager and general
 * manager; "supervisor" is supervisor, shop manager and general manager (only supervisors approve
 * a resolution, CP-5; a host may name other approvers in {@link ComplaintRules}, but compensation
 * above the limit stays with supervisors, CP-13). An archived complaint allows nothing (CP-9).
 *
 * <p>Immutable and thread-safe.
 */
public final class ComplaintLifecycle {

  private static final Set<Role> DESK = EnumSet.of(AGENT, VIP_AGENT, TEAM_LEAD, SHIFT_LEAD, SUPERVISOR, SHOP_MANAGER, GENERAL_MANAGER);
  private static final Set<Role> SUPERVISORS = EnumSet.of(SUPERVISOR, SHOP_MANAGER, GENERAL_MANAGER);
  private static final Set<Role> QUALITY = EnumSet.of(QA);

  /** One row of the table. */
  public record Row(ComplaintAction action, Set<ComplaintStatus> from, Optional<ComplaintStatus> to, Set<Role> roles, String event) {}

  private static final Map<ComplaintAction, Row> TABLE = table();

  private ComplaintLifecycle() {}

  private static Map<ComplaintAction, Row> table() {
    Map<ComplaintAction, Row> t = new EnumMap<>(ComplaintAction.class);
    put(t, ComplaintAction.REGISTER, Set.of(), REGISTERED, DESK, "complaint.registered");
    put(t, ComplaintAction.REJECT, Set.of(REGISTERED), REJECTED, DESK, "complaint.rejected");
    put(t, ComplaintAction.SUBSTANTIATE, Set.of(REGISTERED), INVESTIGATING, DESK, "complaint.substantiated");
    put(t, ComplaintAction.RECORD_CAUSE, Set.of(INVESTIGATING), INVESTIGATING, DESK, "complaint.cause-recorded");
    put(t, ComplaintAction.PROPOSE_RESOLUTION, Set.of(INVESTIGATING), RESOLUTION_PROPOSED, DESK, "complaint.resolution-proposed");
    put(t, ComplaintAction.APPROVE_RESOLUTION, Set.of(RESOLUTION_PROPOSED), RESOLUTION_APPROVED, SUPERVISORS, "complaint.resolution-approved");
    put(t, ComplaintAction.CARRY_OUT, Set.of(RESOLUTION_APPROVED), RESOLUTION_CARRIED_OUT, DESK, "complaint.resolution-carried-out");
    put(t, ComplaintAction.RECORD_ACCEPTANCE, Set.of(RESOLUTION_CARRIED_OUT), ACCEPTED, DESK, "complaint.accepted");
    put(t, ComplaintAction.RECORD_REFUSAL, Set.of(RESOLUTION_CARRIED_OUT), INVESTIGATING, DESK, "complaint.refused");
    put(t, ComplaintAction.RECORD_REVISIT, Set.of(ACCEPTED), REVISITED, DESK, "complaint.revisited");
    put(t, ComplaintAction.REVIEW, Set.of(REVISITED, REJECTED), REVIEWED, SUPERVISORS, "complaint.reviewed");
    put(t, ComplaintAction.ARCHIVE, Set.of(REVIEWED), ARCHIVED, SUPERVISORS, "complaint.archived");
    t.put(ComplaintAction.VERIFY_AGENT_RECORD, new Row(ComplaintAction.VERIFY_AGENT_RECORD,
        Collections.unmodifiableSet(EnumSet.complementOf(EnumSet.of(ARCHIVED))), Optional.empty(), QUALITY,
        "complaint.agent-record-decided"));
    return Collections.unmodifiableMap(t);
  }

  private static void put(Map<ComplaintAction, Row> t, ComplaintAction action, Set<ComplaintStatus> from, ComplaintStatus to,
      Set<Role> roles, String event) {
    t.put(action, new Row(action, from.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(from)), Optional.of(to),
        Collections.unmodifiableSet(EnumSet.copyOf(roles)), event));
  }

  /** @return every row, in the order of {@link ComplaintAction} */
  public static List<Row> rows() {
    return List.copyOf(TABLE.values());
  }

  /**
   * @param action the action
   * @return its row
   */
  public static Row row(ComplaintAction action) {
    return TABLE.get(action);
  }

  /**
   * The status an action leads to from a status; for {@link ComplaintAction#VERIFY_AGENT_RECORD}
   * the status itself.
   *
   * @param from the current status
   * @param action the action
   * @return the next status, or empty if the table does not allow the action in {@code from}
   */
  public static Optional<ComplaintStatus> target(ComplaintStatus from, ComplaintAction action) {
    Row row = TABLE.get(action);
    return row.from().contains(from) ? Optional.of(row.to().orElse(from)) : Optional.empty();
  }

  /**
   * The actions a status allows.
   *
   * @param from the current status
   * @return the allowed actions, in declaration order
   */
  public static List<ComplaintAction> allowedActions(ComplaintStatus from) {
    List<ComplaintAction> allowed = new ArrayList<>();
    for (Row row : TABLE.values()) {
      if (row.from().contains(from)) {
        allowed.add(row.action());
      }
    }
    return List.copyOf(allowed);
  }

  /**
   * The next status of a complaint under an action, or the exception that says why not.
   *
   * @param complaint the complaint
   * @param action the action
   * @return the next status
   * @throws IllegalTransitionException if the table does not allow the action now
   */
  public static ComplaintStatus require(Complaint complaint, ComplaintAction action) {
    return target(complaint.status(), action).orElseThrow(() -> new IllegalTransitionException(Complaint.TYPE,
        complaint.id().value(), complaint.status().name(), action.name(),
        allowedActions(complaint.status()).stream().map(Enum::name).toList()));
  }
}
