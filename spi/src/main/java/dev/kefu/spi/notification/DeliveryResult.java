package dev.kefu.spi.notification;

import java.time.Instant;
import java.util.Objects;

/**
 * What became of one attempt to send a notification: delivered, try again later, or failed for
 * good.
 */
public sealed interface DeliveryResult
    permits DeliveryResult.Delivered, DeliveryResult.RetryLater, DeliveryResult.FailedPermanently {

  /** @return delivered */
  static DeliveryResult delivered() {
    return Delivered.INSTANCE;
  }

  /**
   * @param notBefore the earliest time to try again
   * @param reason what went wrong
   * @return retry later
   */
  static DeliveryResult retryLater(Instant notBefore, String reason) {
    return new RetryLater(notBefore, reason);
  }

  /**
   * @param reason why it can never be delivered
   * @return failed permanently
   */
  static DeliveryResult failedPermanently(String reason) {
    return new FailedPermanently(reason);
  }

  /** The channel accepted the notification. */
  enum Delivered implements DeliveryResult {
    /** The only value. */
    INSTANCE
  }

  /**
   * The channel could not deliver now and may later, for example when rate-limited. kefu retries
   * no earlier than {@code notBefore} and no earlier than its own back-off allows.
   *
   * @param notBefore the earliest time to try again
   * @param reason what went wrong, without personal data
   */
  record RetryLater(Instant notBefore, String reason) implements DeliveryResult {
    /**
     * Creates the result.
     *
     * @throws NullPointerException if an argument is null
     */
    public RetryLater {
      Objects.requireNonNull(notBefore, "notBefore");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * The notification can never be delivered, for example to an address that does not exist. kefu
   * parks it as dead with the reason.
   *
   * @param reason why, without personal data
   */
  record FailedPermanently(String reason) implements DeliveryResult {
    /**
     * Creates the result.
     *
     * @throws NullPointerException if {@code reason} is null
     */
    public FailedPermanently {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
