package dev.kefu.spi.complaint;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * Identifies a complaint.
 *
 * @param value the identifier
 */
public record ComplaintId(@NotBlank @Size(max = 64) String value) {

  /**
   * Creates a complaint id.
   *
   * @throws NullPointerException if {@code value} is null
   */
  public ComplaintId {
    Objects.requireNonNull(value, "value");
  }

  /**
   * A complaint id.
   *
   * @param value the identifier
   * @return the id
   */
  public static ComplaintId of(String value) {
    return new ComplaintId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
