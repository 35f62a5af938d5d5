package dev.kefu.spi.customer;

import dev.kefu.spi.staff.StaffId;
import java.time.Instant;
import java.util.Objects;

/**
 * VIP status set by a supervisor rather than earned by rule (CU-4).
 *
 * @param grantedBy the supervisor (or above) who set it
 * @param grantedAt when
 * @param reason why
 */
public record VipGrant(StaffId grantedBy, Instant grantedAt, String reason) {

  /**
   * Creates a grant.
   *
   * @throws NullPointerException if an argument is null
   */
  public VipGrant {
    Objects.requireNonNull(grantedBy, "grantedBy");
    Objects.requireNonNull(grantedAt, "grantedAt");
    Objects.requireNonNull(reason, "reason");
  }
}
