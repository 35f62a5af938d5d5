package dev.kefu.testkit.notification;

import dev.kefu.spi.notification.DeliveryResult;
import dev.kefu.spi.notification.Notification;
import dev.kefu.spi.notification.NotificationChannel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * A notification channel for tests: it records what it delivers and delivers each
 * {@linkplain Notification#idempotencyKey() idempotency key} once, as the
 * {@link NotificationChannel} contract demands. A repeat of a delivered key is answered
 * {@link DeliveryResult#delivered() delivered} and recorded only as an attempt.
 *
 * <p>By default every notification is delivered; {@link #answering(Function)} lets a test decide
 * per notification, for example to make the first attempts fail and watch kefu retry.
 *
 * <p><b>Threading:</b> thread-safe; concurrent sends of one key deliver it once.
 */
public final class RecordingNotificationChannel implements NotificationChannel {

  private final Function<Notification, DeliveryResult> outcome;
  private final List<Notification> attempts = new ArrayList<>();
  private final List<Notification> delivered = new ArrayList<>();
  private final Set<String> deliveredKeys = new HashSet<>();

  private RecordingNotificationChannel(Function<Notification, DeliveryResult> outcome) {
    this.outcome = outcome;
  }

  /** @return a channel that delivers every notification */
  public static RecordingNotificationChannel delivering() {
    return new RecordingNotificationChannel(n -> DeliveryResult.delivered());
  }

  /**
   * A channel whose outcome a test decides. The function is asked only for keys not delivered
   * yet, and a notification counts as delivered when it answers {@link DeliveryResult#delivered()}.
   *
   * @param outcome what to answer for a notification; must not return null
   * @return the channel
   * @throws NullPointerException if {@code outcome} is null
   */
  public static RecordingNotificationChannel answering(Function<Notification, DeliveryResult> outcome) {
    return new RecordingNotificationChannel(Objects.requireNonNull(outcome, "outcome"));
  }

  /**
   * Sends a notification: delivers it unless its key was delivered before.
   *
   * @param notification what to send
   * @return delivered for a repeat of a delivered key, otherwise what the outcome function says
   * @throws NullPointerException if {@code notification} is null, or the outcome function returns null
   */
  @Override
  public synchronized DeliveryResult send(Notification notification) {
    Objects.requireNonNull(notification, "notification");
    attempts.add(notification);
    if (deliveredKeys.contains(notification.idempotencyKey())) {
      return DeliveryResult.delivered();
    }
    DeliveryResult result = Objects.requireNonNull(outcome.apply(notification), "outcome returned null");
    if (result instanceof DeliveryResult.Delivered) {
      deliveredKeys.add(notification.idempotencyKey());
      delivered.add(notification);
    }
    return result;
  }

  /** @return the notifications delivered, once each, in the order they were delivered */
  public synchronized List<Notification> delivered() {
    return List.copyOf(delivered);
  }

  /** @return every call of {@link #send}, repeats and failed attempts included, in order */
  public synchronized List<Notification> attempts() {
    return List.copyOf(attempts);
  }

  /**
   * How often a key was delivered: 0 or 1 for this channel.
   *
   * @param idempotencyKey the key
   * @return the number of deliveries of that key
   */
  public synchronized int deliveriesOf(String idempotencyKey) {
    return (int) delivered.stream().filter(n -> n.idempotencyKey().equals(idempotencyKey)).count();
  }
}
