package dev.kefu.notification;

import dev.kefu.spi.notification.DeliveryResult;
import dev.kefu.spi.notification.Notification;
import dev.kefu.spi.notification.NotificationChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default channel: writes each notification to the SLF4J log and reports it delivered. Logs
 * the template, channel and idempotency key, never the address or the parameters (personal
 * data, CU-8). Stands in until the host wires real channels.
 *
 * <p>Thread-safe.
 */
public final class LoggingNotificationChannel implements NotificationChannel {

  private static final Logger LOG = LoggerFactory.getLogger(LoggingNotificationChannel.class);

  /** Creates the channel. */
  public LoggingNotificationChannel() {}

  @Override
  public DeliveryResult send(Notification notification) {
    LOG.info("notification {} on {} to {} {} (key {})", notification.templateKey(), notification.channel(),
        notification.recipient().kind(), notification.recipient().address(), notification.idempotencyKey());
    return DeliveryResult.delivered();
  }
}
