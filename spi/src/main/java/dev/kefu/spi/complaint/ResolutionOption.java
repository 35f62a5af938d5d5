package dev.kefu.spi.complaint;

import dev.kefu.spi.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import java.util.Optional;

/**
 * One way to resolve a complaint (CP-5): its type, what exactly, and the money involved, if any.
 *
 * @param type the kind of resolution
 * @param description what exactly, in a line
 * @param amount the money involved (refund, compensation), or null
 */
public record ResolutionOption(@NotNull ResolutionType type, @NotBlank @Size(max = 500) String description, @Valid Money amount) {

  /**
   * Creates an option.
   *
   * @throws NullPointerException if the type or description is null
   */
  public ResolutionOption {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(description, "description");
  }

  /**
   * An option without money.
   *
   * @param type the kind
   * @param description what exactly
   * @return the option
   */
  public static ResolutionOption of(ResolutionType type, String description) {
    return new ResolutionOption(type, description, null);
  }

  /** @return the money involved, if any */
  public Optional<Money> money() {
    return Optional.ofNullable(amount);
  }
}
