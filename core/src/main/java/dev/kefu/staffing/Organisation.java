package dev.kefu.staffing;

import dev.kefu.spi.staff.Role;
import dev.kefu.spi.staff.StaffDirectory;
import dev.kefu.spi.staff.StaffMember;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the organisation in a staff directory (ST-1): every agent and VIP agent reports to one
 * team lead; every lead but the general manager reports to someone of a higher rank; reporting
 * lines end without a cycle. Escalation follows the reporting line
 * ({@link StaffDirectory#reportingLine}).
 *
 * <p>Stateless and thread-safe.
 */
public final class Organisation {

  private Organisation() {}

  /**
   * Every finding about the directory's reporting lines (rule {@code ST-1}).
   *
   * @param directory the directory
   * @return the findings, member by member; empty if the organisation keeps ST-1
   */
  public static List<RuleFinding> check(StaffDirectory directory) {
    Objects.requireNonNull(directory, "directory");
    List<RuleFinding> out = new ArrayList<>();
    for (StaffMember m : directory.members()) {
      Optional<StaffMember> lead = m.reportsTo().flatMap(directory::find);
      boolean desk = m.role() == Role.AGENT || m.role() == Role.VIP_AGENT;
      if (m.reportsTo().isPresent() && lead.isEmpty()) {
        out.add(finding(m, "reports to someone the directory does not know"));
      } else if (desk && (lead.isEmpty() || lead.get().role() != Role.TEAM_LEAD)) {
        out.add(finding(m, "an agent reports to one team lead, this one to " + lead.map(l -> l.role().toString()).orElse("no one")));
      } else if (m.role() != Role.GENERAL_MANAGER && m.role().isLead() && lead.isPresent()
          && LeavePolicy.rank(lead.get().role()) <= LeavePolicy.rank(m.role())) {
        out.add(finding(m, "a " + m.role() + " reports to a " + lead.get().role() + ", not to a higher rank"));
      }
      if (cycles(directory, m)) {
        out.add(finding(m, "the reporting line comes back to this member"));
      }
    }
    return out;
  }

  private static boolean cycles(StaffDirectory directory, StaffMember m) {
    Set<Object> seen = new HashSet<>();
    Optional<StaffMember> next = Optional.of(m);
    while (next.isPresent()) {
      if (!seen.add(next.get().id())) {
        return next.get().id().equals(m.id());
      }
      next = next.get().reportsTo().flatMap(directory::find);
    }
    return false;
  }

  private static RuleFinding finding(StaffMember m, String detail) {
    return new RuleFinding("ST-1", Optional.of(m.id()), Optional.empty(), detail);
  }
}
