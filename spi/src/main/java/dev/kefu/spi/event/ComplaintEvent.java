package dev.kefu.spi.event;

import dev.kefu.spi.complaint.ComplaintId;
import dev.kefu.spi.complaint.ComplaintStatus;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.staff.StaffId;
import java.util.Objects;

/**
 * A step of a complaint's closed loop (CP-2 to CP-12). One record serves every step; its
 * {@link #type()} names the step, as the complaint lifecycle table lists it, for example
 * {@code "complaint.resolution-approved"}.
 *
 * @param meta the event metadata
 * @param type the stable type name of the step
 * @param complaint the complaint
 * @param customer the complainant
 * @param status the status after the step
 * @param by who took the step
 * @param detail a short note without personal data: the department, the cause, the option type
 */
public record ComplaintEvent(
    EventMeta meta, String type, ComplaintId complaint, CustomerId customer, ComplaintStatus status, StaffId by, String detail)
    implements DomainEvent {

  /**
   * Creates the event.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the type is not a complaint event type
   */
  public ComplaintEvent {
    Objects.requireNonNull(meta, "meta");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(complaint, "complaint");
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(detail, "detail");
    if (!type.startsWith("complaint.")) {
      throw new IllegalArgumentException("not a complaint event type: " + type);
    }
  }

  @Override
  public int schemaVersion() {
    return 1;
  }
}
