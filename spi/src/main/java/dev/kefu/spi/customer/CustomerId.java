package dev.kefu.spi.customer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * Identifies a customer, as the shop's own user system knows them.
 *
 * @param value the identifier, not blank, at most 64 characters
 */
public record CustomerId(@NotBlank @Size(max = 64) String value) {

  /**
   * Creates a customer id.
   *
   * @throws NullPointerException if {@code value} is null
   */
  public CustomerId {
    Objects.requireNonNull(value, "value");
  }

  /**
   * A customer id.
   *
   * @param value the identifier
   * @return the id
   */
  public static CustomerId of(String value) {
    return new CustomerId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
