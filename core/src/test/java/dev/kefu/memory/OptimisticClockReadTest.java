package dev.kefu.memory;

import static dev.kefu.test.TestShop.AGENT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.Origin;
import dev.kefu.spi.Channel;
import dev.kefu.spi.customer.CustomerId;
import dev.kefu.spi.sla.SlaClock;
import dev.kefu.spi.sla.SlaClockQuery;
import dev.kefu.spi.sla.SlaMetric;
import dev.kefu.spi.sla.SlaTarget;
import dev.kefu.sla.SlaPolicies;
import dev.kefu.sla.SlaPolicy;
import dev.kefu.sla.SlaSettings;
import java.time.Duration;
import java.time.ZoneId;
import dev.kefu.spi.store.PageRequest;
import dev.kefu.spi.ticket.TicketKind;
import dev.kefu.test.TestShop;
import dev.kefu.ticket.OpenTicket;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A clock read without the lock (the store's optimistic read) sees the clock while writers grow the tables. */
class OptimisticClockReadTest {

  @Test
  @DisplayName("clocks read while other threads commit are always found, whole")
  void clocksReadDuringCommitsAreFound() throws Exception {
    SlaPolicy all = SlaPolicies.defaults().fallback()
        .withTarget(SlaMetric.RESOLUTION, SlaTarget.business(Duration.ofHours(8)))
        .withTarget(SlaMetric.NEXT_RESPONSE, SlaTarget.business(Duration.ofMinutes(30)));
    TestShop shop = new TestShop(new InMemoryStorage(), b -> b.sla(SlaSettings.defaults(ZoneId.of("Asia/Shanghai"))
        .withPolicies(SlaPolicies.defaults().withFallback(all)).withDefaultQueueLead(TestShop.LEAD)));
    shop.register("c");
    for (int i = 0; i < 20; i++) {
      shop.kefu.tickets().open(OpenTicket.of(Origin.of(AGENT), CustomerId.of("c"), TicketKind.AFTER_SALE, Channel.EMAIL, "s", "m"));
    }
    List<SlaClock> known = shop.storage.slaClocks().list(SlaClockQuery.all(), PageRequest.first(1000)).items();
    assertThat(known).isNotEmpty();
    AtomicReference<Throwable> failed = new AtomicReference<>();
    Thread writer = new Thread(() -> {
      try {
        for (int i = 0; i < 3000; i++) { // the key table and the clock column grow several times
          shop.kefu.tickets().open(OpenTicket.of(Origin.of(AGENT), CustomerId.of("c"), TicketKind.AFTER_SALE, Channel.EMAIL, "s", "m"));
        }
      } catch (Throwable t) {
        failed.set(t);
      }
    });
    writer.start();
    long reads = 0;
    while (writer.isAlive() || reads == 0) {
      for (SlaClock c : known) {
        Optional<SlaClock> found = shop.storage.slaClocks().find(c.id());
        assertThat(found).as("clock %s", c.id()).contains(c);
        reads++;
      }
    }
    writer.join();
    assertThat(failed.get()).isNull();
    assertThat(shop.storage.slaClocks().find("sla/none/RESOLUTION/1")).isEmpty();
  }
}
