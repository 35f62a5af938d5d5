package dev.kefu.staffing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.memory.InMemoryStaffDirectory;
import dev.kefu.spi.staff.Role;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.staff.StaffMember;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OrganisationTest {

  @Test
  @DisplayName("ST-1: the shop's organisation keeps the rule and escalation follows the reporting line")
  void wellFormed() {
    InMemoryStaffDirectory d = Shop.directory();
    assertThat(Organisation.check(d)).isEmpty();
    assertThat(d.reportingLine(Shop.A1)).extracting(StaffMember::id).containsExactly(Shop.LEAD_1, Shop.SUPERVISOR, Shop.GM);
  }

  @Test
  @DisplayName("ST-1: an agent reporting to a supervisor, a lead reporting down and a cycle are all found")
  void findings() {
    List<StaffMember> m = new ArrayList<>(Shop.members());
    StaffId direct = StaffId.of("direct");
    StaffId x = StaffId.of("x");
    StaffId y = StaffId.of("y");
    m.add(Shop.member(direct, Role.AGENT, Shop.SUPERVISOR));
    m.add(Shop.member(x, Role.TEAM_LEAD, y));
    m.add(Shop.member(y, Role.TEAM_LEAD, x));
    List<RuleFinding> f = Organisation.check(InMemoryStaffDirectory.of(m));
    assertThat(f).allSatisfy(r -> assertThat(r.ruleId()).isEqualTo("ST-1"));
    assertThat(f).extracting(r -> r.agent().orElseThrow()).containsExactlyInAnyOrder(direct, x, x, y, y);
  }
}
