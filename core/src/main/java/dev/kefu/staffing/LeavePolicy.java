package dev.kefu.staffing;

import dev.kefu.Decision;
import dev.kefu.spi.staff.Role;
import dev.kefu.spi.staff.StaffDirectory;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.staff.StaffMember;
import dev.kefu.staffing.LeaveDecision.ApprovalStep;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides leave requests by the source shop's rules, every rule judged and named:
 *
 * <ul>
 *   <li>{@code ST-5} notice: ordinary leave at least a day before the first shift it covers,
 *       urgent and sick leave two hours; a later request takes effect only once a manager (the
 *       CS supervisor or above) has approved it — the chain always ends at one — and a request
 *       not approved when its first shift begins leaves the day to count as absence
 *       ({@link LeaveStatus#ABSENCE});
 *   <li>{@code ST-6} approval level by level, none skipped and none from outside the agent's
 *       reporting line: the team lead, then the CS supervisor (enough up to 3 calendar days),
 *       then the general manager (needed beyond). Levels at or below the requester's own rank
 *       are left out: a team lead's leave starts at the supervisor;
 *   <li>{@code ST-7} requested by the agent in person; only sick leave by someone else;
 *   <li>{@code ST-8} leave from a night shift only if requested before 12:00 on the shift's day,
 *       and approved by a manager (the chain's supervisor).
 * </ul>
 *
 * <p>Immutable and thread-safe; reads the staff directory for reporting lines.
 */
public final class LeavePolicy {

  private final LeaveRules rules;
  private final StaffDirectory directory;

  private LeavePolicy(LeaveRules rules, StaffDirectory directory) {
    this.rules = rules;
    this.directory = directory;
  }

  /**
   * A policy.
   *
   * @param rules the parameters
   * @param directory who reports to whom
   * @return the policy
   */
  public static LeavePolicy of(LeaveRules rules, StaffDirectory directory) {
    return new LeavePolicy(Objects.requireNonNull(rules, "rules"), Objects.requireNonNull(directory, "directory"));
  }

  /** @return the parameters */
  public LeaveRules rules() {
    return rules;
  }

  /** The result of an approval or refusal: the rule's decision and the request after it. */
  public record Step(Decision decision, LeaveRequest request) {

    /**
     * Creates a result.
     *
     * @throws NullPointerException if an argument is null
     */
    public Step {
      Objects.requireNonNull(decision, "decision");
      Objects.requireNonNull(request, "request");
    }
  }

  // ranks: 0 desk, 1 team or shift lead, 2 supervisor or shop manager, 3 general manager
  static int rank(Role role) {
    return switch (role) {
      case AGENT, VIP_AGENT, QA -> 0;
      case TEAM_LEAD, SHIFT_LEAD -> 1;
      case SUPERVISOR, SHOP_MANAGER -> 2;
      case GENERAL_MANAGER -> 3;
    };
  }

  private static final Role[] LEVELS = {Role.TEAM_LEAD, Role.SUPERVISOR, Role.GENERAL_MANAGER};

  /**
   * The approval chain a request needs (ST-6): one step per level above the agent's rank, each
   * held by the agent's nearest lead of that rank.
   *
   * @param request the request
   * @return the steps, or the level no one in the reporting line holds
   */
  Chain chain(LeaveRequest request) {
    int own = directory.find(request.agent()).map(m -> rank(m.role())).orElse(0);
    int top = request.days() > rules.supervisorMaxDays() ? 3 : 2;
    List<StaffMember> line = directory.reportingLine(request.agent());
    List<ApprovalStep> steps = new ArrayList<>();
    for (int level = own + 1; level <= top; level++) {
      int wanted = level;
      Optional<StaffMember> holder = line.stream().filter(m -> rank(m.role()) == wanted).findFirst();
      if (holder.isEmpty()) {
        return new Chain(steps, Optional.of(LEVELS[level - 1]));
      }
      steps.add(new ApprovalStep(LEVELS[level - 1], holder.get().id()));
    }
    return new Chain(steps, Optional.empty());
  }

  record Chain(List<ApprovalStep> steps, Optional<Role> missing) {}

  /**
   * The approval chain a request needs (ST-6).
   *
   * @param request the request
   * @return the steps, level by level
   * @throws IllegalArgumentException if a level has no holder in the agent's reporting line
   */
  public List<ApprovalStep> approvalChain(LeaveRequest request) {
    Chain c = chain(Objects.requireNonNull(request, "request"));
    if (c.missing().isPresent()) {
      throw new IllegalArgumentException("no " + c.missing().get() + " in the reporting line of " + request.agent());
    }
    return c.steps();
  }

  /**
   * Decides a request at an instant.
   *
   * @param request the request
   * @param shifts where the agent's shifts are
   * @param now the time of the decision
   * @return the decision, naming every rule
   */
  public LeaveDecision decide(LeaveRequest request, ShiftLookup shifts, Instant now) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(shifts, "shifts");
    Objects.requireNonNull(now, "now");
    Chain chain = chain(request);
    List<Shift> covered = new ArrayList<>();
    for (LocalDate d : request.dates()) {
      shifts.shift(request.agent(), d).ifPresent(covered::add);
    }
    Optional<Shift> first = covered.stream().findFirst();
    boolean complete = chain.missing().isEmpty() && request.approvals().size() >= chain.steps().size()
        && request.refusal().isEmpty() && prefixOk(request, chain);

    // ST-6
    RuleOutcome st6 = approvals(request, chain);
    // ST-7
    boolean inPerson = request.requestedBy().equals(request.agent());
    RuleOutcome st7 = new RuleOutcome("ST-7", inPerson || request.kind() == LeaveKind.SICK, inPerson
        ? "requested in person"
        : request.kind() == LeaveKind.SICK ? "sick leave, requested by someone else, which sick leave allows"
        : request.kind().name().toLowerCase() + " leave requested by someone else; only sick leave may be");
    // ST-8
    RuleOutcome st8 = night(request, covered, shifts);
    // ST-5
    RuleOutcome st5;
    Duration needed = rules.noticeFor(request.kind());
    if (first.isEmpty()) {
      st5 = new RuleOutcome("ST-5", true, "no shift among the days of leave");
    } else {
      Duration notice = Duration.between(request.requestedAt(), first.get().start());
      boolean onTime = notice.compareTo(needed) >= 0;
      boolean started = !now.isBefore(first.get().start());
      if (!complete && started) {
        st5 = new RuleOutcome("ST-5", false, "not approved when the shift of " + first.get().date()
            + " began; the day counts as absence");
      } else if (onTime) {
        st5 = new RuleOutcome("ST-5", true, "requested " + RosterRules.minutes(notice) + " before the shift, "
            + RosterRules.minutes(needed) + " needed");
      } else {
        st5 = new RuleOutcome("ST-5", false, "requested " + (notice.isNegative() ? RosterRules.minutes(notice.negated()) + " after"
            : RosterRules.minutes(notice) + " before") + " the shift, " + RosterRules.minutes(needed)
            + " needed; takes effect only with a manager's approval, otherwise the day counts as absence");
      }
    }
    List<RuleOutcome> outcomes = List.of(st5, st6, st7, st8);
    LeaveStatus status;
    Optional<ApprovalStep> next = Optional.empty();
    if (!st6.kept() || !st7.kept() || !st8.kept()) {
      status = LeaveStatus.REFUSED;
    } else if (complete) {
      status = LeaveStatus.APPROVED;
    } else if (first.isPresent() && !now.isBefore(first.get().start())) {
      status = LeaveStatus.ABSENCE;
    } else {
      status = LeaveStatus.PENDING;
      next = Optional.of(chain.steps().get(request.approvals().size()));
    }
    return new LeaveDecision(status, outcomes, chain.steps(), next);
  }

  private static boolean prefixOk(LeaveRequest request, Chain chain) {
    List<LeaveApproval> given = request.approvals();
    if (given.size() > chain.steps().size()) {
      return false;
    }
    for (int i = 0; i < given.size(); i++) {
      if (!given.get(i).approver().equals(chain.steps().get(i).approver())) {
        return false;
      }
    }
    return true;
  }

  private RuleOutcome approvals(LeaveRequest request, Chain chain) {
    if (chain.missing().isPresent()) {
      return new RuleOutcome("ST-6", false, "no " + level(chain.missing().get()) + " in the agent's reporting line to approve");
    }
    if (!prefixOk(request, chain)) {
      return new RuleOutcome("ST-6", false, "the approvals do not follow the chain " + levels(chain.steps()) + " level by level");
    }
    if (request.refusal().isPresent()) {
      return new RuleOutcome("ST-6", false, "refused at the " + levelOf(chain, request.refusal().get().approver()) + " level");
    }
    int done = request.approvals().size();
    int all = chain.steps().size();
    String upTo = request.days() > rules.supervisorMaxDays()
        ? request.days() + " days, more than " + rules.supervisorMaxDays() + ": up to the general manager"
        : request.days() + (request.days() == 1 ? " day" : " days") + ", up to the CS supervisor";
    return new RuleOutcome("ST-6", true, done == all ? "approved at every level " + levels(chain.steps()) + " (" + upTo + ")"
        : "approved at " + done + " of " + all + " levels " + levels(chain.steps()) + ", next the "
            + level(chain.steps().get(done).level()) + " (" + upTo + ")");
  }

  private RuleOutcome night(LeaveRequest request, List<Shift> covered, ShiftLookup shifts) {
    for (Shift s : covered) {
      if (s.template().night()) {
        Instant deadline = ZonedDateTime.of(s.date(), rules.nightRequestDeadline(), shifts.zone()).toInstant();
        if (!request.requestedAt().isBefore(deadline)) {
          return new RuleOutcome("ST-8", false, "leave from the night shift of " + s.date() + " requested at or after "
              + rules.nightRequestDeadline() + " that day");
        }
      }
    }
    boolean any = covered.stream().anyMatch(s -> s.template().night());
    return new RuleOutcome("ST-8", true, any ? "night-shift leave requested before " + rules.nightRequestDeadline()
        + " on the day; needs the manager's approval in the chain" : "no night shift among the days of leave");
  }

  private static String level(Role r) {
    return switch (r) {
      case TEAM_LEAD -> "team lead";
      case SUPERVISOR -> "CS supervisor";
      case GENERAL_MANAGER -> "general manager";
      default -> r.name().toLowerCase();
    };
  }

  private static String levels(List<ApprovalStep> steps) {
    return steps.stream().map(s -> level(s.level())).toList().toString();
  }

  private static String levelOf(Chain chain, StaffId who) {
    return chain.steps().stream().filter(s -> s.approver().equals(who)).findFirst().map(s -> level(s.level())).orElse("unknown");
  }

  /**
   * An approval, accepted only from the next level's holder (ST-6): never a skipped level, never
   * from outside the agent's reporting line, never twice.
   *
   * @param request the request
   * @param approver who approves
   * @param at when
   * @return the rule's decision, and the request with the approval if it was accepted
   */
  public Step approve(LeaveRequest request, StaffId approver, Instant at) {
    return judge(request, approver, at, true);
  }

  /**
   * A refusal, accepted from the next level's holder (ST-6).
   *
   * @param request the request
   * @param approver who refuses
   * @param at when
   * @return the rule's decision, and the refused request if it was accepted
   */
  public Step refuse(LeaveRequest request, StaffId approver, Instant at) {
    return judge(request, approver, at, false);
  }

  private Step judge(LeaveRequest request, StaffId approver, Instant at, boolean approve) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(approver, "approver");
    Objects.requireNonNull(at, "at");
    Chain chain = chain(request);
    if (chain.missing().isPresent()) {
      return new Step(Decision.refuse("ST-6", "no " + level(chain.missing().get()) + " in the agent's reporting line"), request);
    }
    if (request.refusal().isPresent()) {
      return new Step(Decision.refuse("ST-6", "the request was already refused"), request);
    }
    if (!prefixOk(request, chain)) {
      return new Step(Decision.refuse("ST-6", "the approvals so far do not follow the chain"), request);
    }
    int done = request.approvals().size();
    if (done == chain.steps().size()) {
      return new Step(Decision.refuse("ST-6", "every level has approved already"), request);
    }
    ApprovalStep next = chain.steps().get(done);
    if (!next.approver().equals(approver)) {
      Optional<ApprovalStep> later = chain.steps().stream().skip(done).filter(s -> s.approver().equals(approver)).findFirst();
      String why = later.isPresent()
          ? "the " + level(later.get().level()) + " may not act before the " + level(next.level()) + " (no level is skipped)"
          : "the approver is not the " + level(next.level()) + " in the agent's reporting line (no cross approval)";
      return new Step(Decision.refuse("ST-6", why), request);
    }
    LeaveApproval word = new LeaveApproval(approver, at);
    return approve
        ? new Step(Decision.allow("ST-6", "approved by the " + level(next.level())), request.with(word))
        : new Step(Decision.allow("ST-6", "refused by the " + level(next.level())), request.refusedBy(word));
  }
}
