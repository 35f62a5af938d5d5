package dev.kefu.staff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.Decision;
import dev.kefu.memory.InMemoryStaffDirectory;
import dev.kefu.spi.staff.Role;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.staff.StaffMember;
import dev.kefu.test.TestShop;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AccessPolicyTest {

  private final AccessPolicy policy = AccessPolicy.defaults();

  @Test
  @DisplayName("ST-1: the eight roles exist, and leads are team lead, shift lead and supervisor upwards")
  void roles() {
    assertThat(Role.values()).hasSize(8);
    assertThat(EnumSet.allOf(Role.class).stream().filter(Role::isLead))
        .containsExactlyInAnyOrder(Role.TEAM_LEAD, Role.SHIFT_LEAD, Role.SUPERVISOR, Role.SHOP_MANAGER, Role.GENERAL_MANAGER);
  }

  @Test
  @DisplayName("ST-1: QA changes no customer or ticket, only scores, verifies and records exams (QA-1, QA-2, TK-18); "
      + "only leads give tickets to others and assess KPIs (QA-3); only supervisors and above set VIP status")
  void table() {
    Set<StaffAction> qaWork = EnumSet.of(StaffAction.SCORE_CONTACT, StaffAction.VERIFY_MENTION, StaffAction.RECORD_TRAINING_EXAM);
    for (StaffAction action : StaffAction.values()) {
      assertThat(policy.decide(Role.QA, action).isAllowed()).as("QA %s", action).isEqualTo(qaWork.contains(action));
    }
    assertThat(policy.decide(Role.AGENT, StaffAction.SCORE_CONTACT).isAllowed()).isFalse();
    assertThat(policy.decide(Role.TEAM_LEAD, StaffAction.ASSESS_KPIS).isAllowed()).isTrue();
    assertThat(policy.decide(Role.AGENT, StaffAction.ASSESS_KPIS).isAllowed()).isFalse();
    assertThat(policy.decide(Role.AGENT, StaffAction.ASSIGN_TICKET_TO_OTHERS).isAllowed()).isFalse();
    assertThat(policy.decide(Role.TEAM_LEAD, StaffAction.ASSIGN_TICKET_TO_OTHERS).isAllowed()).isTrue();
    assertThat(policy.decide(Role.TEAM_LEAD, StaffAction.SET_VIP_STATUS).isAllowed()).isFalse();
    assertThat(policy.decide(Role.SUPERVISOR, StaffAction.SET_VIP_STATUS).isAllowed()).isTrue();
    Decision refused = policy.decide(Role.AGENT, StaffAction.SET_VIP_STATUS);
    assertThat(refused.ruleId()).isEqualTo("ST-1");
    assertThat(refused.reason()).contains("SUPERVISOR");
  }

  @Test
  @DisplayName("ST-1: a host narrows or widens the table without touching kefu")
  void configurable() {
    AccessPolicy custom = policy.with(StaffAction.SET_VIP_STATUS, Set.of(Role.TEAM_LEAD));
    assertThat(custom.decide(Role.TEAM_LEAD, StaffAction.SET_VIP_STATUS).isAllowed()).isTrue();
    assertThat(custom.decide(Role.SUPERVISOR, StaffAction.SET_VIP_STATUS).isAllowed()).isFalse();
    assertThat(policy.decide(Role.SUPERVISOR, StaffAction.SET_VIP_STATUS).isAllowed()).as("the original is unchanged").isTrue();
  }

  @Test
  @DisplayName("ST-1: escalation follows the reporting line, nearest lead first; a cycle ends the line")
  void reportingLine() {
    TestShop shop = new TestShop();
    assertThat(shop.staff.reportingLine(TestShop.AGENT)).extracting(StaffMember::id)
        .containsExactly(TestShop.LEAD, TestShop.SUPERVISOR, TestShop.MANAGER);
    InMemoryStaffDirectory cyclic = InMemoryStaffDirectory.of(List.of(
        TestShop.member(StaffId.of("a"), Role.TEAM_LEAD, StaffId.of("b")),
        TestShop.member(StaffId.of("b"), Role.SUPERVISOR, StaffId.of("a"))));
    assertThat(cyclic.reportingLine(StaffId.of("a"))).extracting(StaffMember::id).containsExactly(StaffId.of("b"));
    // long lines: 40 people each reporting to the next, the last to the 30th (a cycle), or to nobody
    for (boolean loops : new boolean[] {true, false}) {
      List<StaffMember> chain = new java.util.ArrayList<>();
      for (int i = 0; i < 40; i++) {
        StaffId next = StaffId.of("p" + (i < 39 ? i + 1 : loops ? 30 : 40));
        chain.add(TestShop.member(StaffId.of("p" + i), Role.AGENT, next));
      }
      List<StaffMember> line = InMemoryStaffDirectory.of(chain).reportingLine(StaffId.of("p0"));
      assertThat(line).as("loops %s", loops).extracting(StaffMember::id)
          .containsExactlyElementsOf(chain.subList(1, 40).stream().map(StaffMember::id).toList());
    }
  }
}
