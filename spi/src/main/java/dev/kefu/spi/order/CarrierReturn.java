package dev.kefu.spi.order;

import java.time.Instant;
import java.util.Objects;

/**
 * A parcel the carrier brought back, as recorded on its order (TK-13).
 *
 * @param kind rejected at the door or returned later
 * @param reason why
 * @param outcome what became of it
 * @param at when
 */
public record CarrierReturn(OrderEvent.CarrierReturnKind kind, String reason, String outcome, Instant at) {

  /**
   * Creates a record.
   *
   * @throws NullPointerException if an argument is null
   */
  public CarrierReturn {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(at, "at");
  }
}
