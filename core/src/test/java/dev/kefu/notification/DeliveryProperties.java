package dev.kefu.notification;

import static dev.kefu.test.TestShop.AGENT;
import static dev.kefu.test.TestShop.by;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.kefu.memory.InMemoryStorage;
import dev.kefu.spi.Channel;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.notification.DeliveryResult;
import dev.kefu.spi.notification.Notification;
import dev.kefu.spi.notification.NotificationChannel;
import dev.kefu.spi.ticket.TicketKind;
import dev.kefu.test.TestShop;
import dev.kefu.ticket.OpenTicket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** With a channel that fails at random, every notification is eventually delivered exactly once, in order per customer. */
class DeliveryProperties {

  private static final int MAX_ATTEMPTS = 6;

  /** Fails each message a scripted number of times (fewer than the attempts kefu makes), alternating the kind of failure. */
  static final class FlakyChannel implements NotificationChannel {
    final List<Integer> failurePlan;
    final Map<String, Integer> remaining = new HashMap<>();
    final Map<String, Integer> delivered = new LinkedHashMap<>();
    final List<Notification> deliveryOrder = new ArrayList<>();
    int next;

    FlakyChannel(List<Integer> failurePlan) {
      this.failurePlan = failurePlan;
    }

    @Override
    public DeliveryResult send(Notification n) {
      int left = remaining.computeIfAbsent(n.idempotencyKey(), k -> failurePlan.get(next++ % failurePlan.size()));
      if (left > 0) {
        remaining.put(n.idempotencyKey(), left - 1);
        if (left % 2 == 0) {
          throw new IllegalStateException("gateway down");
        }
        return DeliveryResult.retryLater(java.time.Instant.EPOCH, "busy");
      }
      delivered.merge(n.idempotencyKey(), 1, Integer::sum);
      deliveryOrder.add(n);
      return DeliveryResult.delivered();
    }
  }

  @Test
  @DisplayName("a channel that fails at random: every notification is delivered exactly once, in order per customer")
  void exactlyOnce() {
    qt().withExamples(60).forAll(
        lists().of(integers().between(0, MAX_ATTEMPTS - 1)).ofSizeBetween(1, 20),
        lists().of(integers().between(0, 4)).ofSizeBetween(1, 25)).checkAssert((failures, customers) -> {
          FlakyChannel channel = new FlakyChannel(failures);
          TestShop shop = new TestShop(new InMemoryStorage(), b -> b.notificationChannel(Channel.SMS, channel)
              .retryPolicy(new RetryPolicy(Duration.ofSeconds(5), 2.0, Duration.ofMinutes(2), MAX_ATTEMPTS, 0.3)));
          Map<String, List<String>> committedOrder = new HashMap<>();
          for (int c : customers) {
            String id = "c" + c;
            if (shop.storage.customers().find(CustomerId.of(id)).isEmpty()) {
              shop.register(id);
            }
            shop.kefu.tickets().open(OpenTicket.of(by(AGENT), CustomerId.of(id), TicketKind.COMPLAINT, Channel.SMS, "s", "m"));
          }
          shop.storage.outbox().list(dev.kefu.spi.store.OutboxEntry.Status.PENDING, dev.kefu.spi.store.PageRequest.first(1000))
              .items().forEach(e -> committedOrder.computeIfAbsent(e.message().notification().recipient().id(), k -> new ArrayList<>())
                  .add(e.message().notification().idempotencyKey()));
          for (int round = 0; round < 200 && shop.counts().get("outbox.pending") > 0; round++) {
            shop.kefu.deliverNotifications();
            shop.clock.advance(Duration.ofMinutes(2));
          }
          assertThat(shop.counts()).containsEntry("outbox.pending", 0L).containsEntry("outbox.dead", 0L);
          assertThat(channel.delivered).hasSize(customers.size());
          assertThat(channel.delivered.values()).containsOnly(1);
          Map<String, List<String>> deliveredOrder = new HashMap<>();
          channel.deliveryOrder.forEach(n -> deliveredOrder.computeIfAbsent(n.recipient().id(), k -> new ArrayList<>()).add(n.idempotencyKey()));
          assertThat(deliveredOrder).isEqualTo(committedOrder);
        });
  }
}
