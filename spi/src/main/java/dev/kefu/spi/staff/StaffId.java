package dev.kefu.spi.staff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * Identifies a member of staff, as the host's staff directory knows them.
 *
 * @param value the identifier, not blank, at most 64 characters
 */
public record StaffId(@NotBlank @Size(max = 64) String value) {

  /**
   * Creates a staff id.
   *
   * @throws NullPointerException if {@code value} is null
   */
  public StaffId {
    Objects.requireNonNull(value, "value");
  }

  /**
   * A staff id.
   *
   * @param value the identifier
   * @return the id
   */
  public static StaffId of(String value) {
    return new StaffId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
