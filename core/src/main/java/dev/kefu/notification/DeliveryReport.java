package dev.kefu.notification;

/**
 * What one delivery run did.
 *
 * @param delivered messages the channels accepted
 * @param retried messages that failed and wait for a retry
 * @param parked messages given up and parked as dead
 */
public record DeliveryReport(int delivered, int retried, int parked) {

  /** @return how many messages were attempted */
  public int attempted() {
    return delivered + retried + parked;
  }
}
