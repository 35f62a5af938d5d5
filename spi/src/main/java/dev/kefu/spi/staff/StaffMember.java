package dev.kefu.spi.staff;

import dev.kefu.spi.internal.KefuStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A member of the customer-service staff (ST-1): who they are, their role, their team, whom they
 * report to and what they are good at.
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder()}; change one with the withers or
 * {@link #toBuilder()}. The name is personal data and is masked in {@link #toString()}.
 */
@Value.Immutable
@KefuStyle
public interface StaffMember {

  /** @return the staff id */
  StaffId id();

  /** @return the display name; masked in {@code toString()} */
  @Value.Redacted
  String name();

  /** @return the role */
  Role role();

  /** @return the team, if the member belongs to one */
  Optional<TeamId> team();

  /** @return whom this member reports to (their lead); empty at the top of the line */
  Optional<StaffId> reportsTo();

  /** @return the member's skills with levels */
  List<Skill> skills();

  /**
   * The level of a skill.
   *
   * @param skillName the skill's name
   * @return the level, or 0 if the member does not have it
   */
  default int levelOf(String skillName) {
    return skills().stream().filter(s -> s.name().equals(skillName)).mapToInt(Skill::level).max().orElse(0);
  }

  /**
   * A copy with another role.
   *
   * @param role the new role
   * @return the changed copy
   */
  StaffMember withRole(Role role);

  /**
   * A copy that reports to someone else.
   *
   * @param lead the new lead
   * @return the changed copy
   */
  StaffMember withReportsTo(StaffId lead);

  /** @return a builder holding this member's values */
  default Builder toBuilder() {
    return new Builder().from(this);
  }

  /** @return a new builder */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link StaffMember}s; not thread-safe. */
  final class Builder extends ImmutableStaffMember.Builder {}

  @Value.Check
  default void check() {
    if (name().isBlank()) {
      throw new IllegalStateException("staff name must not be blank");
    }
    if (reportsTo().filter(id()::equals).isPresent()) {
      throw new IllegalStateException("a staff member cannot report to themselves");
    }
  }
}
