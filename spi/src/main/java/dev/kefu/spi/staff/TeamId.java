package dev.kefu.spi.staff;

import java.util.Objects;

/**
 * Identifies a team of agents under one team lead.
 *
 * @param value the identifier
 */
public record TeamId(String value) {

  /**
   * Creates a team id.
   *
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public TeamId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("team id must not be blank");
    }
  }

  /**
   * A team id.
   *
   * @param value the identifier
   * @return the id
   */
  public static TeamId of(String value) {
    return new TeamId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
