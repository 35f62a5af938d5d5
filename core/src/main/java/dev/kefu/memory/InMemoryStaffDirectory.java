package dev.kefu.memory;

import dev.kefu.spi.staff.StaffDirectory;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.staff.StaffMember;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A staff directory in memory: the default, and handy in tests and the demo.
 *
 * <p>Thread-safe; members can be added or replaced while kefu runs.
 */
public final class InMemoryStaffDirectory implements StaffDirectory {

  private final ConcurrentMap<StaffId, StaffMember> members = new ConcurrentHashMap<>();

  /** Creates an empty directory. */
  public InMemoryStaffDirectory() {}

  /**
   * A directory holding the given members.
   *
   * @param members the members
   * @return the directory
   */
  public static InMemoryStaffDirectory of(List<StaffMember> members) {
    InMemoryStaffDirectory d = new InMemoryStaffDirectory();
    members.forEach(d::put);
    return d;
  }

  /**
   * Adds or replaces a member.
   *
   * @param member the member
   * @return this directory
   */
  public InMemoryStaffDirectory put(StaffMember member) {
    Objects.requireNonNull(member, "member");
    members.put(member.id(), member);
    return this;
  }

  @Override
  public Optional<StaffMember> find(StaffId id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(members.get(id));
  }

  @Override
  public List<StaffMember> members() {
    return members.values().stream().sorted(Comparator.comparing(m -> m.id().value())).toList();
  }
}
