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
    List<StaffMember> line = new ArrayList<>();
    Set<StaffId> seen = new HashSet<>();
    seen.add(id);
    Optional<StaffId> next = find(id).flatMap(StaffMember::reportsTo);
    while (next.isPresent() && seen.add(next.get())) {
      Optional<StaffMember> lead = find(next.get());
      if (lead.isEmpty()) {
        break;
      }
      line.add(lead.get());
      next = lead.get().reportsTo();
    }
    return line;
  }
}
