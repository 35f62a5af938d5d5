package dev.kefu.staffing;

import dev.kefu.memory.InMemoryStaffDirectory;
import dev.kefu.spi.staff.Role;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.staff.StaffMember;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A small shop for the staffing tests: a general manager, a CS supervisor, two team leads with
 * three agents each, a shift lead. Week of Monday 2026-11-23 in Shanghai.
 */
final class Shop {
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
  static final StaffId GM = StaffId.of("gm");
  static final StaffId SUPERVISOR = StaffId.of("sup");
  static final StaffId SHIFT_LEAD = StaffId.of("shift-lead");
  static final StaffId LEAD_1 = StaffId.of("lead-1");
  static final StaffId LEAD_2 = StaffId.of("lead-2");
  static final StaffId A1 = StaffId.of("a1");
  static final StaffId A2 = StaffId.of("a2");
  static final StaffId A3 = StaffId.of("a3");
  static final StaffId B1 = StaffId.of("b1");
  static final StaffId B2 = StaffId.of("b2");
  static final StaffId B3 = StaffId.of("b3");

  private Shop() {}

  static StaffMember member(StaffId id, Role role, StaffId lead) {
    StaffMember.Builder b = StaffMember.builder().id(id).name("n-" + id.value()).role(role);
    if (lead != null) {
      b.reportsTo(lead);
    }
    return b.build();
  }

  static List<StaffMember> members() {
    List<StaffMember> m = new ArrayList<>();
    m.add(member(GM, Role.GENERAL_MANAGER, null));
    m.add(member(SUPERVISOR, Role.SUPERVISOR, GM));
    m.add(member(SHIFT_LEAD, Role.SHIFT_LEAD, SUPERVISOR));
    m.add(member(LEAD_1, Role.TEAM_LEAD, SUPERVISOR));
    m.add(member(LEAD_2, Role.TEAM_LEAD, SUPERVISOR));
    for (StaffId a : List.of(A1, A2, A3)) {
      m.add(member(a, Role.AGENT, LEAD_1));
    }
    for (StaffId b : List.of(B1, B2, B3)) {
      m.add(member(b, Role.AGENT, LEAD_2));
    }
    return m;
  }

  static InMemoryStaffDirectory directory() {
    return InMemoryStaffDirectory.of(members());
  }

  static List<StaffId> agents() {
    return List.of(A1, A2, A3, B1, B2, B3);
  }

  static Roster.Builder week() {
    return Roster.builder(ZONE, MONDAY);
  }

  static LocalDate day(int i) {
    return MONDAY.plusDays(i);
  }
}
