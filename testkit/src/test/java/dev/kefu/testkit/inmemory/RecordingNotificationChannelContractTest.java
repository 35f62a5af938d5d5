package dev.kefu.testkit.inmemory;

import dev.kefu.spi.notification.NotificationChannel;
import dev.kefu.testkit.contract.NotificationChannelContract;
import dev.kefu.testkit.notification.RecordingNotificationChannel;

/** The recording channel that hosts use in their tests keeps the NotificationChannel contract. */
class RecordingNotificationChannelContractTest extends NotificationChannelContract {

  @Override
  protected NotificationChannel newChannel() {
    return RecordingNotificationChannel.delivering();
  }

  @Override
  protected int deliveriesOf(NotificationChannel channel, String idempotencyKey) {
    return ((RecordingNotificationChannel) channel).deliveriesOf(idempotencyKey);
  }
}
