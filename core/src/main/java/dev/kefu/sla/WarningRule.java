package dev.kefu.sla;

import java.time.Duration;
import java.util.Objects;

/**
 * When a clock warns before it breaches: at a share of the target or a fixed lead time before the
 * due instant, whichever comes earlier.
 *
 * @param share the share of the target after which to warn, above 0 and at most 1 (1 means no
 *     warning by share)
 * @param leadTime how long before the due instant to warn at the latest; zero for none
 */
public record WarningRule(double share, Duration leadTime) {

  /**
   * Creates a rule.
   *
   * @throws NullPointerException if {@code leadTime} is null
   * @throws IllegalArgumentException if the share is not in (0, 1] or the lead time is negative
   */
  public WarningRule {
    Objects.requireNonNull(leadTime, "leadTime");
    if (!(share > 0 && share <= 1)) {
      throw new IllegalArgumentException("the warning share must be above 0 and at most 1, was " + share);
    }
    if (leadTime.isNegative()) {
      throw new IllegalArgumentException("the warning lead time cannot be negative, was " + leadTime);
    }
  }

  /** @return warn at 80% of the target, no lead time: the default */
  public static WarningRule defaults() {
    return new WarningRule(0.8, Duration.ZERO);
  }

  /**
   * @param share the share
   * @return warn at a share of the target
   */
  public static WarningRule atShare(double share) {
    return new WarningRule(share, Duration.ZERO);
  }

  /**
   * @param value the lead time
   * @return a copy that also warns this long before the due instant
   */
  public WarningRule withLeadTime(Duration value) {
    return new WarningRule(share, value);
  }

  /**
   * The counted time after which a clock with this target warns.
   *
   * @param target the target
   * @return the earlier of {@code share * target} and {@code target - leadTime}, never negative
   */
  public Duration warnAfter(Duration target) {
    Duration byShare = Duration.ofNanos(Math.round(target.toNanos() * share));
    Duration byLead = leadTime.isZero() ? target : target.minus(leadTime);
    Duration earlier = byShare.compareTo(byLead) <= 0 ? byShare : byLead;
    return earlier.isNegative() ? Duration.ZERO : earlier;
  }
}
