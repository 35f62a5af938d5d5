package dev.kefu.spi.staff;

import java.util.Objects;

/**
 * Something an agent is good at, with a level from 1 (learning) to 5 (expert). Skills weigh the
 * assignment of customers (CU-7) and routing.
 *
 * @param name the skill, for example {@code "after-sale"} or {@code "english"}
 * @param level 1 to 5
 */
public record Skill(String name, int level) {

  /** The lowest level. */
  public static final int MIN_LEVEL = 1;

  /** The highest level. */
  public static final int MAX_LEVEL = 5;

  /**
   * Creates a skill.
   *
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if {@code name} is blank or {@code level} is not 1 to 5
   */
  public Skill {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("skill name must not be blank");
    }
    if (level < MIN_LEVEL || level > MAX_LEVEL) {
      throw new IllegalArgumentException("skill level must be 1 to 5, was " + level);
    }
  }

  /**
   * A skill.
   *
   * @param name the skill
   * @param level 1 to 5
   * @return the skill
   */
  public static Skill of(String name, int level) {
    return new Skill(name, level);
  }
}
