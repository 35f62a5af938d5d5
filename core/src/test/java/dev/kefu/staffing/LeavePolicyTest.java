package dev.kefu.staffing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.spi.staff.Role;
import dev.kefu.spi.staff.StaffId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LeavePolicyTest {

  private final LeavePolicy policy = LeavePolicy.of(LeaveRules.defaults(), Shop.directory());
  // A1 works the early shift (08:30) all week but Sunday; A2 the late shift (17:30, a night shift)
  private final Roster roster = Shop.week()
      .assign(Shop.A1, ShiftTemplates.shopAEarly(), java.util.EnumSet.range(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.SATURDAY))
      .assign(Shop.A2, ShiftTemplates.shopALate(), java.util.EnumSet.range(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.SATURDAY))
      .build();
  private final ShiftLookup shifts = ShiftLookup.of(List.of(roster));

  private static Instant at(LocalDate d, int h, int m) {
    return ZonedDateTime.of(d, LocalTime.of(h, m), Shop.ZONE).toInstant();
  }

  private LeaveRequest approvedAll(LeaveRequest r, Instant at) {
    for (LeaveDecision.ApprovalStep s : policy.approvalChain(r)) {
      LeavePolicy.Step step = policy.approve(r, s.approver(), at);
      assertThat(step.decision().allowed()).as(step.decision().reason()).isTrue();
      r = step.request();
    }
    return r;
  }

  @Test
  @DisplayName("ST-5: ordinary leave asked a day before the shift keeps the notice rule; 23 hours before does not")
  void ordinaryNotice() {
    LocalDate wed = Shop.day(2);
    Instant shiftStart = at(wed, 8, 30);
    LeaveRequest onTime = LeaveRequest.of("l1", Shop.A1, Shop.A1, LeaveKind.ORDINARY, wed, wed, shiftStart.minus(Duration.ofDays(1)));
    LeaveRequest late = LeaveRequest.of("l2", Shop.A1, Shop.A1, LeaveKind.ORDINARY, wed, wed, shiftStart.minus(Duration.ofHours(23)));
    assertThat(policy.decide(onTime, shifts, onTime.requestedAt()).outcome("ST-5").orElseThrow().kept()).isTrue();
    LeaveDecision d = policy.decide(late, shifts, late.requestedAt());
    assertThat(d.outcome("ST-5").orElseThrow().kept()).isFalse();
    assertThat(d.outcome("ST-5").orElseThrow().detail()).contains("23 h before").contains("manager's approval");
    assertThat(d.status()).isEqualTo(LeaveStatus.PENDING);
    // with the chain's approval, ending at the CS supervisor (a manager), the late leave takes effect
    LeaveRequest approved = approvedAll(late, late.requestedAt().plusSeconds(60));
    assertThat(policy.decide(approved, shifts, late.requestedAt().plusSeconds(120)).status()).isEqualTo(LeaveStatus.APPROVED);
    // without it, once the shift begins the day counts as absence
    LeaveDecision atShift = policy.decide(late, shifts, shiftStart);
    assertThat(atShift.status()).isEqualTo(LeaveStatus.ABSENCE);
    assertThat(atShift.outcome("ST-5").orElseThrow().detail()).contains("counts as absence");
  }

  @Test
  @DisplayName("ST-5: urgent and sick leave need 2 hours' notice")
  void urgentNotice() {
    LocalDate thu = Shop.day(3);
    Instant shiftStart = at(thu, 8, 30);
    for (LeaveKind kind : List.of(LeaveKind.URGENT, LeaveKind.SICK)) {
      LeaveRequest twoHours = LeaveRequest.of("u", Shop.A1, Shop.A1, kind, thu, thu, shiftStart.minus(Duration.ofHours(2)));
      LeaveRequest less = LeaveRequest.of("u", Shop.A1, Shop.A1, kind, thu, thu, shiftStart.minus(Duration.ofMinutes(40)));
      assertThat(policy.decide(twoHours, shifts, twoHours.requestedAt()).outcome("ST-5").orElseThrow().kept()).isTrue();
      assertThat(policy.decide(less, shifts, less.requestedAt()).outcome("ST-5").orElseThrow())
          .satisfies(o -> assertThat(o.kept()).isFalse())
          .satisfies(o -> assertThat(o.detail()).contains("40 min before the shift, 2 h needed"));
    }
  }

  @Test
  @DisplayName("ST-6: up to 3 days the chain is team lead then CS supervisor; beyond, the general manager too")
  void chainByLength() {
    LeaveRequest three = LeaveRequest.of("c3", Shop.A1, Shop.A1, LeaveKind.ORDINARY, Shop.day(3), Shop.day(5), at(Shop.day(0), 9, 0));
    LeaveRequest four = LeaveRequest.of("c4", Shop.A1, Shop.A1, LeaveKind.ORDINARY, Shop.day(3), Shop.day(6), at(Shop.day(0), 9, 0));
    assertThat(policy.approvalChain(three)).extracting(LeaveDecision.ApprovalStep::level, LeaveDecision.ApprovalStep::approver)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Role.TEAM_LEAD, Shop.LEAD_1),
            org.assertj.core.groups.Tuple.tuple(Role.SUPERVISOR, Shop.SUPERVISOR));
    assertThat(policy.approvalChain(four)).extracting(LeaveDecision.ApprovalStep::approver)
        .containsExactly(Shop.LEAD_1, Shop.SUPERVISOR, Shop.GM);
    // a team lead's own leave starts at the supervisor
    LeaveRequest lead = LeaveRequest.of("cl", Shop.LEAD_1, Shop.LEAD_1, LeaveKind.ORDINARY, Shop.day(3), Shop.day(3), at(Shop.day(0), 9, 0));
    assertThat(policy.approvalChain(lead)).extracting(LeaveDecision.ApprovalStep::approver).containsExactly(Shop.SUPERVISOR);
    // after the supervisor, four days still wait for the general manager
    LeaveRequest r = policy.approve(four, Shop.LEAD_1, at(Shop.day(0), 10, 0)).request();
    r = policy.approve(r, Shop.SUPERVISOR, at(Shop.day(0), 11, 0)).request();
    LeaveDecision pending = policy.decide(r, shifts, at(Shop.day(0), 12, 0));
    assertThat(pending.status()).isEqualTo(LeaveStatus.PENDING);
    assertThat(pending.nextApprover()).map(LeaveDecision.ApprovalStep::level).contains(Role.GENERAL_MANAGER);
    r = policy.approve(r, Shop.GM, at(Shop.day(0), 13, 0)).request();
    assertThat(policy.decide(r, shifts, at(Shop.day(0), 14, 0)).status()).isEqualTo(LeaveStatus.APPROVED);
  }

  @Test
  @DisplayName("ST-6: a level is never skipped, and no one outside the reporting line approves")
  void noSkipping() {
    LeaveRequest r = LeaveRequest.of("s", Shop.A1, Shop.A1, LeaveKind.ORDINARY, Shop.day(4), Shop.day(4), at(Shop.day(0), 9, 0));
    LeavePolicy.Step skip = policy.approve(r, Shop.SUPERVISOR, at(Shop.day(0), 10, 0));
    assertThat(skip.decision().allowed()).isFalse();
    assertThat(skip.decision().ruleId()).isEqualTo("ST-6");
    assertThat(skip.decision().reason()).contains("may not act before the team lead");
    assertThat(skip.request()).isSameAs(r);
    LeavePolicy.Step cross = policy.approve(r, Shop.LEAD_2, at(Shop.day(0), 10, 0));
    assertThat(cross.decision().allowed()).isFalse();
    assertThat(cross.decision().reason()).contains("not the team lead in the agent's reporting line");
    // a hand-made list of approvals that skips a level is refused when decided
    LeaveRequest forged = new LeaveRequest("f", Shop.A1, Shop.A1, LeaveKind.ORDINARY, Shop.day(4), Shop.day(4), at(Shop.day(0), 9, 0),
        List.of(new LeaveApproval(Shop.SUPERVISOR, at(Shop.day(0), 10, 0))), java.util.Optional.empty());
    LeaveDecision d = policy.decide(forged, shifts, at(Shop.day(0), 11, 0));
    assertThat(d.status()).isEqualTo(LeaveStatus.REFUSED);
    assertThat(d.outcome("ST-6").orElseThrow().kept()).isFalse();
    // a refusal by the team lead ends it
    LeaveRequest refused = policy.refuse(r, Shop.LEAD_1, at(Shop.day(0), 10, 0)).request();
    assertThat(policy.decide(refused, shifts, at(Shop.day(0), 11, 0)).status()).isEqualTo(LeaveStatus.REFUSED);
  }

  @Test
  @DisplayName("ST-7: leave is requested in person; only sick leave by someone else")
  void inPerson() {
    Instant asked = at(Shop.day(0), 9, 0);
    LeaveRequest byOther = LeaveRequest.of("p", Shop.A1, Shop.A2, LeaveKind.ORDINARY, Shop.day(4), Shop.day(4), asked);
    LeaveRequest sickByOther = LeaveRequest.of("p", Shop.A1, Shop.A2, LeaveKind.SICK, Shop.day(4), Shop.day(4), asked);
    LeaveDecision refused = policy.decide(approvedAll(byOther, asked), shifts, asked.plusSeconds(60));
    assertThat(refused.status()).isEqualTo(LeaveStatus.REFUSED);
    assertThat(refused.broken()).extracting(RuleOutcome::ruleId).containsExactly("ST-7");
    assertThat(policy.decide(approvedAll(sickByOther, asked), shifts, asked.plusSeconds(60)).status()).isEqualTo(LeaveStatus.APPROVED);
  }

  @Test
  @DisplayName("ST-8: night-shift leave only if requested before 12:00 that day, and approved by a manager")
  void nightShift() {
    LocalDate fri = Shop.day(4);
    LeaveRequest morning = LeaveRequest.of("n1", Shop.A2, Shop.A2, LeaveKind.URGENT, fri, fri, at(fri, 11, 59));
    LeaveRequest noon = LeaveRequest.of("n2", Shop.A2, Shop.A2, LeaveKind.URGENT, fri, fri, at(fri, 12, 0));
    LeaveDecision pending = policy.decide(morning, shifts, at(fri, 12, 30));
    assertThat(pending.status()).isEqualTo(LeaveStatus.PENDING);
    assertThat(pending.chain()).extracting(LeaveDecision.ApprovalStep::level).contains(Role.SUPERVISOR);
    assertThat(policy.decide(approvedAll(morning, at(fri, 13, 0)), shifts, at(fri, 13, 0)).status()).isEqualTo(LeaveStatus.APPROVED);
    LeaveDecision tooLate = policy.decide(approvedAll(noon, at(fri, 13, 0)), shifts, at(fri, 13, 0));
    assertThat(tooLate.status()).isEqualTo(LeaveStatus.REFUSED);
    assertThat(tooLate.broken()).extracting(RuleOutcome::ruleId).containsExactly("ST-8");
    // the same request from a day shift is not a night-shift matter
    LeaveRequest day = LeaveRequest.of("n3", Shop.A1, Shop.A1, LeaveKind.URGENT, Shop.day(5), Shop.day(5), at(Shop.day(5), 0, 30));
    assertThat(policy.decide(day, shifts, at(Shop.day(5), 0, 30)).outcome("ST-8").orElseThrow().kept()).isTrue();
  }

  @Test
  void everyDecisionNamesEachRule() {
    LeaveRequest r = LeaveRequest.of("e", Shop.A3, Shop.A3, LeaveKind.ORDINARY, Shop.day(6), Shop.day(6), at(Shop.day(0), 9, 0));
    assertThat(policy.decide(r, shifts, at(Shop.day(0), 9, 0)).outcomes()).extracting(RuleOutcome::ruleId)
        .containsExactly("ST-5", "ST-6", "ST-7", "ST-8");
    // an agent without a team lead in the line cannot be approved at all
    StaffId orphan = StaffId.of("orphan");
    LeavePolicy p = LeavePolicy.of(LeaveRules.defaults(), dev.kefu.memory.InMemoryStaffDirectory.of(
        List.of(Shop.member(orphan, Role.AGENT, Shop.SUPERVISOR), Shop.member(Shop.SUPERVISOR, Role.SUPERVISOR, null))));
    LeaveRequest o = LeaveRequest.of("o", orphan, orphan, LeaveKind.ORDINARY, Shop.day(6), Shop.day(6), at(Shop.day(0), 9, 0));
    assertThat(p.decide(o, shifts, at(Shop.day(0), 9, 0)).status()).isEqualTo(LeaveStatus.REFUSED);
  }
}
