package dev.kefu.spi.staff;

import dev.kefu.spi.Aggregate;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A traffic peak or system incident raised to the shift lead (ST-14).
 *
 * @param id the alert's id, given by whoever raised it
 * @param kind peak or incident
 * @param summary what happened, without personal data
 * @param raisedBy who raised it
 * @param raisedAt when
 * @param recipients the shift leads it was raised to
 */
public record StaffAlert(String id, Kind kind, String summary, StaffId raisedBy, Instant raisedAt, List<StaffId> recipients)
    implements Aggregate {

  /** The aggregate type name. */
  public static final String TYPE = "staff-alert";

  /** What the alert is about. */
  public enum Kind {
    /** More contacts than planned. */
    PEAK,
    /** A system incident: the shop, payment or a channel is failing. */
    INCIDENT
  }

  /**
   * Creates an alert.
   *
   * @throws NullPointerException if an argument is null
   */
  public StaffAlert {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(raisedBy, "raisedBy");
    Objects.requireNonNull(raisedAt, "raisedAt");
    recipients = List.copyOf(Objects.requireNonNull(recipients, "recipients"));
  }

  @Override
  public String aggregateType() {
    return TYPE;
  }

  @Override
  public String aggregateId() {
    return id;
  }

  @Override
  public long version() {
    return 1;
  }
}
