package dev.kefu.spi.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kefu.spi.Channel;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NotificationTest {

  @Test
  void idempotencyKeyIsTheEventIdAndTheChannel() {
    Random random = new Random(11);
    for (int i = 0; i < 2_000; i++) {
      UUID id = i == 0 ? new UUID(0, 0) : i == 1 ? new UUID(-1, -1) : new UUID(random.nextLong(), random.nextLong());
      for (Channel channel : Channel.values()) {
        assertEquals(id + ":" + channel, Notification.idempotencyKey(id, channel));
      }
    }
    assertEquals("00000000-0000-0000-0000-000000000000:APP", Notification.idempotencyKey(new UUID(0, 0), Channel.APP));
  }
}
