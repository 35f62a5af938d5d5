package dev.kefu.examples.shopday;

import dev.kefu.Kefu;
import dev.kefu.spi.Channel;
import dev.kefu.spi.notification.DeliveryResult;
import dev.kefu.spi.notification.Notification;
import dev.kefu.spi.notification.NotificationChannel;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Simulated senders for the four channels kefu can notify on (SMS, e-mail, app push, WeChat).
 * Each fails now and then like a real gateway: a busy gateway asks for a retry, and a few
 * addresses do not exist at all, so messages to them are parked. They count what they deliver,
 * per channel and per template, deliver each idempotency key once, and tell a listener about each
 * message delivered (the customers who answer the satisfaction surveys they received).
 *
 * <p>Not thread-safe: the simulation delivers on one thread.
 */
final class Gateways {

  private final Map<Channel, Gateway> gateways = new EnumMap<>(Channel.class);
  private Consumer<Notification> listener = n -> { };

  /**
   * Creates the gateways.
   *
   * @param random the random source for failures
   * @param clock the simulated clock, for retry times
   */
  Gateways(SplittableRandom random, Clock clock) {
    Consumer<Notification> delivered = n -> listener.accept(n);
    gateways.put(Channel.SMS, new Gateway(Channel.SMS, 0.05, 4, random.split(), clock, delivered));
    gateways.put(Channel.EMAIL, new Gateway(Channel.EMAIL, 0.02, 6, random.split(), clock, delivered));
    gateways.put(Channel.APP, new Gateway(Channel.APP, 0.03, 0, random.split(), clock, delivered));
    gateways.put(Channel.WECHAT, new Gateway(Channel.WECHAT, 0.04, 3, random.split(), clock, delivered));
  }

  /**
   * Sets who hears of every message delivered, once per message.
   *
   * @param value the listener
   */
  void onDelivered(Consumer<Notification> value) {
    this.listener = Objects.requireNonNull(value, "value");
  }

  /**
   * Wires every gateway into a kefu builder.
   *
   * @param builder the builder
   * @return the builder
   */
  Kefu.Builder wire(Kefu.Builder builder) {
    gateways.forEach(builder::notificationChannel);
    return builder;
  }

  /** @return messages delivered, per channel, in channel order */
  Map<Channel, Integer> deliveredByChannel() {
    Map<Channel, Integer> m = new EnumMap<>(Channel.class);
    gateways.forEach((c, g) -> m.put(c, g.delivered.size()));
    return m;
  }

  /** @return messages delivered, per template, in template order */
  Map<String, Integer> deliveredByTemplate() {
    Map<String, Integer> m = new TreeMap<>();
    gateways.values().forEach(g -> g.byTemplate.forEach((t, n) -> m.merge(t, n, Integer::sum)));
    return m;
  }

  /** @return the channels with a gateway */
  List<Channel> channels() {
    return List.copyOf(gateways.keySet());
  }

  /** One simulated gateway. */
  private static final class Gateway implements NotificationChannel {
    private final Channel channel;
    private final double busyChance;
    private final int deadAddressesPerThousand;
    private final SplittableRandom random;
    private final Clock clock;
    private final Set<String> delivered = new HashSet<>();
    private final Map<String, Integer> byTemplate = new TreeMap<>();
    private final Consumer<Notification> onDelivered;

    Gateway(Channel channel, double busyChance, int deadAddressesPerThousand, SplittableRandom random, Clock clock,
        Consumer<Notification> onDelivered) {
      this.onDelivered = onDelivered;
      this.channel = channel;
      this.busyChance = busyChance;
      this.deadAddressesPerThousand = deadAddressesPerThousand;
      this.random = random;
      this.clock = clock;
    }

    @Override
    public DeliveryResult send(Notification n) {
      Objects.requireNonNull(n, "notification");
      if (n.channel() != channel) {
        return DeliveryResult.failedPermanently("sent to the " + channel + " gateway on " + n.channel());
      }
      if (delivered.contains(n.idempotencyKey())) {
        return DeliveryResult.delivered(); // already delivered once: accept, do not send again
      }
      if (Math.floorMod(n.recipient().address().address().hashCode(), 1000) < deadAddressesPerThousand) {
        return DeliveryResult.failedPermanently("no such " + channel + " address");
      }
      if (random.nextDouble() < busyChance) {
        return DeliveryResult.retryLater(clock.instant().plus(Duration.ofSeconds(20)), channel + " gateway busy");
      }
      delivered.add(n.idempotencyKey());
      byTemplate.merge(n.templateKey(), 1, Integer::sum);
      onDelivered.accept(n);
      return DeliveryResult.delivered();
    }
  }
}
