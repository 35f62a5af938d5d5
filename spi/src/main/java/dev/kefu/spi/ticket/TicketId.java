package dev.kefu.spi.ticket;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * Identifies a ticket.
 *
 * @param value the identifier
 */
public record TicketId(@NotBlank @Size(max = 64) String value) {

  /**
   * Creates a ticket id.
   *
   * @throws NullPointerException if {@code value} is null
   */
  public TicketId {
    Objects.requireNonNull(value, "value");
  }

  /**
   * A ticket id.
   *
   * @param value the identifier
   * @return the id
   */
  public static TicketId of(String value) {
    return new TicketId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
