package dev.kefu.spi.order;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * The shop's own id of an order, as the backend knows it.
 *
 * @param value the id, at most 100 characters
 */
public record OrderId(@NotBlank @Size(max = 100) String value) {

  /**
   * Creates an order id.
   *
   * @throws NullPointerException if {@code value} is null
   */
  public OrderId {
    Objects.requireNonNull(value, "value");
  }

  /**
   * @param value the id
   * @return the order id
   */
  public static OrderId of(String value) {
    return new OrderId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
