package dev.kefu.spi.store;

import dev.kefu.spi.Aggregate;
import java.time.Instant;
import java.util.Objects;

/**
 * A request id or inbound event id that was applied, with the result it produced. A repeat of the
 * same key has no new effect and gets this result back.
 *
 * @param key the request id or event id
 * @param commandType the command it carried, for example {@code "OpenTicket"}; a repeat with a
 *     different command is a caller error
 * @param result the aggregate as the first application left it
 * @param appliedAt when it was applied
 */
public record AppliedRequest(String key, String commandType, Aggregate result, Instant appliedAt) {

  /**
   * Creates an applied-request record.
   *
   * @throws NullPointerException if an argument is null
   */
  public AppliedRequest {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(commandType, "commandType");
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(appliedAt, "appliedAt");
  }
}
