package dev.kefu.spi.event;

import java.time.Instant;
import java.util.Optional;

/**
 * A scheduled duty is due (the duty scheduler): for example the 16:00 payment reminders.
 *
 * @param meta the event metadata
 * @param dutyId the duty
 * @param occurrence the instant the duty came due
 * @param deadline the instant it must be done by, for duties with a deadline
 */
public record DutyDue(EventMeta meta, String dutyId, Instant occurrence, Optional<Instant> deadline) implements DomainEvent {

  /** The stable type name. */
  public static final String TYPE = "duty.due";

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public int schemaVersion() {
    return 1;
  }
}
