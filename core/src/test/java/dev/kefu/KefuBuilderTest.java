package dev.kefu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.kefu.memory.InMemoryStorage;
import dev.kefu.notification.LoggingNotificationChannel;
import dev.kefu.spi.Channel;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class KefuBuilderTest {

  @Test
  @DisplayName("defaults build a working instance on in-memory ports")
  void defaults() {
    Kefu kefu = Kefu.builder().build();
    assertThat(kefu.customers()).isNotNull();
    assertThat(kefu.tickets()).isNotNull();
    assertThat(kefu.clock()).isEqualTo(Clock.systemUTC());
    assertThat(kefu.runDueWork()).isZero();
    assertThat(kefu.deliverNotifications().attempted()).isZero();
  }

  @Test
  @DisplayName("storage ports wired one by one must all come from one backend: a missing one is named")
  void missingStoragePorts() {
    InMemoryStorage s = new InMemoryStorage();
    KefuConfigurationException e = catchThrowableOfType(KefuConfigurationException.class,
        () -> Kefu.builder().customerStore(s.customers()).ticketStore(s.tickets()).unitOfWork(s.unitOfWork()).build());
    assertThat(e.problems()).singleElement().satisfies(p ->
        assertThat(p).contains("dueWork").contains("outbox").contains("inboundKeys").contains("eventLog")
            .doesNotContain("customerStore"));
  }

  @Test
  @DisplayName("every storage port wired one by one builds")
  void everyPortByHand() {
    InMemoryStorage s = new InMemoryStorage();
    Kefu kefu = Kefu.builder().customerStore(s.customers()).ticketStore(s.tickets()).unitOfWork(s.unitOfWork())
        .dueWork(s.dueWork()).outbox(s.outbox()).inboundKeys(s.inboundKeys()).eventLog(s.eventLog())
        .slaClockStore(s.slaClocks()).build();
    assertThat(kefu.runDueWork()).isZero();
    assertThat(s.dueWork().scheduled("customer.daily-reclassification")).isPresent();
  }

  @Test
  @DisplayName("conflicting wiring lists every problem at once")
  void conflicts() {
    InMemoryStorage s = new InMemoryStorage();
    KefuConfigurationException e = catchThrowableOfType(KefuConfigurationException.class, () -> Kefu.builder()
        .storage(s)
        .outbox(s.outbox())
        .clock(Clock.systemUTC())
        .clock(Clock.systemUTC())
        .notificationChannel(Channel.SMS, new LoggingNotificationChannel())
        .notificationChannel(Channel.SMS, new LoggingNotificationChannel())
        .commandRetries(-1)
        .lease(Duration.ZERO)
        .enabledChannels(Set.of())
        .build());
    assertThat(e.problems()).hasSize(6);
    assertThat(String.join("\n", e.problems()))
        .contains("clock is set twice")
        .contains("notificationChannel for SMS is set twice")
        .contains("storage conflicts with outbox")
        .contains("commandRetries")
        .contains("lease")
        .contains("enabledChannels");
  }

  @Test
  @DisplayName("null arguments are refused at once, naming the parameter")
  void nulls() {
    assertThatThrownBy(() -> Kefu.builder().clock(null)).isInstanceOf(NullPointerException.class).hasMessage("clock");
    assertThatThrownBy(() -> Kefu.builder().storage(null)).isInstanceOf(NullPointerException.class).hasMessage("storage");
  }
}
