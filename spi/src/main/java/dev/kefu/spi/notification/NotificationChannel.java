package dev.kefu.spi.notification;

/**
 * Sends notifications on one kind of channel: an SMS gateway, a mail server, an app push
 * service.
 *
 * <p><b>Threading:</b> kefu calls {@code send} from the thread that runs delivery; several kefu
 * instances may call one channel concurrently, so implementations must be thread-safe.
 * <b>Idempotency:</b> a notification whose {@link Notification#idempotencyKey()} was delivered
 * before must not be delivered again; kefu may repeat a send after a crash. <b>Exceptions:</b> an
 * unchecked exception counts as {@link DeliveryResult#retryLater retry later} with kefu's back-off;
 * return {@link DeliveryResult#failedPermanently} for a message that can never be delivered.
 *
 * <p>Run {@code NotificationChannelContract} from {@code kefu-testkit} against an implementation.
 * Evolves only by adding default methods.
 */
@FunctionalInterface
public interface NotificationChannel {

  /**
   * Sends one notification.
   *
   * @param notification what to send
   * @return what became of it
   */
  DeliveryResult send(Notification notification);
}
