package dev.kefu.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.kefu.spi.notification.DeliveryResult;
import dev.kefu.spi.notification.Notification;
import dev.kefu.spi.notification.NotificationChannel;
import dev.kefu.testkit.generators.Gen;
import dev.kefu.testkit.generators.KefuGenerators;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link NotificationChannel}: {@code send} answers every well-formed
 * notification with a result and does not throw; and a notification whose idempotency key was
 * delivered is never delivered again, not on a plain repeat, not on a repeat with other
 * parameters, and not when two instances send it at the same moment.
 *
 * <p>Extend it, return a fresh channel from {@link #newChannel()} and say how often a key reached
 * the outside world in {@link #deliveriesOf(NotificationChannel, String)} (ask the fake gateway,
 * the sandbox mailbox, or the channel itself). The channel under test must be able to deliver:
 * point it at a sandbox or a fake, not at a gateway that is down. A channel that sends on one
 * kind of address only overrides {@link #notifications()}, for example with
 * {@code KefuGenerators.notifications(Channel.SMS)}.
 *
 * <p><b>Threading:</b> one test sends from two threads at once.
 */
@Tag("kefu-contract")
@DisplayName("NotificationChannel contract")
public abstract class NotificationChannelContract {

  private NotificationChannel channel;
  private SplittableRandom random;
  private ExecutorService threads;

  /** Creates the suite; JUnit calls it through the host's subclass. */
  protected NotificationChannelContract() {}

  /**
   * A new channel that has delivered nothing yet; called before every test.
   *
   * @return the channel under test, never null
   */
  protected abstract NotificationChannel newChannel();

  /**
   * How many times a notification with this key reached the recipient through the channel.
   *
   * @param channel the channel {@link #newChannel()} returned for the running test
   * @param idempotencyKey the notification's idempotency key
   * @return the number of deliveries, 0 if none
   */
  protected abstract int deliveriesOf(NotificationChannel channel, String idempotencyKey);

  /**
   * The well-formed notifications the suite sends; override to restrict them to what the channel
   * handles.
   *
   * @return a generator of notifications; {@link KefuGenerators#notifications()} by default
   */
  protected Gen<Notification> notifications() {
    return KefuGenerators.notifications();
  }

  /** Creates the channel under test. Called by JUnit. */
  @BeforeEach
  public final void createChannel() {
    channel = Objects.requireNonNull(newChannel(), "newChannel() returned null");
    random = new SplittableRandom(0x5eed_0007L);
    threads = Executors.newFixedThreadPool(2);
  }

  /** Stops the threads of the concurrency test. Called by JUnit. */
  @AfterEach
  public final void stopThreads() {
    threads.shutdownNow();
  }

  /** Well-formed notifications get a result, never an exception. */
  @Test
  @DisplayName("send answers every well-formed notification with a result and does not throw")
  public void sendAnswersWithAResult() {
    for (int i = 0; i < 20; i++) {
      Notification n = notifications().next(random);
      assertThatCode(() -> assertThat(channel.send(n)).as("result of send").isNotNull())
          .as("send(%s)", n).doesNotThrowAnyException();
    }
  }

  /** A sent notification is delivered once. */
  @Test
  @DisplayName("a sent notification is delivered once, and reported delivered")
  public void sentNotificationIsDeliveredOnce() {
    Notification n = notifications().next(random);
    assertThat(deliveriesOf(channel, n.idempotencyKey())).as("deliveries before sending").isZero();

    DeliveryResult result = channel.send(n);

    assertThat(result).as("result").isEqualTo(DeliveryResult.delivered());
    assertThat(deliveriesOf(channel, n.idempotencyKey())).as("deliveries").isEqualTo(1);
  }

  /** Repeats of a delivered key are not delivered again. */
  @Test
  @DisplayName("sending a delivered notification again (same idempotency key) does not deliver it twice")
  public void repeatIsNotDeliveredTwice() {
    Notification n = notifications().next(random);
    channel.send(n);
    Notification sameKeyOtherText = new Notification(n.recipient(), n.channel(), n.templateKey(),
        Map.of("repeat", "true"), n.locale(), n.idempotencyKey());

    DeliveryResult again = channel.send(n);
    DeliveryResult reworded = channel.send(sameKeyOtherText);

    assertThat(again).as("result of the repeat").isEqualTo(DeliveryResult.delivered());
    assertThat(reworded).as("result of the repeat with other parameters").isEqualTo(DeliveryResult.delivered());
    assertThat(deliveriesOf(channel, n.idempotencyKey())).as("deliveries").isEqualTo(1);
  }

  /** Distinct keys are distinct deliveries. */
  @Test
  @DisplayName("notifications with different idempotency keys are each delivered once")
  public void distinctKeysAreDeliveredSeparately() {
    List<Notification> sent = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      Notification n = notifications().next(random);
      channel.send(n);
      sent.add(n);
    }

    Map<String, Integer> deliveries = new HashMap<>();
    sent.forEach(n -> deliveries.put(n.idempotencyKey(), deliveriesOf(channel, n.idempotencyKey())));
    assertThat(deliveries).as("deliveries by key").allSatisfy((key, count) -> assertThat(count).isEqualTo(1));
  }

  /**
   * Two instances sending one key at once deliver it once.
   *
   * @throws Exception if a thread is interrupted, times out at the start gate or fails unexpectedly
   */
  @Test
  @Tag("concurrency")
  @DisplayName("two threads sending the same notification at once deliver it once")
  public void concurrentRepeatsDeliverOnce() throws Exception {
    for (int round = 1; round <= 20; round++) {
      Notification n = notifications().next(random);
      CyclicBarrier startGate = new CyclicBarrier(2);
      Future<DeliveryResult> a = threads.submit(sender(startGate, n));
      Future<DeliveryResult> b = threads.submit(sender(startGate, n));

      assertThat(a.get(30, TimeUnit.SECONDS)).as("round %d, first result", round).isNotNull();
      assertThat(b.get(30, TimeUnit.SECONDS)).as("round %d, second result", round).isNotNull();
      assertThat(deliveriesOf(channel, n.idempotencyKey())).as("round %d, deliveries", round).isEqualTo(1);
    }
  }

  private Callable<DeliveryResult> sender(CyclicBarrier startGate, Notification n) {
    return () -> {
      startGate.await(30, TimeUnit.SECONDS);
      return channel.send(n);
    };
  }
}
