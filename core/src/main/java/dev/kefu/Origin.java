package dev.kefu;

import dev.kefu.spi.staff.StaffId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import java.util.Optional;

/**
 * Who makes a command, and the request id that makes a retry harmless. Every command carries
 * one: kefu checks the actor's role may make it (ST-1), and a command whose request id was
 * applied before returns the first result and has no new effect.
 *
 * <p>Request ids must be unique across the shop (use UUIDs); reusing one for a different command
 * is refused.
 *
 * @param actor the member of staff making the command
 * @param requestId the caller's id for this request, or null for none
 */
public record Origin(
    @NotNull @Valid StaffId actor,
    @Size(min = 1, max = 128) @Pattern(regexp = "\\S+", message = "must not contain whitespace") String requestId) {

  /**
   * A command by an actor, without a request id.
   *
   * @param actor the actor
   * @return the origin
   * @throws NullPointerException if {@code actor} is null
   */
  public static Origin of(StaffId actor) {
    return new Origin(Objects.requireNonNull(actor, "actor"), null);
  }

  /**
   * A command by an actor with a request id.
   *
   * @param actor the actor
   * @param requestId the request id
   * @return the origin
   * @throws NullPointerException if an argument is null
   */
  public static Origin of(StaffId actor, String requestId) {
    return new Origin(Objects.requireNonNull(actor, "actor"), Objects.requireNonNull(requestId, "requestId"));
  }

  /** @return the request id, if the caller gave one */
  public Optional<String> requestIdIfAny() {
    return Optional.ofNullable(requestId);
  }
}
