package dev.kefu.spi.event;

import dev.kefu.spi.staff.StaffAlert;
import java.util.Objects;

/**
 * A peak or an incident was raised to the shift lead (ST-14).
 *
 * @param meta the event metadata
 * @param alert the alert
 */
public record StaffAlertRaised(EventMeta meta, StaffAlert alert) implements DomainEvent {

  /** The stable type name. */
  public static final String TYPE = "staff.alert.raised";

  /**
   * Creates the event.
   *
   * @throws NullPointerException if an argument is null
   */
  public StaffAlertRaised {
    Objects.requireNonNull(meta, "meta");
    Objects.requireNonNull(alert, "alert");
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public int schemaVersion() {
    return 1;
  }
}
