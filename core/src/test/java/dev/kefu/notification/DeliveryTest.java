package dev.kefu.notification;

import static dev.kefu.test.TestShop.AGENT;
import static dev.kefu.test.TestShop.by;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.memory.InMemoryStorage;
import dev.kefu.spi.Channel;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.notification.DeliveryResult;
import dev.kefu.spi.notification.Notification;
import dev.kefu.spi.store.OutboxEntry;
import dev.kefu.spi.store.PageRequest;
import dev.kefu.spi.ticket.TicketKind;
import dev.kefu.test.TestShop;
import dev.kefu.ticket.OpenTicket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DeliveryTest {

  /** A channel that answers from a script, then delivers; records every attempt and delivery. */
  static final class ScriptedChannel implements dev.kefu.spi.notification.NotificationChannel {
    final Deque<Object> script = new ArrayDeque<>();
    final List<Notification> attempts = new ArrayList<>();
    final List<Notification> delivered = new ArrayList<>();

    @Override
    public DeliveryResult send(Notification n) {
      attempts.add(n);
      Object next = script.poll();
      if (next instanceof RuntimeException e) {
        throw e;
      }
      if (next instanceof DeliveryResult r) {
        return r;
      }
      delivered.add(n);
      return DeliveryResult.delivered();
    }
  }

  private final ScriptedChannel sms = new ScriptedChannel();
  private final TestShop shop = new TestShop(new InMemoryStorage(), b -> b.notificationChannel(Channel.SMS, sms)
      .retryPolicy(new RetryPolicy(Duration.ofSeconds(10), 2.0, Duration.ofMinutes(5), 4, 0.0)));

  private void openTicket(String customer) {
    if (shop.storage.customers().find(CustomerId.of(customer)).isEmpty()) {
      shop.register(customer);
    }
    shop.kefu.tickets().open(OpenTicket.of(by(AGENT), CustomerId.of(customer), TicketKind.COMPLAINT, Channel.SMS, "s", "m"));
  }

  @Test
  @DisplayName("notifications leave from the outbox, never inline with the command")
  void notInline() {
    openTicket("c");
    assertThat(sms.attempts).isEmpty();
    assertThat(shop.counts()).containsEntry("outbox.pending", 1L);
    assertThat(shop.kefu.deliverNotifications().delivered()).isEqualTo(1);
    assertThat(shop.counts()).containsEntry("outbox.delivered", 1L);
  }

  @Test
  @DisplayName("one call claims batch after batch while they come back full, and stops at one that comes back short")
  void batchAfterBatch() {
    ScriptedChannel channel = new ScriptedChannel();
    TestShop small = new TestShop(new InMemoryStorage(), b -> b.notificationChannel(Channel.SMS, channel).batchSize(2));
    for (String customer : List.of("a", "b", "c", "d", "e")) {
      small.register(customer);
      small.kefu.tickets().open(OpenTicket.of(by(AGENT), CustomerId.of(customer), TicketKind.COMPLAINT, Channel.SMS, "s", "m"));
    }
    assertThat(small.counts()).containsEntry("outbox.pending", 5L);
    assertThat(small.kefu.deliverNotifications().delivered()).as("batches of 2, 2 and 1 in one call").isEqualTo(5);
    assertThat(channel.delivered).hasSize(5);
    assertThat(small.counts()).containsEntry("outbox.delivered", 5L);
  }

  @Test
  @DisplayName("a failed send is retried with exponential back-off from the injected clock, then parked")
  void backoffThenPark() {
    openTicket("c");
    for (int i = 0; i < 4; i++) {
      sms.script.add(DeliveryResult.retryLater(Instant.EPOCH, "gateway busy"));
    }
    Instant start = shop.clock.instant();
    assertThat(shop.kefu.deliverNotifications().retried()).isEqualTo(1);
    assertThat(shop.kefu.deliverNotifications().attempted()).as("not before the back-off").isZero();
    List<Duration> waits = new ArrayList<>();
    Instant last = start;
    for (int failure = 1; failure < 4; failure++) {
      Instant due = shop.storage.outbox().list(OutboxEntry.Status.PENDING, PageRequest.first(1)).items().get(0).nextAttemptAt();
      waits.add(Duration.between(last, due));
      shop.clock.set(due.minusMillis(1));
      assertThat(shop.kefu.deliverNotifications().attempted()).isZero();
      shop.clock.set(due);
      last = due;
      DeliveryReport r = shop.kefu.deliverNotifications();
      if (failure < 3) {
        assertThat(r.retried()).isEqualTo(1);
      } else {
        assertThat(r.parked()).isEqualTo(1);
      }
    }
    assertThat(waits).containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(40));
    OutboxEntry dead = shop.storage.outbox().list(OutboxEntry.Status.DEAD, PageRequest.first(1)).items().get(0);
    assertThat(dead.lastError()).hasValueSatisfying(e -> assertThat(e).contains("4 attempts").contains("gateway busy"));
    assertThat(sms.delivered).isEmpty();
  }

  @Test
  @DisplayName("a channel's own retry time is honoured when it is later than the back-off; a thrown exception counts as a retry")
  void retryLaterAndExceptions() {
    openTicket("c");
    Instant later = shop.clock.instant().plus(Duration.ofHours(2));
    sms.script.add(DeliveryResult.retryLater(later, "rate limited"));
    sms.script.add(new IllegalStateException("connection reset"));
    shop.kefu.deliverNotifications();
    assertThat(shop.storage.outbox().list(OutboxEntry.Status.PENDING, PageRequest.first(1)).items().get(0).nextAttemptAt()).isEqualTo(later);
    shop.clock.set(later);
    assertThat(shop.kefu.deliverNotifications().retried()).isEqualTo(1);
    shop.clock.advance(Duration.ofSeconds(20));
    assertThat(shop.kefu.deliverNotifications().delivered()).isEqualTo(1);
    assertThat(sms.delivered).hasSize(1);
  }

  @Test
  @DisplayName("order per customer is kept while a message waits; a parked message does not block later ones; other customers go on")
  void orderAndParking() {
    openTicket("a"); // a1
    openTicket("a"); // a2
    openTicket("b"); // b1
    sms.script.add(DeliveryResult.failedPermanently("no such number")); // a1 dies
    DeliveryReport first = shop.kefu.deliverNotifications();
    assertThat(first.parked()).isEqualTo(1);
    assertThat(first.delivered()).isEqualTo(2); // b1 at once, a2 right after a1 was parked
    assertThat(sms.delivered).extracting(n -> n.recipient().id()).containsExactlyInAnyOrder("a", "b");

    openTicket("a"); // a3
    openTicket("a"); // a4
    sms.script.add(DeliveryResult.retryLater(Instant.EPOCH, "busy")); // a3 waits
    shop.kefu.deliverNotifications();
    assertThat(sms.delivered).hasSize(2).as("a4 must not overtake a3");
    shop.clock.advance(Duration.ofMinutes(1));
    shop.kefu.deliverNotifications();
    List<String> keys = sms.delivered.stream().map(Notification::idempotencyKey).toList();
    assertThat(keys).hasSize(4);
    List<Notification> forA = sms.delivered.stream().filter(n -> n.recipient().id().equals("a")).toList();
    List<Notification> attemptsA = sms.attempts.stream().filter(n -> n.recipient().id().equals("a")).distinct().toList();
    assertThat(forA).containsExactlyElementsOf(attemptsA.subList(1, attemptsA.size()));
  }

  @Test
  @DisplayName("a customer's messages go out several in one batch, in order; after a failure the rest of the queue waits for it")
  void severalOfAQueueInOneBatch() {
    for (int i = 0; i < 5; i++) {
      openTicket("a"); // a1 to a5
    }
    openTicket("b"); // b1
    List<String> committed = shop.storage.outbox().list(OutboxEntry.Status.PENDING, PageRequest.first(10)).items().stream()
        .map(e -> e.message().notification().idempotencyKey()).toList();
    sms.script.add("deliver a1");
    sms.script.add("deliver a2");
    sms.script.add(DeliveryResult.retryLater(Instant.EPOCH, "busy")); // a3 waits, and a4 and a5 behind it

    DeliveryReport first = shop.kefu.deliverNotifications();

    assertThat(first.delivered()).isEqualTo(3);
    assertThat(first.retried()).isEqualTo(1);
    assertThat(sms.attempts).extracting(Notification::idempotencyKey)
        .containsExactly(committed.get(0), committed.get(1), committed.get(2), committed.get(5));
    shop.clock.advance(Duration.ofMinutes(1));
    assertThat(shop.kefu.deliverNotifications().delivered()).isEqualTo(3);
    assertThat(sms.delivered).extracting(Notification::idempotencyKey).containsExactly(
        committed.get(0), committed.get(1), committed.get(5), committed.get(2), committed.get(3), committed.get(4));
    assertThat(shop.counts()).containsEntry("outbox.delivered", 6L).containsEntry("outbox.pending", 0L);
  }

  @Test
  @DisplayName("a store that keeps only the last delivered notifications lists and counts only those")
  void keepingOnlyTheLastDelivered() {
    TestShop small = new TestShop(InMemoryStorage.builder().keepDeliveredNotifications(2).build(),
        b -> b.notificationChannel(Channel.SMS, sms));
    small.register("c");
    for (int i = 0; i < 5; i++) {
      small.kefu.tickets().open(OpenTicket.of(by(AGENT), CustomerId.of("c"), TicketKind.COMPLAINT, Channel.SMS, "s", "m"));
    }
    List<OutboxEntry> committed = small.storage.outbox().list(OutboxEntry.Status.PENDING, PageRequest.first(10)).items();

    assertThat(small.kefu.deliverNotifications().delivered()).isEqualTo(5);

    assertThat(sms.delivered).hasSize(5);
    assertThat(small.storage.outbox().list(OutboxEntry.Status.DELIVERED, PageRequest.first(10)).items())
        .extracting(OutboxEntry::sequence).containsExactly(committed.get(3).sequence(), committed.get(4).sequence());
    assertThat(small.counts()).containsEntry("outbox.delivered", 2L).containsEntry("outbox.pending", 0L);
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> InMemoryStorage.builder().keepDeliveredNotifications(-1));
  }

  @Test
  @DisplayName("two instances delivering from one outbox at once never send a message twice")
  void sharedOutbox() throws Exception {
    InMemoryStorage storage = new InMemoryStorage();
    Map<String, Integer> deliveries = new ConcurrentHashMap<>();
    dev.kefu.spi.notification.NotificationChannel counting = n -> {
      deliveries.merge(n.idempotencyKey(), 1, Integer::sum);
      return DeliveryResult.delivered();
    };
    TestShop a = new TestShop(storage, b -> b.notificationChannel(Channel.SMS, counting).instanceId("a"));
    TestShop b = new TestShop(storage, x -> x.notificationChannel(Channel.SMS, counting).instanceId("b"));
    for (int i = 0; i < 200; i++) {
      String customer = "c" + (i % 20);
      if (storage.customers().find(CustomerId.of(customer)).isEmpty()) {
        a.register(customer);
      }
      a.kefu.tickets().open(OpenTicket.of(by(AGENT), CustomerId.of(customer), TicketKind.COMPLAINT, Channel.SMS, "s", "m"));
    }
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      java.util.concurrent.CyclicBarrier gate = new java.util.concurrent.CyclicBarrier(2);
      List<java.util.concurrent.Future<Integer>> runs = new ArrayList<>();
      for (TestShop shop : List.of(a, b)) {
        runs.add(pool.submit(() -> {
          gate.await();
          int n = 0;
          for (int round = 0; round < 50; round++) {
            n += shop.kefu.deliverNotifications().delivered();
          }
          return n;
        }));
      }
      int total = runs.get(0).get() + runs.get(1).get();
      assertThat(total).isEqualTo(200);
    } finally {
      pool.shutdownNow();
    }
    assertThat(deliveries).hasSize(200);
    assertThat(deliveries.values()).containsOnly(1);
  }
}
