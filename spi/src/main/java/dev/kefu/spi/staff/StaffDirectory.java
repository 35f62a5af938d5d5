package dev.kefu.spi.staff;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The host's directory of customer-service staff. kefu reads it to learn an actor's role and
 * reporting line (ST-1); it never writes to it.
 *
 * <p><b>Threading:</b> called concurrently from every command; implementations must be
 * thread-safe. <b>Idempotency:</b> reads only. <b>Exceptions:</b> an unchecked exception aborts the
 * command that needed the lookup, with nothing written.
 *
 * <p>Evolves only by adding default methods.
 */
public interface StaffDirectory {

  /**
   * Looks up a member of staff.
   *
   * @param id the staff id
   * @return the member, or empty if the directory does not know them
   */
  Optional<StaffMember> find(StaffId id);

  /**
   * Every member of staff, in a stable order.
   *
   * @return all members
   */
  List<StaffMember> members();

  /**
   * The leads above a member, nearest first, following {@link StaffMember#reportsTo()} (ST-1). A
   * cycle in the directory ends the line where it would repeat.
   *
   * @param id the member
   * @return the reporting line, empty if the member is unknown or reports to no one
   */
  default List<StaffMember> reportingLine(StaffId id) {
    List<StaffMember> line = new ArrayList<>(4);
    Set<StaffId> seen = null; // a long line keeps a set of whom it met; a short one is searched
    Optional<StaffId> next = find(id).flatMap(StaffMember::reportsTo);
    while (next.isPresent()) {
      StaffId lead = next.get();
      if (seen == null && line.size() >= 16) {
        seen = new HashSet<>();
        seen.add(id);
        for (StaffMember m : line) {
          seen.add(m.id());
        }
      }
      if (seen != null ? !seen.add(lead) : lead.equals(id) || isIn(line, lead)) {
        break; // a cycle: the line ends where it would repeat
      }
      Optional<StaffMember> member = find(lead);
      if (member.isEmpty()) {
        break;
      }
      line.add(member.get());
      next = member.get().reportsTo();
    }
    return line;
  }

  private static boolean isIn(List<StaffMember> line, StaffId id) {
    for (StaffMember m : line) {
      if (m.id().equals(id)) {
        return true;
      }
    }
    return false;
  }
}
