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
        .slaClockStore(s.slaClocks()).complaintStore(s.complaints()).revisitStore(s.revisits())
        .orderStore(s.orders()).qualityStore(s.quality()).build();
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

  @Test
  @DisplayName("a policy or a duty on a calendar the SLA settings do not define, and a storage without SLA clocks, are refused")
  void slaWiring() {
    dev.kefu.sla.SlaSettings settings = dev.kefu.sla.SlaSettings.defaults(java.time.ZoneId.of("UTC"))
        .withPolicies(dev.kefu.sla.SlaPolicies.defaults().withFirst(dev.kefu.sla.SlaPolicy.named("night").withCalendar("night-shift")));
    InMemoryStorage memory = new InMemoryStorage();
    dev.kefu.spi.store.Storage old = new dev.kefu.spi.store.Storage() {
      @Override public dev.kefu.spi.customer.CustomerStore customers() { return memory.customers(); }
      @Override public dev.kefu.spi.ticket.TicketStore tickets() { return memory.tickets(); }
      @Override public dev.kefu.spi.store.UnitOfWorkCommitter unitOfWork() { return memory.unitOfWork(); }
      @Override public dev.kefu.spi.store.DueWork dueWork() { return memory.dueWork(); }
      @Override public dev.kefu.spi.store.Outbox outbox() { return memory.outbox(); }
      @Override public dev.kefu.spi.store.InboundKeys inboundKeys() { return memory.inboundKeys(); }
      @Override public dev.kefu.spi.store.EventLog eventLog() { return memory.eventLog(); }
    };
    KefuConfigurationException e = catchThrowableOfType(KefuConfigurationException.class, () -> Kefu.builder()
        .storage(old)
        .sla(settings)
        .duty(dev.kefu.duty.Duty.of("reminders", dev.kefu.duty.DutySchedule.workingDaysAt(java.time.LocalTime.of(16, 0))))
        .duty(new dev.kefu.duty.Duty("nightly", dev.kefu.duty.DutySchedule.workingDaysAt(java.time.LocalTime.of(2, 0)), "nights"))
        .build());
    assertThat(String.join("\n", e.problems()))
        .contains("SLA policy night counts on calendar night-shift")
        .contains("duty nightly runs on calendar nights")
        .contains("slaClocks")
        .contains("complaints")
        .contains("revisits")
        .contains("orders")
        .contains("Storage.quality()");
    assertThat(e.problems()).hasSize(7);
  }
}
