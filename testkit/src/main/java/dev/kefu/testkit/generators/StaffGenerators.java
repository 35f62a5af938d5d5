package dev.kefu.testkit.generators;

import static dev.kefu.testkit.generators.Values.digits;
import static dev.kefu.testkit.generators.Values.oneIn;
import static dev.kefu.testkit.generators.Values.pick;

import dev.kefu.spi.staff.Role;
import dev.kefu.spi.staff.Skill;
import dev.kefu.spi.staff.StaffId;
import dev.kefu.spi.staff.StaffMember;
import dev.kefu.spi.staff.TeamId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/** Generators of staff: ids, teams, skills and members. */
final class StaffGenerators {

  private StaffGenerators() {}

  static StaffId staffId(RandomGenerator random) {
    return StaffId.of("s-" + digits(random, 6));
  }

  static TeamId teamId(RandomGenerator random) {
    return TeamId.of(pick(random, Values.TEAMS));
  }

  static Skill skill(RandomGenerator random) {
    return Skill.of(pick(random, Values.SKILLS), random.nextInt(Skill.MIN_LEVEL, Skill.MAX_LEVEL + 1));
  }

  /** A member with distinct skill names who never reports to themselves. */
  static StaffMember staffMember(RandomGenerator random) {
    StaffId id = staffId(random);
    Optional<StaffId> lead = oneIn(random, 4) ? Optional.empty() : Optional.of(staffId(random));
    List<Skill> skills = new ArrayList<>();
    for (String name : Values.subset(random, Values.SKILLS, 3)) {
      skills.add(Skill.of(name, random.nextInt(Skill.MIN_LEVEL, Skill.MAX_LEVEL + 1)));
    }
    return StaffMember.builder()
        .id(id)
        .name(pick(random, Values.NAMES))
        .role(pick(random, List.of(Role.values())))
        .team(oneIn(random, 4) ? Optional.empty() : Optional.of(teamId(random)))
        .reportsTo(lead.filter(l -> !l.equals(id)))
        .skills(skills)
        .build();
  }
}
